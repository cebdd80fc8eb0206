// Issues and resolves participant identities (shared/api/identity.ts). The secret is stored only as a
// SHA-256 hash, per session, in <dataDir>/identities/<session>.json (rewritten whole by temp file +
// rename: identities are minted once per browser per session, so writes are rare). Minting is bounded
// per client address and per session, so one join link cannot mint unbounded voters.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { nanoid } from 'nanoid'
import { PARTICIPANT_SECRET_PATTERN, type ParticipantIdentity } from '../../shared/api/identity.ts'
import { SESSION_ID_PATTERN } from '../storage/fileDocStorage.ts'

export interface IdentityLimits {
  /** Identities one client address may mint in one session (0 = no limit). */
  perAddress: number
  /** Identities one session may hold (0 = no limit). */
  perSession: number
}

export type MintResult = { ok: true; identity: ParticipantIdentity } | { ok: false; error: 'too-many-for-address' | 'session-full' }

interface StoredIdentity {
  id: string
  secretHash: string
  address: string
  createdAt: string
}

interface SessionIdentities {
  byHash: Map<string, StoredIdentity>
  perAddress: Map<string, number>
}

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex')
}

export class IdentityRegistry {
  private readonly sessions = new Map<string, SessionIdentities>()

  constructor(
    private readonly dir: string | null,
    private readonly limits: IdentityLimits,
  ) {
    if (dir) fs.mkdirSync(dir, { recursive: true })
  }

  /** A new identity for a browser of `sessionId`, or why not. */
  mint(sessionId: string, address: string): MintResult {
    const session = this.load(sessionId)
    const fromAddress = session.perAddress.get(address) ?? 0
    if (this.limits.perAddress > 0 && fromAddress >= this.limits.perAddress) return { ok: false, error: 'too-many-for-address' }
    if (this.limits.perSession > 0 && session.byHash.size >= this.limits.perSession) return { ok: false, error: 'session-full' }
    const secret = nanoid(32)
    const stored: StoredIdentity = { id: `p_${nanoid(16)}`, secretHash: hashSecret(secret), address, createdAt: new Date().toISOString() }
    session.byHash.set(stored.secretHash, stored)
    session.perAddress.set(address, fromAddress + 1)
    this.save(sessionId, session)
    return { ok: true, identity: { id: stored.id, secret } }
  }

  /** The public id of the holder of `secret` in `sessionId`, or undefined for a secret never issued there. */
  resolve(sessionId: string, secret: string | undefined | null): string | undefined {
    if (typeof secret !== 'string' || !PARTICIPANT_SECRET_PATTERN.test(secret)) return undefined
    return this.load(sessionId).byHash.get(hashSecret(secret))?.id
  }

  /** How many identities the session has issued. */
  count(sessionId: string): number {
    return this.load(sessionId).byHash.size
  }

  /** Forgets a deleted session's identities. */
  remove(sessionId: string): void {
    this.sessions.delete(sessionId)
    if (this.dir && SESSION_ID_PATTERN.test(sessionId)) fs.rmSync(this.file(sessionId), { force: true })
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
