// The trash (Prullenbak): what one accepted change took off the board, as items a facilitator can put
// back, and the records that putting some of them back writes. Pure: the server feeds it the records
// a change removed and the board after it.
import type { BoardDoc, BoardRecord } from '../board/boardDoc.ts'
import { plainText } from '../board/richText.ts'
import { ACTOR_SHAPE, AREA_SHAPE } from '../board/shapes/index.ts'
import { areaOf, listAreas, shapePagePosition, translatedLabel, type ById } from '../areas/index.ts'
import { translate, type Lang } from '../i18n/translate.ts'

export type DeletedKind = 'note' | 'card' | 'cluster'

/** One deleted note, actor card or cluster, as the trash keeps it. */
export interface DeletedItem {
  /** The record's id: the item's id too (a record deleted again replaces its older item). */
  id: string
  kind: DeletedKind
  /** The record as it was, to put back. */
  record: BoardRecord
  /** Plain text (note), name (card) or typed label (cluster). */
  text: string
  /** A cluster's label message key when it has no typed label ('' otherwise). */
  labelKey: string
  /** The area it was in at the time: id, typed label, label key. */
  area: { id: string; label: string; labelKey: string; cluster: boolean } | null
  /** The cluster deleted in the same change that it was in (restoring the cluster brings it back too). */
  parent: string | null
}

/** Who and when, added by the server. */
export interface TrashEntry extends DeletedItem {
  /** All items removed by one change share it: "restore all of one deletion". */
  deletion: string
  /** The name the writer announced; null when none (or the server, on the facilitator's request). */
  deletedBy: string | null
  deletedByRole: 'join' | 'facilitator'
  /** ms since the epoch, server clock. */
  deletedAt: number
}

type Props = Record<string, unknown>
const propsOf = (r: BoardRecord): Props => (typeof r.props === 'object' && r.props !== null ? (r.props as Props) : {})
const str = (value: unknown): string => (typeof value === 'string' ? value : '')

function deletedKind(record: BoardRecord): DeletedKind | undefined {
  if (record.typeName !== 'shape') return undefined
  if (record.type === 'note') return 'note'
  if (record.type === ACTOR_SHAPE) return 'card'
  if (record.type === AREA_SHAPE && propsOf(record).kind === 'cluster') return 'cluster'
  return undefined
}

function textOf(record: BoardRecord, kind: DeletedKind): string {
  const p = propsOf(record)
  if (kind === 'note') return plainText(p.richText)
  if (kind === 'card') return str(p.name).trim()
  return str(p.label).trim()
}

/** A board as listAreas and membership read it: records by id, and all of them. */
interface RecordSource {
  get(id: string): BoardRecord | undefined
  all(): BoardRecord[]
}

/**
 * The items one change removed: `removed` holds the records as they were, `after` the board after the
 * change. Membership is read on the board as it was (after plus removed), so a note deleted together
 * with its cluster still knows it was in it.
 */
export function extractDeleted(removed: ReadonlyMap<string, BoardRecord>, after: RecordSource): DeletedItem[] {
  const kinds = new Map<string, DeletedKind>()
  for (const [id, record] of removed) {
    const kind = deletedKind(record)
    if (kind) kinds.set(id, kind)
  }
  if (kinds.size === 0) return []
  const before: RecordSource = {
    get: (id) => removed.get(id) ?? after.get(id),
    all: () => [...after.all().filter((r) => !removed.has(r.id)), ...removed.values()],
  }
  // listAreas reads get() and all() only; the labels are kept as typed/keys and translated when read.
  const areas = listAreas(before as unknown as BoardDoc, 'nl')
  const byId: ById = (id) => before.get(id)
  const items: DeletedItem[] = []
  for (const [id, kind] of kinds) {
    const record = removed.get(id)!
    const inArea = kind === 'cluster' ? undefined : areaOf(record, areas, byId)
    const areaRecord = inArea ? before.get(inArea.id) : undefined
    const areaProps = areaRecord ? propsOf(areaRecord) : {}
    const parentChain = removedAncestor(record, removed, kinds)
    const parent = parentChain ?? (inArea && kinds.get(inArea.id) === 'cluster' ? inArea.id : null)
    items.push({
      id,
      kind,
      record,
      text: textOf(record, kind),
      labelKey: kind === 'cluster' ? str(propsOf(record).labelKey) : '',
      area: inArea ? { id: inArea.id, label: str(areaProps.label), labelKey: str(areaProps.labelKey), cluster: areaProps.kind === 'cluster' } : null,
      parent,
    })
  }
  return items
}

/** The nearest cluster among a record's parents that was removed in the same change. */
function removedAncestor(record: BoardRecord, removed: ReadonlyMap<string, BoardRecord>, kinds: ReadonlyMap<string, DeletedKind>): string | null {
  let parentId = record.parentId
  for (let depth = 0; depth < 32 && typeof parentId === 'string'; depth++) {
    if (kinds.get(parentId) === 'cluster') return parentId
    const parent = removed.get(parentId)
    if (!parent) return null
    parentId = parent.parentId
  }
  return null
}

/** An item's text as a person reads it: a cluster without a typed name shows its label. */
export function itemText(item: Pick<DeletedItem, 'kind' | 'text' | 'labelKey'>, lang: Lang): string {
  if (item.kind !== 'cluster' || item.text) return item.text
  // The unnamed cluster's label on the board is an invitation to type ("dubbelklik…"), not a name.
  return translate(lang, 'history.cluster.unnamed')
}

/** The label of the area an item was in, as a person reads it; null when it was in none. */
export function itemAreaLabel(item: Pick<DeletedItem, 'area'>, lang: Lang): string | null {
  if (!item.area) return null
  if (item.area.cluster) return item.area.label.trim() || translate(lang, 'history.cluster.unnamed')
  return translatedLabel(lang, item.area.label, item.area.labelKey)
}

/**
 * The trash items to restore for `ids`: each, plus (for a cluster) the items deleted with it inside it,
 * as long as they are still in the trash. Undefined when an id is not in the trash.
 */
export function itemsToRestore(ids: readonly string[], trash: ReadonlyMap<string, TrashEntry>): TrashEntry[] | undefined {
  const out = new Map<string, TrashEntry>()
  for (const id of ids) {
    const entry = trash.get(id)
    if (!entry) return undefined
    out.set(id, entry)
  }
  for (const entry of [...out.values()]) {
    if (entry.kind !== 'cluster') continue
    for (const other of trash.values()) {
      if (other.parent === entry.id && other.deletion === entry.deletion) out.set(other.id, other)
    }
  }
  return [...out.values()]
}

/**
 * The records that put `items` back on `board`, parents before children. A record whose parent (page or
 * shape) is neither on the board nor restored with it goes onto `firstPageId` where it stood on the page.
 */
export function restoreRecords(
  items: readonly TrashEntry[],
  board: RecordSource,
  firstPageId: string | undefined,
  /** The rest of the trash: a parent still in it tells where its child stood. */
  trash: ReadonlyMap<string, TrashEntry> = new Map(),
): BoardRecord[] {
  const restoring = new Map(items.map((item) => [item.id, item.record]))
  const byId: ById = (id) => restoring.get(id) ?? board.get(id) ?? trash.get(id)?.record
  const depth = (record: BoardRecord): number => {
    let d = 0
    let parentId = record.parentId
    while (typeof parentId === 'string' && restoring.has(parentId) && d < 32) {
      d++
      parentId = restoring.get(parentId)!.parentId
    }
    return d
  }
  const out: BoardRecord[] = []
  for (const item of [...items].sort((a, b) => depth(a.record) - depth(b.record))) {
    const record = item.record
    const parentId = typeof record.parentId === 'string' ? record.parentId : ''
    if (restoring.has(parentId) || board.get(parentId) !== undefined || !firstPageId) {
      out.push(record)
      continue
    }
    // Where it stood on the page, as far as its (gone) parents still tell; else its own x/y.
    const at = shapePagePosition(record, byId)
    out.push({ ...record, parentId: firstPageId, x: at?.x ?? record.x, y: at?.y ?? record.y })
  }
  return out
}

/** The first page of a board (lowest index, then id): where orphans go. */
export function firstPageId(records: readonly BoardRecord[]): string | undefined {
  const pages = records.filter((r) => r.typeName === 'page')
  pages.sort((a, b) => (String(a.index) < String(b.index) ? -1 : String(a.index) > String(b.index) ? 1 : a.id < b.id ? -1 : 1))
  return pages[0]?.id
}
