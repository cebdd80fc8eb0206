// Hand edits of an action (from the panel or the API) land in the note's meta.action. Validation is
// here, beside the data, so the server and the client reject the same things with the same words.
import type { BoardRecord } from '../board/boardDoc.ts'
import { isIsoDate } from './dates.ts'
import { actionMeta, isPlainObject, rawActionMeta } from './meta.ts'
import { OWNER_MAX_LENGTH } from './types.ts'
import { hasControlCharacters } from '../text/plainText.ts'
import { ACTION_STATUSES, type ActionPatch } from './types.ts'

const PATCH_KEYS = ['owner', 'due', 'status'] as const

const OWNER_ERROR = `owner must be a name of 1 to ${OWNER_MAX_LENGTH} characters, or null to clear it`
const OWNER_LINE_ERROR = 'owner must be one line: no line breaks, tabs or other control characters'
const DUE_ERROR = 'due must be a date as YYYY-MM-DD (a real day), or null to clear it'
const STATUS_ERROR = `status must be one of ${ACTION_STATUSES.join(', ')}`

// Checked by hand rather than with a schema library: the board page runs this check too (client/src/
// actions/edits.ts), and three fields are not worth zod's bytes in every participant's download.
function ownerIssues(owner: unknown): { value?: string | null; issues: string[] } {
  if (owner === undefined || owner === null) return { value: owner, issues: [] }
  if (typeof owner !== 'string') return { issues: [OWNER_ERROR] }
  const trimmed = owner.trim()
  const issues: string[] = []
  if (trimmed.length < 1 || trimmed.length > OWNER_MAX_LENGTH) issues.push(OWNER_ERROR)
  // Owners go into table cells, calendar events and file exports as one line; checked after trim,
  // so a stray line break at the end of a pasted name is forgiven.
  if (hasControlCharacters(trimmed)) issues.push(OWNER_LINE_ERROR)
  return { value: trimmed, issues }
}

function dueIssues(due: unknown): string[] {
  return due === undefined || due === null || isIsoDate(due) ? [] : [DUE_ERROR]
}

function statusIssues(status: unknown): string[] {
  return status === undefined || (ACTION_STATUSES as readonly unknown[]).includes(status) ? [] : [STATUS_ERROR]
}

export type PatchValidation = { ok: true; patch: ActionPatch } | { ok: false; message: string }

/**
 * Checks a patch as it arrives (parsed JSON): only owner, due and status, at least one of them.
 * Owners are trimmed. The message is meant for people and names every problem at once.
 */
export function validateActionPatch(input: unknown): PatchValidation {
  if (!isPlainObject(input)) return { ok: false, message: 'expected an object with owner, due and/or status' }
  const unknown = Object.keys(input).filter((key) => !(PATCH_KEYS as readonly string[]).includes(key))
  if (unknown.length > 0) {
    const names = unknown.map((key) => JSON.stringify(key)).join(', ')
    return { ok: false, message: `unknown field${unknown.length > 1 ? 's' : ''} ${names}: only owner, due and status can be changed` }
  }
  const owner = ownerIssues(input.owner)
  const issues = [...owner.issues, ...dueIssues(input.due), ...statusIssues(input.status)]
  if (issues.length > 0) return { ok: false, message: issues.join('; ') }
  const patch: ActionPatch = {}
  // Keys given as undefined (possible from code, not from JSON) change nothing and are left out.
  if (owner.value !== undefined) patch.owner = owner.value
  if (input.due !== undefined) patch.due = input.due as string | null
  if (input.status !== undefined) patch.status = input.status as ActionPatch['status']
  if (Object.keys(patch).length === 0) return { ok: false, message: 'nothing to change: give owner, due and/or status' }
  return { ok: true, patch }
}

/** The record with meta.action replaced by `action`; the rest of meta is kept. */
function withAction(record: BoardRecord, action: Record<string, unknown>): BoardRecord {
  const meta = isPlainObject(record.meta) ? record.meta : {}
  return { ...record, meta: { ...meta, action } }
}

/**
 * A copy of the record with the patch merged into meta.action; the record itself is not touched.
 * Fields of meta.action this version does not know are kept, for the versions that do.
 */
export function applyActionPatch(record: BoardRecord, patch: ActionPatch): BoardRecord {
  const action: Record<string, unknown> = { ...rawActionMeta(record) }
  // Never write undefined: the document is JSON.
  for (const key of PATCH_KEYS) if (patch[key] !== undefined) action[key] = patch[key]
  return withAction(record, action)
}

/**
 * Marks an unmarked note as an action, or unmarks a marked one (one click). Owner, due and status
 * stay, so marking it again brings the action back as it was.
 */
export function toggleActionMark(record: BoardRecord): BoardRecord {
  return withAction(record, { ...rawActionMeta(record), marked: actionMeta(record).marked !== true })
}
