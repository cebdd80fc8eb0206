// Transaction-scoped advisory locks that serialise one store's writes for one key (a session, a
// series) across every process on the database: the first number names the store, the second is the
// key's hash. A hash collision only makes two keys wait for each other, never wrong.
import type postgres from 'postgres'

export const LOCK_SPACE = { points: 0x5a3e_0001, identities: 0x5a3e_0002, series: 0x5a3e_0003 } as const

/** Holds the lock for `key` in `space` until `tx` ends. */
export async function lockKey(tx: postgres.TransactionSql, space: number, key: string): Promise<void> {
  await tx`select pg_advisory_xact_lock(${space}::int4, hashtext(${key}))`
}
