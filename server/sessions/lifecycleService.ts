// A session's data lifecycle (AVG/GDPR): deleting it with every file it has, and moving it between
// servers as one backup file. Errors are values with the HTTP status to answer.
import * as Y from 'yjs'
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile } from '../../shared/api/backup.ts'
import type { CreatedSession } from '../../shared/api/types.ts'
import { BOARD_FORMAT_VERSION, META_KEY, RECORDS_KEY } from '../../shared/board/index.ts'
import type { Logger } from '../log.ts'
import type { SessionRepository } from '../storage/sessionRepository.ts'
import type { DocStorage, SessionRecord } from '../storage/types.ts'
import { repairBoard } from '../sync/boardRepair.ts'
import type { Rooms } from '../sync/rooms.ts'
import { DocTooLargeError } from '../sync/serverWrite.ts'
import type { IdentityRegistry } from '../identity/identityRegistry.ts'
import type { VotingService } from '../voting/votingService.ts'
import type { PrivateDocs } from '../silent/privateDocs.ts'

export type DeleteReason = 'facilitator' | 'retention'
export type ImportResult = { ok: true; created: CreatedSession } | { ok: false; status: 400; message: string }

export interface LifecycleDeps {
  store: SessionRepository
  rooms: Rooms
  storage: DocStorage
  log: Logger
  maxDocBytes: number
  identities?: IdentityRegistry
  /** Its ballots (who placed which dot) go with the session. */
  voting?: VotingService
  /** Participants' silent-round notes (server/silent): removed with the session. */
  privateDocs?: PrivateDocs
  /** The session's trash and history points (server/history). */
  history?: { remove(sessionId: string): Promise<void> }
  /** Its entries in its working group's change log (server/series). */
  series?: { forgetSession(session: SessionRecord): Promise<void> }
}

export class LifecycleService {
  constructor(private readonly deps: LifecycleDeps) {}

  /**
   * Deletes the session: the record first (its tokens stop working, so nobody can connect again), then
   * the live room (clients closed with 4410), then every file. False when there was no such session.
   */
  async delete(sessionId: string, reason: DeleteReason): Promise<boolean> {
    const { store, rooms, storage, log } = this.deps
    const record = await store.get(sessionId)
    if (!record) return false
    await store.delete(sessionId)
    await rooms.evict(sessionId)
    await storage.remove(sessionId)
    await this.deps.identities?.remove(sessionId)
    await this.deps.voting?.remove(sessionId)
    await this.deps.privateDocs?.remove(sessionId)
    await this.deps.history?.remove(sessionId)
    await this.deps.series?.forgetSession(record)
    // The id only: tokens never reach the logs.
    log.info({ session: sessionId, reason }, 'session deleted')
    return true
  }

  /** The session as a backup file (no tokens), or undefined for an unknown session. */
  async backup(sessionId: string): Promise<BackupFile | undefined> {
    const record = await this.deps.store.get(sessionId)
    if (!record) return undefined
    const state = await this.deps.rooms.read(sessionId, (doc) => Y.encodeStateAsUpdate(doc))
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      session: { title: record.title, createdAt: record.createdAt, updatedAt: record.updatedAt },
      doc: Buffer.from(state).toString('base64'),
    }
  }

  /** A new session (new id, new tokens) whose board is the backup's. Nothing is created on error. */
  async import(backup: { session: { title: string; createdAt: string }; doc: string }): Promise<ImportResult> {
    const update = new Uint8Array(Buffer.from(backup.doc, 'base64'))
    // Refused early, before anything is decoded; the write below meets the same limit exactly (413).
    if (update.byteLength > this.deps.maxDocBytes) throw new DocTooLargeError(this.deps.maxDocBytes)
    const checked = checkedBoard(update)
    if (!checked.ok) return { ok: false, status: 400, message: `doc: ${checked.problem}` }

    const { session, facilitatorToken } = await this.deps.store.create(backup.session.title, { createdAt: backup.session.createdAt })
    try {
      // Through the same size check as every write: the board with what a new session holds must fit.
      await this.deps.rooms.change(session.id, (doc) => Y.applyUpdate(doc, checked.state), { large: true })
    } catch (err) {
      // Half an import is worse than none: take the session away again.
      await this.delete(session.id, 'facilitator').catch(() => undefined)
      throw err
    }
    this.deps.log.info({ session: session.id }, 'session imported from a backup')
    return {
      ok: true,
      created: { id: session.id, title: session.title, join: session.joinToken, view: session.viewToken, facilitator: facilitatorToken },
    }
  }
}

/**
 * The backup's board as this server would store it (migrated to our schema), or why it cannot be
 * imported: incomplete, not a board, from a newer version, or holding anything the record rules refuse
 * (the same rules as live writes and loads; a load would set such records aside, an import refuses).
 */
function checkedBoard(update: Uint8Array): { ok: true; state: Uint8Array } | { ok: false; problem: string } {
  const doc = new Y.Doc({ gc: true })
  const fail = (problem: string) => ({ ok: false as const, problem })
  try {
    Y.applyUpdate(doc, update)
    // Yjs keeps parts whose history is missing aside instead of failing: such a board is incomplete.
    if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) return fail('the Yjs update is incomplete (parts of its history are missing)')
    const formatVersion = doc.getMap(META_KEY).get('formatVersion')
    if (typeof formatVersion !== 'number') return fail('the Yjs update holds no Samenbord board')
    if (formatVersion > BOARD_FORMAT_VERSION) return fail(`the board has format ${formatVersion}; this server reads up to ${BOARD_FORMAT_VERSION}`)
    if (doc.getArray(RECORDS_KEY).length === 0) return fail('the board holds no records')
    const report = repairBoard(doc, { origin: 'import' })
    if (report.schema === 'newer') return fail('the board was written by a newer version of Samenbord')
    if (report.setAside.length > 0) {
      const first = report.setAside[0]!
      const more = report.setAside.length > 1 ? ` (and ${report.setAside.length - 1} more)` : ''
      return fail(`the board would not open: ${first.reason}${more}`)
    }
    return { ok: true, state: Y.encodeStateAsUpdate(doc) }
  } catch (err) {
    return fail(`Yjs cannot apply it (${err instanceof Error ? err.message : String(err)})`)
  } finally {
    doc.destroy()
  }
}
