// Session documents in PostgreSQL (schema/docs.ts): the DocStorage of the file backend, shared by any
// number of processes. Several stores keep documents (boards, trash, ballots, private docs): each gets
// its own namespace in the same tables.
//
// Durability: append resolves once PostgreSQL committed the rows (synchronous_commit as the server is
// configured; its default, on, flushes the WAL: this survives a power loss, unlike the file backend).
//
// Other processes may append to the same session at any time. Compaction therefore never assumes that
// the caller's state holds every row it deletes: it deletes the rows with RETURNING (exactly what it
// deletes, nothing committed in between) under a per-session advisory lock, and when a deleted row or
// the snapshot it replaces came from someone else (not loaded or appended by this instance), it folds
// them into the new snapshot (a Y.Doc of state + snapshot + rows). Rows committed after its DELETE stay
// in the log, whatever their seq, and load reads every row left: so nothing is ever dropped.
import type { TransactionSql } from 'postgres'
import * as Y from 'yjs'
import type { DocStorage, LoadedDoc } from '../storage/types.ts'
import type { Sql } from './database.ts'

/** What this instance knows of a session since it loaded or compacted it. */
interface Known {
  /** Bytes of log rows it loaded or appended since the last compaction (logBytes). */
  bytes: number
  /** The snapshot's generation it loaded or wrote (0: none). */
  generation: number
  /** Seqs of the log rows it loaded or appended: the caller's state holds them. */
  seen: Set<number>
}

/** A row of the session that is not a Yjs update, as it is set aside: a log row (seq) or the snapshot (generation). */
interface Damaged {
  name: string
  data: Buffer
  seq?: number
  generation?: number
}

interface SnapshotRow {
  data: Buffer
  upto: string
  generation: string
}

export class PgDocStorage implements DocStorage {
  private readonly known = new Map<string, Known>()

  constructor(
    private readonly sql: Sql,
    /** Which store's documents: 'docs' (boards), 'trash', 'ballots', 'silent'... */
    readonly ns: string,
  ) {}

  async load(sessionId: string): Promise<LoadedDoc> {
    // One statement, so one view of the tables: a compaction committing meanwhile is seen whole or not at all.
    const rows = await this.sql<{ part: number; seq: string; generation: string; data: Buffer }[]>`
      select 0 as part, upto as seq, generation, data from doc_snapshots where ns = ${this.ns} and session_id = ${sessionId}
      union all
      select 1, seq, 0, data from doc_updates where ns = ${this.ns} and session_id = ${sessionId}
      order by part, seq`
    const known: Known = { bytes: 0, generation: 0, seen: new Set() }
    const updates: Uint8Array[] = []
    const damaged: Damaged[] = []
    for (const row of rows) {
      const seq = Number(row.seq)
      const snapshot = row.part === 0
      if (snapshot) known.generation = Number(row.generation)
      if (!isUpdate(row.data)) {
        damaged.push(
          snapshot
            ? { name: `snapshot-${known.generation}.bin`, data: row.data, generation: known.generation }
            : { name: `update-${seq}.bin`, data: row.data, seq },
        )
        continue
      }
      updates.push(view(row.data))
      if (snapshot) continue
      known.seen.add(seq)
      known.bytes += row.data.length
    }
    this.known.set(sessionId, known)
    if (damaged.length === 0) return { updates, problems: [] }
    await this.quarantine(sessionId, damaged)
    const problems = damaged.map((d) => `${d.seq === undefined ? 'snapshot' : `log row ${d.seq}`} is not a Yjs update; set aside as ${d.name} and skipped`)
    return { updates, problems, quarantined: damaged.map((d) => d.name) }
  }

  async append(sessionId: string, update: Uint8Array | readonly Uint8Array[]): Promise<void> {
    const group = update instanceof Uint8Array ? [update] : update
    if (group.length === 0) return
    // One statement (its own transaction): all rows or none. VALUES rows take their seqs in order.
    const rows = group.map((data) => ({ ns: this.ns, session_id: sessionId, data: bytes(data) }))
    const inserted = await this.sql<{ seq: string }[]>`insert into doc_updates ${this.sql(rows, 'ns', 'session_id', 'data')} returning seq`
    const known = this.knownOf(sessionId)
    for (const row of inserted) known.seen.add(Number(row.seq))
    for (const data of group) known.bytes += data.byteLength
  }

  /**
   * Makes `state` (which holds everything this instance loaded and appended for the session, as a
   * room's document does) the snapshot and empties the log. Rows and a snapshot that others wrote are
   * folded in, so a concurrent writer loses nothing; see the header.
   */
  async compact(sessionId: string, state: Uint8Array): Promise<void> {
    const known = this.known.get(sessionId)
    const generation = await this.sql.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(hashtext(${this.ns}), hashtext(${sessionId}))`
      const [old] = await tx<SnapshotRow[]>`select data, upto, generation from doc_snapshots where ns = ${this.ns} and session_id = ${sessionId}`
      const deleted = await tx<{ seq: string; data: Buffer }[]>`delete from doc_updates where ns = ${this.ns} and session_id = ${sessionId} returning seq, data`
      const oldGeneration = old ? Number(old.generation) : 0
      const ours = known !== undefined && known.generation === oldGeneration && deleted.every((row) => known.seen.has(Number(row.seq)))
      let snapshot = state
      let added = false
      if (!ours && (old || deleted.length > 0)) {
        const parts = [
          ...(old ? [{ name: `snapshot-${oldGeneration}.bin`, data: old.data }] : []),
          ...deleted.map((r) => ({ name: `update-${r.seq}.bin`, data: r.data })),
        ]
        const damaged = parts.filter((part) => !isUpdate(part.data))
        ;({ snapshot, added } = fold(
          state,
          parts.filter((part) => !damaged.includes(part)).map((part) => part.data),
        ))
        if (damaged.length > 0) await insertSetAside(tx, this.ns, sessionId, damaged)
      }
      const upto = Math.max(old ? Number(old.upto) : 0, ...deleted.map((row) => Number(row.seq)))
      const next = oldGeneration + 1
      await tx`insert into doc_snapshots (ns, session_id, data, upto, generation) values (${this.ns}, ${sessionId}, ${bytes(snapshot)}, ${upto}, ${next})
        on conflict (ns, session_id) do update set data = excluded.data, upto = excluded.upto, generation = excluded.generation, at = now()`
      // A snapshot holding more than the caller's state is not ours: the next compaction folds it in again.
      return added ? -1 : next
    })
    this.known.set(sessionId, { bytes: 0, generation, seen: new Set() })
  }

  logBytes(sessionId: string): number {
    return this.known.get(sessionId)?.bytes ?? 0
  }

  release(sessionId: string): void {
    this.known.delete(sessionId)
  }

  async setAside(sessionId: string, json: string): Promise<string> {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    for (let n = 0; ; n++) {
      const name = `set-aside-${stamp}${n > 0 ? `-${n}` : ''}.json`
      const [row] = await this
        .sql`insert into doc_set_aside (ns, session_id, name, data) values (${this.ns}, ${sessionId}, ${name}, ${Buffer.from(json, 'utf8')})
        on conflict do nothing returning name`
      if (row) return name
    }
  }

  async remove(sessionId: string): Promise<void> {
    this.known.delete(sessionId)
    await this.sql.begin(async (tx) => {
      await tx`delete from doc_updates where ns = ${this.ns} and session_id = ${sessionId}`
      await tx`delete from doc_snapshots where ns = ${this.ns} and session_id = ${sessionId}`
      await tx`delete from doc_set_aside where ns = ${this.ns} and session_id = ${sessionId}`
    })
  }

  private knownOf(sessionId: string): Known {
    let known = this.known.get(sessionId)
    if (!known) {
      // Appending without a load (a store writing blind): its rows count, nothing else is known.
      known = { bytes: 0, generation: -1, seen: new Set() }
      this.known.set(sessionId, known)
    }
    return known
  }

  /** Moves rows that are not Yjs updates out of the way (set-aside table), so later loads are clean. */
  private async quarantine(sessionId: string, damaged: readonly Damaged[]): Promise<void> {
    await this.sql.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(hashtext(${this.ns}), hashtext(${sessionId}))`
      await insertSetAside(tx, this.ns, sessionId, damaged)
      const seqs = damaged.flatMap((d) => (d.seq === undefined ? [] : [d.seq]))
      if (seqs.length > 0) await tx`delete from doc_updates where ns = ${this.ns} and session_id = ${sessionId} and seq in ${tx(seqs)}`
      // Only the snapshot that was read: a compaction may have replaced it since.
      for (const { generation } of damaged.filter((d) => d.generation !== undefined))
        await tx`delete from doc_snapshots where ns = ${this.ns} and session_id = ${sessionId} and generation = ${generation!}`
    })
  }
}

type Tx = TransactionSql

async function insertSetAside(tx: Tx, ns: string, sessionId: string, parts: ReadonlyArray<{ name: string; data: Buffer }>): Promise<void> {
  const rows = parts.map((part) => ({ ns, session_id: sessionId, name: part.name, data: part.data }))
  await tx`insert into doc_set_aside ${tx(rows, 'ns', 'session_id', 'name', 'data')} on conflict do nothing`
}

/**
 * The state with everything in `parts` (another's snapshot, others' rows) merged in, garbage-collected;
 * `added` when they held anything the state lacked.
 */
function fold(state: Uint8Array, parts: readonly Uint8Array[]): { snapshot: Uint8Array; added: boolean } {
  const doc = new Y.Doc({ gc: true })
  Y.applyUpdate(doc, state)
  const before = Y.snapshot(doc)
  doc.transact(() => {
    for (const part of parts) Y.applyUpdate(doc, part)
  })
  const added = !Y.equalSnapshots(before, Y.snapshot(doc)) || doc.store.pendingStructs !== null || doc.store.pendingDs !== null
  const snapshot = added ? Y.encodeStateAsUpdate(doc) : state
  doc.destroy()
  return { snapshot, added }
}

/** Whether the bytes decode as a Yjs update (structs and delete set); never through our API, but a row may be edited by hand. */
function isUpdate(data: Uint8Array): boolean {
  try {
    Y.decodeUpdate(data)
    return true
  } catch {
    return false
  }
}

function view(buf: Buffer): Uint8Array {
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength)
}

function bytes(data: Uint8Array): Buffer {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength)
}
