// What a vote can be about, for the facilitator's start form: the whole brainstorm (its ideas and every
// cluster), a whole template, each area with how many notes (and actor cards) it holds now, and the
// editor's current selection. Areas are named by their lane where they have one ("Zelfbeheer —
// volgende stap") and numbered where they still read alike (shared/areas/numbered.ts, as the list view).
import type { Editor } from 'tldraw'
import type { BoardDoc } from '../../../shared/board/index.ts'
import { distinctAreaNames, listAreas, listTemplateInstances, membersByArea, numbered } from '../../../shared/areas/index.ts'
import { isVotable, voteNoteIds, type VoteScope } from '../../../shared/facilitation/index.ts'
import { translate, type Lang } from '../../../shared/i18n/index.ts'

export interface AreaChoice {
  id: string
  label: string
  count: number
}

export function areaChoices(board: BoardDoc, lang: Lang): AreaChoice[] {
  const areas = listAreas(board, lang)
  const members = membersByArea(board, areas)
  const names = distinctAreaNames(areas, lang)
  return areas.map((area) => ({
    id: area.id,
    label: names.get(area.id)!,
    count: (members.get(area.id) ?? []).filter(isVotable).length,
  }))
}

export interface ScopeChoice {
  /** The form's option value: never an area id (those start with "shape:"). */
  value: string
  scope: VoteScope
  /** The whole option text, count included. */
  label: string
  count: number
  /** A brainstorm scope (the default when the room is brainstorming). */
  brainstorm: boolean
}

/**
 * The wide scopes: with one brainstorm on the board "the whole brainstorm" (every ideas and cluster
 * area); with several, one per brainstorm, named by its question. Then every other template as a whole
 * (the brainstorm's own is the brainstorm choice). Loose clusters belong to every brainstorm choice.
 */
export function scopeChoices(board: BoardDoc, lang: Lang): ScopeChoice[] {
  const instances = listTemplateInstances(board, lang)
  const areas = listAreas(board, lang)
  const withAreas = new Set(areas.map((area) => area.instance))
  const brainstorms = instances.filter((i) => i.template === 'brainstorm' && withAreas.has(i.instance))
  const choices: ScopeChoice[] = []
  const add = (value: string, scope: VoteScope, label: (count: number) => string) => {
    const n = voteNoteIds(board, { areaId: null, noteIds: null, scope }).size
    choices.push({ value, scope, label: label(n), count: n, brainstorm: scope.kind === 'brainstorm' })
  }
  if (brainstorms.length === 1) {
    add('@brainstorm', { kind: 'brainstorm' }, (count) => translate(lang, 'vote.scope.brainstorm', { count }))
  } else {
    const named = numbered(
      brainstorms.map((i) => ({ instance: i.instance, label: i.question || i.layoutTitle || translate(lang, 'template.brainstorm.title') })),
    )
    for (const { instance, label } of named) {
      add(`@brainstorm:${instance}`, { kind: 'brainstorm', instance }, (count) => translate(lang, 'vote.scope.brainstorm.named', { name: label, count }))
    }
  }
  const others = instances.filter((i) => i.template !== 'brainstorm' && i.template !== 'board' && withAreas.has(i.instance))
  for (const { instance, label } of numbered(others.map((i) => ({ instance: i.instance, label: i.layoutTitle || i.template })))) {
    add(`@template:${instance}`, { kind: 'template', instance }, (count) => translate(lang, 'vote.scope.template', { name: label, count }))
  }
  return choices
}

/** The selected shapes that can get dots (notes and actor cards), in selection order. */
export function selectedVotable(editor: Editor | null): string[] {
  if (!editor) return []
  return editor
    .getSelectedShapes()
    .filter((shape) => shape.type === 'note' || shape.type === 'sb-actor')
    .map((shape) => shape.id)
}
