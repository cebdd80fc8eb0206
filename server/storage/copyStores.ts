// Copies every store of one installation into another's (server/stores.ts): the move of a file-backed
// installation into PostgreSQL (server/cli/migrateToPostgres.ts). Only through the store interfaces, so
// it knows neither backend. The target must hold no session: records keep their ids, tokens and join
// codes, and a record already there would collide with one of them.
//
// Per session: its record as it is, then its documents (board, trash, ballots, each private document)
// each as one snapshot of its whole state, its history points with their times, its participant
// identities (secret hashes: the browsers' secrets keep working); then every working group's change log.
import * as Y from 'yjs'
import { seriesIdOf } from '../../shared/series/index.ts'
import type { Stores } from '../stores.ts'
import type { DocStorage } from './types.ts'

export interface SessionCopied {
  id: string
  title: string
  /** Bytes written for the session's documents and history points. */
  bytes: number
  /** Documents copied: board, trash, ballots and private documents that exist. */
  docs: number
  points: number
  identities: number
  /** What loading a source document reported (a torn tail skipped, a damaged file set aside). */
  problems: string[]
}

export interface CopySummary {
  sessions: number
  bytes: number
  /** Working groups whose change log was copied, and their entries. */
  series: number
  changes: number
  problems: number
}

/** The target already holds sessions: nothing was copied. */
export class TargetNotEmpty extends Error {}

export async function copyStores(from: Stores, to: Stores, onSession: (copied: SessionCopied) => void = () => {}): Promise<CopySummary> {
  const existing = await to.sessions.list()
  if (existing.length > 0) throw new TargetNotEmpty(`the target already holds ${existing.length} session(s); copy only into an empty database`)
  const sessions = await from.sessions.list()
  const summary: CopySummary = { sessions: 0, bytes: 0, series: 0, changes: 0, problems: 0 }
  for (const record of sessions) {
    await to.sessions.importRecord(record)
    const copied: SessionCopied = { id: record.id, title: record.title, bytes: 0, docs: 0, points: 0, identities: 0, problems: [] }
    const copy = async (source: DocStorage, target: DocStorage, key: string, what: string) => {
      const result = await copyDoc(source, target, key)
      if (result.bytes > 0) copied.docs++
      copied.bytes += result.bytes
      copied.problems.push(...result.problems.map((problem) => `${what}: ${problem}`))
    }
    await copy(from.docs, to.docs, record.id, 'board')
    await copy(from.trash, to.trash, record.id, 'trash')
    await copy(from.ballots, to.ballots, record.id, 'ballots')
    for (const participant of await from.privateDocs.participants(record.id)) {
      await copy(from.privateDocs.session(record.id), to.privateDocs.session(record.id), participant, `private document ${participant}`)
    }
    for (const point of await from.points.list(record.id)) {
      const records = await from.points.read(record.id, point.at)
      if (!records) {
        copied.problems.push(`history point ${new Date(point.at).toISOString()} cannot be read; not copied`)
        continue
      }
      const written = await to.points.write(record.id, records, point.at)
      copied.points++
      copied.bytes += written.bytes
    }
    const identities = await from.identities.exportSession(record.id)
    await to.identities.importSession(record.id, identities)
    copied.identities = identities.length
    summary.sessions++
    summary.bytes += copied.bytes
    summary.problems += copied.problems.length
    onSession(copied)
  }
  for (const series of new Set(sessions.map(seriesIdOf))) {
    const changes = await from.seriesLog.read(series)
    if (changes.length === 0) continue
    for (const change of changes) await to.seriesLog.append(series, change)
    summary.series++
    summary.changes += changes.length
  }
  await to.sessions.flush()
  return summary
}

/** One document as one snapshot of its whole state (nothing when the source has none). */
async function copyDoc(source: DocStorage, target: DocStorage, key: string): Promise<{ bytes: number; problems: string[] }> {
  const loaded = await source.load(key)
  source.release(key)
  if (loaded.updates.length === 0) return { bytes: 0, problems: loaded.problems }
  const doc = new Y.Doc()
  Y.transact(doc, () => {
    for (const update of loaded.updates) Y.applyUpdate(doc, update)
  })
  const state = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  await target.compact(key, state)
  target.release(key)
  return { bytes: state.byteLength, problems: loaded.problems }
}
