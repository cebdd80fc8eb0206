// Participant identities in PostgreSQL (table participant_identities, schema/stores.ts). A mint counts
// and inserts in one transaction holding the session's advisory lock, so two processes minting at once
// never pass a limit together; resolve reads the table, so a secret minted by any process resolves in
// every other.
import {
  mintRefusal,
  newIdentity,
  secretHashOf,
  type IdentityLimits,
  type IdentityRegistry,
  type MintResult,
  type StoredIdentity,
} from '../identity/identityRegistry.ts'
import type { Sql } from './database.ts'
import { LOCK_SPACE, lockKey } from './storeLocks.ts'

export class PgIdentityRegistry implements IdentityRegistry {
  constructor(
    private readonly sql: Sql,
    private readonly limits: IdentityLimits,
  ) {}

  async mint(sessionId: string, address: string): Promise<MintResult> {
    return this.sql.begin(async (tx) => {
      await lockKey(tx, LOCK_SPACE.identities, sessionId)
      const [counts] = await tx<{ session: number; address: number }[]>`
        select count(*)::int as session, (count(*) filter (where address = ${address}))::int as address
        from participant_identities where session_id = ${sessionId}`
      const refused = mintRefusal(this.limits, counts!)
      if (refused) return refused
      const { identity, stored } = newIdentity(address)
      await tx`insert into participant_identities (session_id, secret_hash, id, address, created_at)
               values (${sessionId}, ${stored.secretHash}, ${stored.id}, ${address}, ${stored.createdAt})`
      return { ok: true, identity } satisfies MintResult
    })
  }

  async resolve(sessionId: string, secret: string | undefined | null): Promise<string | undefined> {
    const hash = secretHashOf(secret)
    if (hash === undefined) return undefined
    const [row] = await this.sql<{ id: string }[]>`select id from participant_identities where session_id = ${sessionId} and secret_hash = ${hash}`
    return row?.id
  }

  async count(sessionId: string): Promise<number> {
    const [row] = await this.sql<{ n: number }[]>`select count(*)::int as n from participant_identities where session_id = ${sessionId}`
    return row!.n
  }

  async remove(sessionId: string): Promise<void> {
    await this.sql`delete from participant_identities where session_id = ${sessionId}`
  }

  async exportSession(sessionId: string): Promise<StoredIdentity[]> {
    const rows = await this.sql<{ id: string; secret_hash: string; address: string; created_at: Date }[]>`
      select id, secret_hash, address, created_at from participant_identities where session_id = ${sessionId} order by created_at, id`
    return rows.map((row) => ({ id: row.id, secretHash: row.secret_hash, address: row.address, createdAt: row.created_at.toISOString() }))
  }

  async importSession(sessionId: string, identities: readonly StoredIdentity[]): Promise<void> {
    if (identities.length === 0) return
    const rows = identities.map((stored) => ({
      session_id: sessionId,
      secret_hash: stored.secretHash,
      id: stored.id,
      address: stored.address,
      created_at: stored.createdAt,
    }))
    await this.sql`insert into participant_identities ${this.sql(rows)} on conflict (session_id, secret_hash) do nothing`
  }
}
