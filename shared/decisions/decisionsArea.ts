// A "Besluiten" area that can be added to any board, as an "Acties" area can: notes in it are decisions
// (readDecisions.ts). Placed where there is room near where the viewer looks.
import { nanoid } from 'nanoid'
import type { BoardRecord } from '../board/boardDoc.ts'
import { FIRST_PAGE_ID } from '../board/initBoard.ts'
import { estimateOccupied } from '../templates/index.ts'
import { areaRecord, chooseOrigin, indicesAbove, shapeId, type PlaceOptions } from '../templates/place.ts'

const DECISIONS_AREA_SIZE = { w: 900, h: 700 }

export function decisionsAreaRecord(options: Omit<PlaceOptions, 'newId' | 'pageId'> & { pageId?: string; newId?: () => string }): BoardRecord {
  const opts: PlaceOptions = { ...options, pageId: options.pageId ?? FIRST_PAGE_ID, newId: options.newId ?? (() => nanoid()) }
  const at = chooseOrigin(opts, DECISIONS_AREA_SIZE, (existing) => estimateOccupied(existing, opts.pageId))
  const [index] = indicesAbove(opts.existing, opts.pageId, 1)
  return areaRecord(
    {
      key: 'decisions',
      kind: 'decisions',
      x: 0,
      y: 0,
      ...DECISIONS_AREA_SIZE,
      labelKey: 'template.decisions.title',
      hintKey: 'template.decisions.hint',
      tint: 'blue',
    },
    at,
    { template: 'board', instance: opts.newId(), order: 0, pageId: opts.pageId, index: index!, id: shapeId(opts.newId), locked: true },
  )
}
