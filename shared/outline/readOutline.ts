// The board as an outline, for the list view (a way to take part without the canvas): one section per
// template instance (its title), in it one entry per area (its name and one-line meaning), in it one item
// per note or actor card in reading order (rows top to bottom, then left to right) with its author,
// votes and action state; what sits in no area comes last. Pure: the same board gives every client the
// same outline, and the live region diffs two of them (summarise.ts).
import { listAreas, listTemplateInstances, translatedLabel, type AreaInfo } from '../areas/areas.ts'
import { distinctAreaNames, numbered } from '../areas/numbered.ts'
import { shapePageBounds, type ById } from '../areas/geometry.ts'
import { areaOf } from '../areas/membership.ts'
import { noteAction } from '../actions/readActions.ts'
import type { ActionStatus } from '../actions/types.ts'
import type { BoardDoc, BoardRecord } from '../board/boardDoc.ts'
import { noteText } from '../board/richText.ts'
import { ACTOR_SHAPE, type AreaTemplate } from '../board/shapes/index.ts'
import { voteTotal } from '../facilitation/controlDoc.ts'
import { hiddenBySilence, noteOrigin } from '../facilitation/silent.ts'
import type { ControlState } from '../facilitation/types.ts'
import { tallyVisible } from '../facilitation/votes.ts'
import type { Lang } from '../i18n/translate.ts'
import { templateTitle } from '../outcomes/outcomes.ts'
import type { Box } from '../templates/types.ts'

export interface Outline {
  sections: OutlineSection[]
  /** Notes and actor cards in no area ("Elders op het bord"), in reading order. */
  unplaced: OutlineItem[]
  /** The id of the vote round now open, or null: a new one is worth announcing. */
  voteRound: string | null
}

export interface OutlineSection {
  instance: string
  template: AreaTemplate
  title: string
  /** The brainstorm question as typed ('' for none). */
  question: string
  areas: OutlineArea[]
}

export interface OutlineArea {
  id: string
  kind: string
  /** The area's name where it stands on its own (its lane included: "Zelfbeheer — nu"), numbered where two read alike. */
  name: string
  /** The area's one-line meaning, translated ('' for none). */
  hint: string
  items: OutlineItem[]
}

export interface OutlineItem {
  id: string
  type: 'note' | 'actor'
  /** The note's text, or the actor card's name ('' for an empty one). */
  text: string
  /** An actor card's party and interest, where filled in. */
  details: string[]
  /** The author's author id (meta.createdBy), null when unknown. */
  authorId: string | null
  /** The author's name as the board's participants record it, null when unknown. */
  author: string | null
  /** Everyone's dots, or null while a running vote keeps the tally hidden (or there are none). */
  votes: number | null
  action: { status: ActionStatus; owner: string | null; due: string | null } | null
  /** Waiting in our private document during a silent round (only we and the server have it). */
  private: boolean
}

export interface OutlineOptions {
  lang: Lang
  control: Pick<ControlState, 'vote' | 'silent'>
  /** Who reads it: a silent round hides others' new notes from participants. */
  viewer: { authorId: string; isFacilitator: boolean }
  /** Our own notes in our private document during a silent round. */
  privateNotes?: readonly BoardRecord[]
  /** The workshop's day, relative to which dates in action notes are read (as readActions does). */
  reference: Date
}

const ITEM_TYPES: ReadonlySet<string> = new Set(['note', ACTOR_SHAPE])

function isItem(record: BoardRecord): boolean {
  return record.typeName === 'shape' && typeof record.type === 'string' && ITEM_TYPES.has(record.type)
}

function str(value: unknown): string {
  return typeof value === 'string' ? value.trim() : ''
}

/** Author id → name, from the participants the server recorded (the first with that id wins). */
function authorNames(board: BoardDoc): Map<string, string> {
  const names = new Map<string, string>()
  for (const p of board.participants()) {
    const id = (p as { authorId?: unknown }).authorId
    if (typeof id === 'string' && id && !names.has(id)) names.set(id, p.name)
  }
  return names
}

function hintOf(record: BoardRecord | undefined, lang: Lang): string {
  const props = (record?.props ?? {}) as { hintKey?: unknown }
  return translatedLabel(lang, '', props.hintKey)
}

/** Reading order: top to bottom, then left to right (then id, so equal positions stay stable). */
function readingOrder(a: { box: Box; id: string }, b: { box: Box; id: string }): number {
  return a.box.y - b.box.y || a.box.x - b.box.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

export function readOutline(board: BoardDoc, opts: OutlineOptions): Outline {
  const { lang, control, viewer } = opts
  const privateNotes = opts.privateNotes ?? []
  const privateIds = new Set(privateNotes.map((r) => r.id))
  const records = [...board.all().filter((r) => !privateIds.has(r.id)), ...privateNotes]
  const byIdMap = new Map(records.map((r) => [r.id, r]))
  const byId: ById = (id) => byIdMap.get(id)
  const areas = listAreas(board, lang)
  const names = authorNames(board)
  const vote = control.vote
  const votesShown = !vote || tallyVisible(vote)

  const placed = new Map<string, Array<{ item: OutlineItem; box: Box; id: string }>>(areas.map((a) => [a.id, []]))
  const elsewhere: Array<{ item: OutlineItem; box: Box; id: string }> = []
  const areaIdOf = (record: BoardRecord) => areaOf(record, areas, byId)?.id
  for (const record of records) {
    if (!isItem(record)) continue
    const box = shapePageBounds(record, byId)
    if (!box) continue
    if (!privateIds.has(record.id) && hiddenBySilence(record, control.silent, viewer, areaIdOf)) continue
    const area = areaOf(record, areas, byId)
    const item = outlineItem(board, record, area, names, votesShown, privateIds.has(record.id), opts.reference)
    ;(area ? placed.get(area.id)! : elsewhere).push({ item, box, id: record.id })
  }
  const sorted = (list: Array<{ item: OutlineItem; box: Box; id: string }>) => list.sort(readingOrder).map((p) => p.item)

  // Two unnamed clusters read "Cluster zonder naam" and "Cluster zonder naam 2", as in the facilitator's choices.
  const areaNames = distinctAreaNames(areas, lang)
  const byInstance = new Map<string, OutlineArea[]>()
  for (const area of areas) {
    const list = byInstance.get(area.instance) ?? []
    list.push({ id: area.id, kind: area.kind, name: areaNames.get(area.id)!, hint: hintOf(board.get(area.id), lang), items: sorted(placed.get(area.id)!) })
    byInstance.set(area.instance, list)
  }
  // Two brainstorms both read "Brainstorm": the second reads "Brainstorm 2", by the same rule as areas.
  const sections = numberedTitles(
    listTemplateInstances(board, lang).map((info): OutlineSection => {
      const instanceAreas = byInstance.get(info.instance) ?? []
      return {
        instance: info.instance,
        template: info.template,
        title: templateTitle(
          lang,
          info.template,
          info.layoutTitle,
          instanceAreas.map((a) => ({ label: a.name })),
        ),
        question: info.question,
        areas: instanceAreas,
      }
    }),
  )
  return { sections, unplaced: sorted(elsewhere), voteRound: vote?.phase === 'open' ? vote.id : null }
}

function numberedTitles(sections: OutlineSection[]): OutlineSection[] {
  return numbered(sections.map((section) => ({ section, label: section.title }))).map(({ section, label }) => ({ ...section, title: label }))
}

function outlineItem(
  board: BoardDoc,
  record: BoardRecord,
  area: AreaInfo | undefined,
  names: ReadonlyMap<string, string>,
  votesShown: boolean,
  isPrivate: boolean,
  reference: Date,
): OutlineItem {
  const { createdBy } = noteOrigin(record)
  const total = voteTotal(board.doc, record.id)
  const common = {
    id: record.id,
    authorId: createdBy,
    author: createdBy ? (names.get(createdBy) ?? null) : null,
    votes: votesShown && total > 0 ? total : null,
    private: isPrivate,
  }
  if (record.type === ACTOR_SHAPE) {
    const p = (record.props ?? {}) as Record<string, unknown>
    return { ...common, type: 'actor', text: str(p.name), details: [str(p.party), str(p.interest)].filter(Boolean), action: null }
  }
  const action = noteAction(record, area, reference)
  return {
    ...common,
    type: 'note',
    text: noteText(record).trim(),
    details: [],
    action: action ? { status: action.status, owner: action.owner, due: action.due } : null,
  }
}

/** Every area of the outline, in order, with the section it is in (for "move to" choices and lookups). */
export function outlineAreas(outline: Outline): Array<OutlineArea & { section: string }> {
  return outline.sections.flatMap((s) => s.areas.map((a) => ({ ...a, section: s.title })))
}
