// meta.action as stored on a note. Other clients, older versions and hand-written API calls all write
// there, so reading it never trusts its shape: anything malformed is as if it were absent.
import type { BoardRecord } from '../board/boardDoc.ts'
import { isIsoDate } from './dates.ts'
import { OWNER_MAX_LENGTH } from './types.ts'
import { ACTION_STATUSES, type ActionMeta, type ActionStatus } from './types.ts'

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function isActionStatus(value: unknown): value is ActionStatus {
  return typeof value === 'string' && (ACTION_STATUSES as readonly string[]).includes(value)
}

/** The raw meta.action object of a record ({} when there is none or it is not an object). */
export function rawActionMeta(record: BoardRecord): Record<string, unknown> {
  const meta = record.meta
  if (!isPlainObject(meta)) return {}
  return isPlainObject(meta.action) ? meta.action : {}
}

/**
 * meta.action, checked field by field. Only well-formed fields appear: a hand-set owner or due that
 * is junk does not override the text, while an explicit null (cleared by hand) does.
 */
export function actionMeta(record: BoardRecord): ActionMeta {
  const raw = rawActionMeta(record)
  const out: ActionMeta = {}
  if (typeof raw.marked === 'boolean') out.marked = raw.marked
  if (isActionStatus(raw.status)) out.status = raw.status
  if (raw.owner === null) out.owner = null
  else if (typeof raw.owner === 'string') {
    // An owner emptied by hand is an owner cleared by hand.
    const owner = raw.owner.trim().slice(0, OWNER_MAX_LENGTH)
    out.owner = owner || null
  }
  if (raw.due === null || isIsoDate(raw.due)) out.due = raw.due
  return out
}
