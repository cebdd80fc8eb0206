// The backup file: one session as one JSON file, to keep or to move to another server. It holds the
// board (a Yjs state update, base64) and the session's description, never its tokens: whoever imports
// it gets a new session with new links.
import * as z from 'zod'

export const BACKUP_FORMAT = 'samenbord-backup'
export const BACKUP_VERSION = 1

export interface BackupFile {
  format: typeof BACKUP_FORMAT
  version: typeof BACKUP_VERSION
  session: { title: string; createdAt: string; updatedAt: string }
  /** Yjs state update of the whole board, standard base64. */
  doc: string
}

/**
 * Standard base64 with padding; anything else is refused rather than half-decoded. A loop, not a
 * regular expression: a backtracking pattern over a whole board's base64 overflows the stack (a 4 MB
 * backup answered 500).
 */
export function isBase64(text: string): boolean {
  if (text.length % 4 !== 0) return false
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  const end = text.length - padding
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i)
    const ok = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47
    if (!ok) return false
  }
  return true
}

export function backupSchema(maxTitle: number) {
  return z.object({
    format: z.literal(BACKUP_FORMAT, { error: `format must be "${BACKUP_FORMAT}" (is this a Samenbord backup?)` }),
    version: z.literal(BACKUP_VERSION, { error: `version must be ${BACKUP_VERSION}; this server reads backups of version ${BACKUP_VERSION} only` }),
    session: z.object(
      {
        title: z
          .string({ error: 'session.title is required (a string)' })
          .trim()
          .min(1, 'session.title must not be empty')
          .max(maxTitle, `session.title must be at most ${maxTitle} characters`),
        createdAt: z.iso.datetime({ error: 'session.createdAt must be an ISO date-time' }),
        updatedAt: z.iso.datetime({ error: 'session.updatedAt must be an ISO date-time' }).optional(),
      },
      { error: 'session is required (an object)' },
    ),
    doc: z.string({ error: 'doc is required (the board as base64)' }).min(1, 'doc must not be empty').refine(isBase64, 'doc is not valid base64'),
  })
}
