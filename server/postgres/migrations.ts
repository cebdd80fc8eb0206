// The schema, in order. A released migration is never edited: a change is a new entry at the end.
import { DOCS_SCHEMA } from './schema/docs.ts'
import { SESSIONS_SCHEMA } from './schema/sessions.ts'
import { STORES_SCHEMA } from './schema/stores.ts'

export interface Migration {
  version: number
  name: string
  sql: string
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'sessions and tokens', sql: SESSIONS_SCHEMA },
  { version: 2, name: 'documents: update log and snapshots', sql: DOCS_SCHEMA },
  { version: 3, name: 'history points, identities, working-group logs', sql: STORES_SCHEMA },
]
