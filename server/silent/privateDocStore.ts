// Where participants' private documents are kept: per session, a DocStorage keyed by participant id,
// which participants have one, and removal of them all with the session. The file backend keeps them
// under <dir>/<session>/<participant id>.log|.snap (the board's storage format, storage/fileDocStorage.ts);
// another backend implements the same three calls (a DocStorage per session namespace, say).
import fs from 'node:fs'
import path from 'node:path'
import { PARTICIPANT_ID_PATTERN } from '../../shared/api/identity.ts'
import type { Logger } from '../log.ts'
import { FileDocStorage, SESSION_ID_PATTERN } from '../storage/fileDocStorage.ts'
import { AsyncDocStorage, type DocStorage } from '../storage/types.ts'

export interface PrivateDocStore {
  /** The storage of one session's private documents, keyed by participant id. */
  session(sessionId: string): DocStorage
  /** Every participant with a stored private document in the session. */
  participants(sessionId: string): Promise<string[]>
  /** Every private document of the session, gone (their handles released first). */
  removeSession(sessionId: string): Promise<void>
}

/** <participant>.g<N>.log|snap (storage/generations.ts), or <participant>.log|snap of data dirs from before generations. */
const LOG_SUFFIX = /(\.g\d{1,15})?\.(log|snap)$/

export class FilePrivateDocStore implements PrivateDocStore {
  private readonly storages = new Map<string, AsyncDocStorage>()

  constructor(
    private readonly dir: string,
    private readonly log: Logger,
  ) {}

  session(sessionId: string): DocStorage {
    let storage = this.storages.get(sessionId)
    if (!storage) {
      const log = this.log
      const files = new FileDocStorage(path.join(this.dir, sessionId), (level, msg, fields) => log[level]({ session: sessionId, ...fields }, msg))
      storage = new AsyncDocStorage(files)
      this.storages.set(sessionId, storage)
    }
    return storage
  }

  async participants(sessionId: string): Promise<string[]> {
    const dir = path.join(this.dir, sessionId)
    if (!SESSION_ID_PATTERN.test(sessionId) || !fs.existsSync(dir)) return []
    const ids = new Set<string>()
    for (const name of fs.readdirSync(dir)) {
      const id = name.replace(LOG_SUFFIX, '')
      if (id !== name && PARTICIPANT_ID_PATTERN.test(id)) ids.add(id)
    }
    return Array.from(ids)
  }

  async removeSession(sessionId: string): Promise<void> {
    const storage = this.storages.get(sessionId)
    if (storage) for (const participant of await this.participants(sessionId)) storage.release(participant)
    this.storages.delete(sessionId)
    if (SESSION_ID_PATTERN.test(sessionId)) fs.rmSync(path.join(this.dir, sessionId), { recursive: true, force: true })
  }
}
