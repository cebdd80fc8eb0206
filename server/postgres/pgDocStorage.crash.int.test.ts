// kill -9 of a process writing to PostgreSQL: every update it was told is stored loads afterwards, and
// the session stays loadable (no half-written group, no half-done compaction). Each trial runs two writers
// on the same session at once (two processes appending and compacting), each loading what the killed
// ones left and writing on, as restarted servers would.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, expect, it } from 'vitest'
import * as Y from 'yjs'
import { databaseForFile } from '../testing/backends.ts'
import type { Sql } from './database.ts'
import { PgDocStorage } from './pgDocStorage.ts'

const WRITER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../testing/pgDocWriter.ts')
const TRIALS = 3

const database = databaseForFile()
let sql: Sql

beforeAll(async () => {
  sql = await database.pool(2)
})

interface Writer {
  /** Loads the session and writes on until it reported `appends` stored appends, then is killed with SIGKILL; the keys it reported stored. */
  run(appends: number): Promise<string[]>
}

/** Starts a writer that connects and then waits: starting them all at once hides node's start-up time. */
async function startWriter(name: string): Promise<Writer> {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, 'crash', 'board', name], {
    env: { ...process.env, DATABASE_URL: database.url },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  const lines: Array<(line: string) => void> = []
  let buffer = ''
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString()
    const complete = buffer.split('\n')
    buffer = complete.pop()!
    for (const line of complete) for (const listener of lines) listener(line)
  })
  const until = (done: (line: string) => boolean) =>
    new Promise<void>((resolve, reject) => {
      lines.push((line) => done(line) && resolve())
      void exited.then(() => reject(new Error(`writer ${name} exited before it was killed: ${stderr}`)))
    })
  await until((line) => line === 'up')
  return {
    async run(appends) {
      const stored: string[] = []
      let count = 0
      const killed = until((line) => {
        if (!line.startsWith('stored ')) return false
        stored.push(...line.slice(7).split(' '))
        if (++count < appends) return false
        child.kill('SIGKILL')
        return true
      })
      child.stdin!.write('go\n')
      await killed
      await exited
      return stored
    },
  }
}

it(`loses no update a killed writer reported stored (${TRIALS} trials, two writers killed with SIGKILL in each)`, { timeout: 60_000 }, async () => {
  const writers = await Promise.all(Array.from({ length: 2 * TRIALS }, (_, i) => startWriter(`w${i}`)))
  const reported: string[] = []
  for (let trial = 0; trial < TRIALS; trial++) {
    // Anywhere in the first few compaction cycles: kills land in appends and in compactions.
    const killAfter = () => 1 + Math.floor(Math.random() * 35)
    for (const keys of await Promise.all([writers[2 * trial]!.run(killAfter()), writers[2 * trial + 1]!.run(killAfter())])) reported.push(...keys)
    const loaded = await new PgDocStorage(sql, 'crash').load('board')
    expect(loaded.problems).toEqual([])
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.mergeUpdates(loaded.updates))
    const map = doc.getMap('m')
    expect(reported.filter((key) => map.get(key) !== key)).toEqual([])
  }
  expect(reported.length).toBeGreaterThanOrEqual(2 * TRIALS)
})
