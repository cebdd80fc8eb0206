// Which kinds of record a role may bring onto the board. A workshop is one page: participants write
// notes, cards, clusters, arrows and drawings on it, but never a page of their own (a note there never
// reaches the outcomes or an export), an asset (an uploaded or pasted image, video or file) or a media
// shape (image, video, bookmark, embed: a way off the board or a large file). The facilitator may do all
// of it (a photo of the flip-over, a site plan). One rule, read by the server's write policy (what a
// join link's update may create) and by the client (which tools and menu items a participant sees).
import type { Role } from '../api/types.ts'

/** Shapes that show media or another site: created only with a facilitator link. */
export const MEDIA_SHAPE_TYPES: ReadonlySet<string> = new Set(['image', 'video', 'bookmark', 'embed'])

/** What a record is for this rule; 'other' for everything anyone who edits may create. */
export type CreationKind = 'page' | 'asset' | 'media' | 'other'

/** The kinds each role may create. View links write nothing at all (the write policy drops them first). */
const MAY_CREATE: Record<Role, ReadonlySet<CreationKind>> = {
  facilitator: new Set(['page', 'asset', 'media', 'other']),
  join: new Set(['other']),
  view: new Set(),
}

interface RecordLike {
  typeName?: unknown
  type?: unknown
}

export function creationKind(record: RecordLike): CreationKind {
  if (record.typeName === 'page') return 'page'
  if (record.typeName === 'asset') return 'asset'
  if (record.typeName === 'shape' && typeof record.type === 'string' && MEDIA_SHAPE_TYPES.has(record.type)) return 'media'
  return 'other'
}

export function mayCreate(role: Role, kind: CreationKind): boolean {
  return MAY_CREATE[role].has(kind)
}

/**
 * Why `role` may not write `next` where `before` is stored now (undefined: it may). Writing a record
 * creates one of its kind unless the same kind is already there under that id: a page, asset or media
 * shape that exists may be changed (moved, renamed) by anyone who edits, but a note cannot be turned
 * into an image, nor a deleted image brought back, without a facilitator link.
 */
export function creationRefused(role: Role, next: RecordLike, before: RecordLike | undefined): string | undefined {
  const kind = creationKind(next)
  if (mayCreate(role, kind)) return undefined
  if (before !== undefined && creationKind(before) === kind && before.type === next.type) return undefined
  return `a ${role} link may not create ${KIND_NAMES[kind]}${kind === 'media' ? ` (${String(next.type)})` : ''}`
}

/**
 * Why `role` may not remove the record stored now (undefined: it may). Only the facilitator removes a
 * page: with it go all its shapes, and a session is one page that participants do not manage.
 */
export function removalRefused(role: Role, before: RecordLike): string | undefined {
  if (creationKind(before) !== 'page' || mayCreate(role, 'page')) return undefined
  return `a ${role} link may not remove a page`
}

const KIND_NAMES: Record<CreationKind, string> = {
  page: 'a page',
  asset: 'an asset',
  media: 'a media shape',
  other: 'records',
}
