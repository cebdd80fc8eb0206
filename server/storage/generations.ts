// A session's document files, by generation. Generation N (N ≥ 1) is the snapshot <id>.g<N>.snap, the
// whole document at the N-th compaction, and the log <id>.g<N>.log of the updates after it. Generation
// 0 has no snapshot: its base is the empty document. A document is the newest intact snapshot plus every
// log from its generation on; compaction keeps the generation before the new one, so when the newest
// snapshot is damaged the one before it and its log give the same document. Pure: names only, no I/O.
//
// Data dirs of earlier versions hold <id>.snap and <id>.log: that is generation 1, or 0 without a
// snapshot (legacyRenames).

export type FileKind = 'snap' | 'log'

export function generationFile(sessionId: string, generation: number, kind: FileKind): string {
  return `${sessionId}.g${generation}.${kind}`
}

export interface Generations {
  /** Generations that have a snapshot file, newest first. */
  snaps: number[]
  /** Generations that have a log file, oldest first. */
  logs: number[]
  /** The highest generation with any file; 0 when there is none. Appends go to its log. */
  newest: number
}

/** The generations among a directory's file names (other sessions' files and other suffixes ignored). */
export function listGenerations(sessionId: string, names: readonly string[]): Generations {
  const pattern = new RegExp(`^${sessionId}\\.g(\\d{1,15})\\.(snap|log)$`)
  const snaps: number[] = []
  const logs: number[] = []
  for (const name of names) {
    const match = pattern.exec(name)
    if (!match) continue
    const generation = Number(match[1])
    ;(match[2] === 'snap' ? snaps : logs).push(generation)
  }
  snaps.sort((a, b) => b - a)
  logs.sort((a, b) => a - b)
  return { snaps, logs, newest: Math.max(0, ...snaps, ...logs) }
}

/**
 * The renames that turn an earlier version's <id>.log and <id>.snap into generation files. The log goes
 * first: after a crash between the two, the snapshot still decides the log's generation on the retry.
 */
export function legacyRenames(sessionId: string, names: readonly string[]): Array<[from: string, to: string]> {
  const hasSnap = names.includes(`${sessionId}.snap`)
  const renames: Array<[string, string]> = []
  if (names.includes(`${sessionId}.log`)) renames.push([`${sessionId}.log`, generationFile(sessionId, hasSnap ? 1 : 0, 'log')])
  if (hasSnap) renames.push([`${sessionId}.snap`, generationFile(sessionId, 1, 'snap')])
  return renames
}

/** Files of generations older than `keepFrom`: what compaction may delete once the new generation is durable. */
export function olderThan(sessionId: string, names: readonly string[], keepFrom: number): string[] {
  const { snaps, logs } = listGenerations(sessionId, names)
  return [
    ...snaps.filter((g) => g < keepFrom).map((g) => generationFile(sessionId, g, 'snap')),
    ...logs.filter((g) => g < keepFrom).map((g) => generationFile(sessionId, g, 'log')),
  ]
}
