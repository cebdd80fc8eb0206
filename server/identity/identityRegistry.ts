// Issues and resolves participant identities (shared/api/identity.ts). The secret is stored only as a
// SHA-256 hash. Minting is bounded per client address and per session, so one join link cannot mint
// unbounded voters. Two stores: files under DATA_DIR (fileIdentityRegistry.ts) and PostgreSQL
// (postgres/pgIdentityRegistry.ts), held to one contract (identityRegistry.contract.ts); with several
// processes on one database, the limits hold across them and a secret minted by one resolves in all.
import { createHash } from 'node:crypto'
import { nanoid } from 'nanoid'
import { PARTICIPANT_SECRET_PATTERN, type ParticipantIdentity } from '../../shared/api/identity.ts'

export interface IdentityLimits {
  /** Identities one client address may mint in one session (0 = no limit). */
  perAddress: number
  /** Identities one session may hold (0 = no limit). */
  perSession: number
}

export type MintResult = { ok: true; identity: ParticipantIdentity } | { ok: false; error: 'too-many-for-address' | 'session-full' }

export interface IdentityRegistry {
  /** A new identity for a browser of `sessionId`, or why not. */
  mint(sessionId: string, address: string): Promise<MintResult>
  /** The public id of the holder of `secret` in `sessionId`, or undefined for a secret never issued there. */
  resolve(sessionId: string, secret: string | undefined | null): Promise<string | undefined>
  /** How many identities the session has issued. */
  count(sessionId: string): Promise<number>
  /** Forgets a deleted session's identities. */
  remove(sessionId: string): Promise<void>
  /** Every identity of the session as stored (secret hashes only), oldest first: for a move to another backend. */
  exportSession(sessionId: string): Promise<StoredIdentity[]>
  /**
   * Adds stored identities to the session as they are (their secrets keep resolving), beyond any limit:
   * they were minted under the limits already. An identity whose secret hash the session holds is skipped.
   */
  importSession(sessionId: string, identities: readonly StoredIdentity[]): Promise<void>
}

/** What is kept of an identity. */
export interface StoredIdentity {
  id: string
  secretHash: string
  address: string
  createdAt: string
}

/** Why minting one more is refused, given what the session and the address hold already. */
export function mintRefusal(limits: IdentityLimits, counts: { session: number; address: number }): MintResult | undefined {
  if (limits.perAddress > 0 && counts.address >= limits.perAddress) return { ok: false, error: 'too-many-for-address' }
  if (limits.perSession > 0 && counts.session >= limits.perSession) return { ok: false, error: 'session-full' }
  return undefined
}

/** A new identity: its secret for the browser, what the store keeps. */
export function newIdentity(address: string): { identity: ParticipantIdentity; stored: StoredIdentity } {
  const secret = nanoid(32)
  const stored: StoredIdentity = { id: `p_${nanoid(16)}`, secretHash: hashSecret(secret), address, createdAt: new Date().toISOString() }
  return { identity: { id: stored.id, secret }, stored }
}

/** The hash a secret is looked up by, or undefined for what cannot be a secret. */
export function secretHashOf(secret: string | undefined | null): string | undefined {
  return typeof secret === 'string' && PARTICIPANT_SECRET_PATTERN.test(secret) ? hashSecret(secret) : undefined
}

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex')
}
