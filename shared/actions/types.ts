// Actions: notes that say who does what by when. They live in the Yjs document as the note itself plus
// `meta.action` on the note record, so every edit is live for everyone and survives restarts.

// 'dropped': the working group decided not to do it (vervallen); neither open nor late any more.
export const ACTION_STATUSES = ['open', 'doing', 'done', 'dropped'] as const
export type ActionStatus = (typeof ACTION_STATUSES)[number]

/** Maximum length of an owner name: in hand edits (edit.ts), in the text and in known names. */
export const OWNER_MAX_LENGTH = 120

/** Stored on a note record as `meta.action`. Absent fields fall back to what is parsed from the text. */
export interface ActionMeta {
  /** Marked as an action by a click (notes in an `actions` area are actions without it). */
  marked?: boolean
  status?: ActionStatus
  /** Owner set by hand; wins over `@Name` in the text. null = cleared by hand (no owner). */
  owner?: string | null
  /** Due date set by hand (YYYY-MM-DD); wins over a date in the text. null = cleared by hand. */
  due?: string | null
}

/** An action as the API, the panel and the exports see it. */
export interface Action {
  /** The action's id: the id of the note it came from. */
  id: string
  noteId: string
  /** The note's text without the quick syntax (`@owner`, the date). */
  text: string
  owner: string | null
  /** YYYY-MM-DD or null. */
  due: string | null
  status: ActionStatus
  /** Id of the area the note sits in, or null. */
  area: string | null
  /** That area's label (translated), or null. */
  areaLabel: string | null
  votes: number
}

export interface ActionPatch {
  owner?: string | null
  due?: string | null
  status?: ActionStatus
}
