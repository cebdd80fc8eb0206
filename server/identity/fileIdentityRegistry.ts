// Participant identities in files: per session <dataDir>/identities/<session>.json (rewritten whole by
// temp file + rename: identities are minted once per browser per session, so writes are rare), held in
// memory once read. Without a directory, in memory only. Each call's work is synchronous (one process
// owns DATA_DIR), so the limits hold without locks.
import fs from 'node:fs'
import path from 'node:path'
import { SESSION_ID_PATTERN } from '../storage/fileDocStorage.ts'
import { mintRefusal, newIdentity, secretHashOf, type IdentityLimits, type IdentityRegistry, type MintResult, type StoredIdentity } from './identityRegistry.ts'

interface SessionIdentities {
  byHash: Map<string, StoredIdentity>
  perAddress: Map<string, number>
}

export class FileIdentityRegistry implements IdentityRegistry {
  private readonly sessions = new Map<string, SessionIdentities>()

  constructor(
    private readonly dir: string | null,
    private readonly limits: IdentityLimits,
  ) {
    if (dir) fs.mkdirSync(dir, { recursive: true })
  }

  async mint(sessionId: string, address: string): Promise<MintResult> {
    const session = this.load(sessionId)
    const fromAddress = session.perAddress.get(address) ?? 0
    const refused = mintRefusal(this.limits, { session: session.byHash.size, address: fromAddress })
    if (refused) return refused
    const { identity, stored } = newIdentity(address)
    session.byHash.set(stored.secretHash, stored)
    session.perAddress.set(address, fromAddress + 1)
    this.save(sessionId, session)
    return { ok: true, identity }
  }

  async resolve(sessionId: string, secret: string | undefined | null): Promise<string | undefined> {
    const hash = secretHashOf(secret)
    return hash === undefined ? undefined : this.load(sessionId).byHash.get(hash)?.id
  }

  async count(sessionId: string): Promise<number> {
    return this.load(sessionId).byHash.size
  }

  async remove(sessionId: string): Promise<void> {
    this.sessions.delete(sessionId)
    if (this.dir && SESSION_ID_PATTERN.test(sessionId)) fs.rmSync(this.file(sessionId), { force: true })
  }

  async exportSession(sessionId: string): Promise<StoredIdentity[]> {
    return Array.from(this.load(sessionId).byHash.values(), (stored) => ({ ...stored }))
  }

  async importSession(sessionId: string, identities: readonly StoredIdentity[]): Promise<void> {
    const session = this.load(sessionId)
    for (const stored of identities) {
      if (session.byHash.has(stored.secretHash)) continue
      session.byHash.set(stored.secretHash, { ...stored })
      session.perAddress.set(stored.address, (session.perAddress.get(stored.address) ?? 0) + 1)
    }
    this.save(sessionId, session)
  }

  private file(sessionId: string): string {
    return path.join(this.dir!, `${sessionId}.json`)
  }

  private load(sessionId: string): SessionIdentities {
    let session = this.sessions.get(sessionId)
    if (session) return session
    session = { byHash: new Map(), perAddress: new Map() }
    if (this.dir && SESSION_ID_PATTERN.test(sessionId)) {
      let stored: StoredIdentity[] = []
      try {
        stored = JSON.parse(fs.readFileSync(this.file(sessionId), 'utf8')) as StoredIdentity[]
      } catch {
        // none yet (or unreadable: identities are re-minted by the browsers; dots are kept by id)
      }
      for (const entry of Array.isArray(stored) ? stored : []) {
        if (typeof entry?.secretHash !== 'string' || typeof entry.id !== 'string') continue
        session.byHash.set(entry.secretHash, entry)
        session.perAddress.set(entry.address, (session.perAddress.get(entry.address) ?? 0) + 1)
      }
    }
    this.sessions.set(sessionId, session)
    return session
  }

  private save(sessionId: string, session: SessionIdentities): void {
    if (!this.dir || !SESSION_ID_PATTERN.test(sessionId)) return
    const file = this.file(sessionId)
    const tmp = `${file}.${process.pid}.tmp`
    const fd = fs.openSync(tmp, 'w')
    try {
      fs.writeSync(fd, JSON.stringify(Array.from(session.byHash.values())))
      fs.fsyncSync(fd)
    } finally {
      fs.closeSync(fd)
    }
    fs.renameSync(tmp, file)
  }
}
