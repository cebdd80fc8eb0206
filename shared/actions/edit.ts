// Hand edits of an action (from the panel or the API) land in the note's meta.action. Validation is
// here, beside the data, so the server and the client reject the same things with the same words.
import * as z from 'zod'
import type { BoardRecord } from '../board/boardDoc.ts'
import { isIsoDate } from './dates.ts'
import { actionMeta, isPlainObject, rawActionMeta } from './meta.ts'
import { OWNER_MAX_LENGTH } from './owner.ts'
import { hasControlCharacters } from '../text/plainText.ts'
import { ACTION_STATUSES, type ActionPatch } from './types.ts'

const PATCH_KEYS = ['owner', 'due', 'status'] as const

const OWNER_ERROR = `owner must be a name of 1 to ${OWNER_MAX_LENGTH} characters, or null to clear it`
const OWNER_LINE_ERROR = 'owner must be one line: no line breaks, tabs or other control characters'
const DUE_ERROR = 'due must be a date as YYYY-MM-DD (a real day), or null to clear it'
const STATUS_ERROR = `status must be one of ${ACTION_STATUSES.join(', ')}`

const patchSchema = z.strictObject({
  owner: z
    .string({ error: OWNER_ERROR })
    .trim()
    .min(1, { error: OWNER_ERROR })
    .max(OWNER_MAX_LENGTH, { error: OWNER_ERROR })
    // Owners go into table cells, calendar events and file exports as one line; checked after trim,
    // so a stray line break at the end of a pasted name is forgiven.
    .refine((owner) => !hasControlCharacters(owner), { error: OWNER_LINE_ERROR })
    .nullable()
    .optional(),
  due: z.string({ error: DUE_ERROR }).refine(isIsoDate, { error: DUE_ERROR }).nullable().optional(),
  status: z.enum(ACTION_STATUSES, { error: STATUS_ERROR }).optional(),
})

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
  const parsed = patchSchema.safeParse(input)
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((issue) => issue.message).join('; ') }
  const patch: ActionPatch = {}
  // Keys given as undefined (possible from code, not from JSON) change nothing and are left out.
  if (parsed.data.owner !== undefined) patch.owner = parsed.data.owner
  if (parsed.data.due !== undefined) patch.due = parsed.data.due
  if (parsed.data.status !== undefined) patch.status = parsed.data.status
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
