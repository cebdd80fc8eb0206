// What a vote can be about, for the facilitator's start form: each area with how many notes (and actor
// cards) it holds now, and the editor's current selection.
import type { Editor } from 'tldraw'
import type { BoardDoc } from '../../../shared/board/index.ts'
import { listAreas, membersByArea } from '../../../shared/areas/index.ts'
import { isVotable } from '../../../shared/facilitation/index.ts'
import type { Lang } from '../../../shared/i18n/index.ts'

export interface AreaChoice {
  id: string
  label: string
  count: number
}

export function areaChoices(board: BoardDoc, lang: Lang): AreaChoice[] {
  const areas = listAreas(board, lang)
  const members = membersByArea(board, areas)
  const labels = new Map<string, number>()
  return areas.map((area) => {
    // Two areas of the same name (two brainstorms): number the later ones so the list tells them apart.
    const seen = (labels.get(area.label) ?? 0) + 1
    labels.set(area.label, seen)
    return {
      id: area.id,
      label: seen > 1 ? `${area.label} ${seen}` : area.label,
      count: (members.get(area.id) ?? []).filter(isVotable).length,
    }
  })
}

/** The selected shapes that can get dots (notes and actor cards), in selection order. */
export function selectedVotable(editor: Editor | null): string[] {
  if (!editor) return []
  return editor
    .getSelectedShapes()
    .filter((shape) => shape.type === 'note' || shape.type === 'sb-actor')
    .map((shape) => shape.id)
}
