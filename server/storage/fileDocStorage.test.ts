import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { FileDocStorage } from './fileDocStorage.ts'
import { encodeFrame } from './frames.ts'
import { encodeRecord, LOG_FILE_HEADER, RECORD_HEADER_BYTES } from './logFormat.ts'
import { encodeSnapshot } from './snapshotFormat.ts'

let dir: string
let storage: FileDocStorage
let logged: { level: string; msg: string }[]
const ID = 'board_1-A'

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbord-docs-'))
  logged = []
  storage = new FileDocStorage(dir, (level, msg) => logged.push({ level, msg }))
})
afterEach(() => {
  vi.restoreAllMocks()
  storage.release(ID)
  fs.rmSync(dir, { recursive: true, force: true })
})

const files = () => fs.readdirSync(dir).sort()
const logFile = (generation = 0) => path.join(dir, `${ID}.g${generation}.log`)
const snapFile = (generation = 1) => path.join(dir, `${ID}.g${generation}.snap`)
const FILE_HEADER = LOG_FILE_HEADER.length
const RECORD = RECORD_HEADER_BYTES

/** Real Yjs updates: each call sets one key of map 'm' and returns the update it produced. */
function editor() {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (u: Uint8Array) => updates.push(u))
  return {
    doc,
    set(key: string, value: unknown): Uint8Array {
      doc.getMap('m').set(key, value)
      return updates[updates.length - 1]!
    },
  }
}

function replay(updates: Uint8Array[]): unknown {
  const doc = new Y.Doc()
  for (const u of updates) Y.applyUpdate(doc, u)
  return doc.getMap('m').toJSON()
}

describe('FileDocStorage', () => {
  it('returns an empty result for a session without files', () => {
    expect(storage.load(ID)).toEqual({ updates: [], problems: [] })
    expect(storage.logBytes(ID)).toBe(0)
    expect(files()).toEqual([])
  })

  it('appends and loads records in order, counting log bytes', () => {
    const records = [new Uint8Array([1]), new Uint8Array([2, 2]), new Uint8Array([3, 3, 3])]
    for (const r of records) storage.append(ID, r)
    expect(storage.logBytes(ID)).toBe(FILE_HEADER + 3 * RECORD + 6)
    expect(fs.statSync(logFile()).size).toBe(storage.logBytes(ID))
    // A second instance (a restarted process) sees the same data.
    const other = new FileDocStorage(dir)
    expect(other.load(ID)).toEqual({ updates: records, problems: [] })
    expect(other.logBytes(ID)).toBe(storage.logBytes(ID))
  })

  it('appends a group (group commit) in one write, one record per update, after single records', () => {
    storage.append(ID, new Uint8Array([1]))
    const group = [new Uint8Array([2, 2]), new Uint8Array([3, 3, 3])]
    storage.append(ID, group)
    expect(storage.logBytes(ID)).toBe(FILE_HEADER + 3 * RECORD + 6)
    expect(new FileDocStorage(dir).load(ID)).toEqual({ updates: [new Uint8Array([1]), ...group], problems: [] })
  })

  it('creates the directory recursively', () => {
    const nested = path.join(dir, 'a', 'b')
    new FileDocStorage(nested).append(ID, new Uint8Array([1]))
    expect(fs.existsSync(path.join(nested, `${ID}.g0.log`))).toBe(true)
  })

  it('recovers from a torn tail cut at every byte of the last frame', () => {
    const records = [new Uint8Array([1, 1]), new Uint8Array([2, 2, 2]), new Uint8Array(40).fill(9)]
    for (const r of records) storage.append(ID, r)
    storage.release(ID)
    const full = fs.readFileSync(logFile())
    const lastStart = full.length - (RECORD + 40)
    const extra = new Uint8Array([4, 4])
    for (let cut = lastStart + 1; cut < full.length; cut++) {
      fs.writeFileSync(logFile(), full.subarray(0, cut))
      const fresh = new FileDocStorage(dir)
      const loaded = fresh.load(ID)
      expect(loaded.updates).toEqual(records.slice(0, 2))
      expect(loaded.problems).toHaveLength(1)
      expect(loaded.problems[0]).toMatch(/torn/)
      expect(fs.statSync(logFile()).size).toBe(lastStart)
      fresh.append(ID, extra)
      fresh.release(ID)
      const reloaded = new FileDocStorage(dir).load(ID)
      expect(reloaded).toEqual({ updates: [...records.slice(0, 2), extra], problems: [] })
    }
    // Torn tails are expected after a crash: no quarantine copies.
    expect(files()).toEqual([`${ID}.g0.log`])
  })

  it('repairs a torn tail even when append comes before any load', () => {
    storage.append(ID, new Uint8Array([1]))
    storage.release(ID)
    fs.appendFileSync(logFile(), encodeRecord(new Uint8Array([7, 7, 7])).subarray(0, 3))
    const fresh = new FileDocStorage(dir, (level, msg) => logged.push({ level, msg }))
    fresh.append(ID, new Uint8Array([2]))
    fresh.release(ID)
    expect(new FileDocStorage(dir).load(ID).updates).toEqual([new Uint8Array([1]), new Uint8Array([2])])
    expect(logged.some((l) => l.level === 'warn' && /torn/.test(l.msg))).toBe(true)
  })

  it('sets a damaged middle record aside, keeps the records after it, and rewrites the log without it', () => {
    const records = [new Uint8Array([1, 1]), new Uint8Array([2, 2]), new Uint8Array([3, 3])]
    for (const r of records) storage.append(ID, r)
    storage.release(ID)
    const original = fs.readFileSync(logFile())
    const damaged = Buffer.from(original)
    damaged[FILE_HEADER + RECORD + 2 + RECORD]! ^= 0xff // first payload byte of record 2
    fs.writeFileSync(logFile(), damaged)

    const loaded = storage.load(ID)
    expect(loaded.updates).toEqual([records[0], records[2]])
    expect(loaded.problems).toHaveLength(1)
    expect(loaded.problems[0]).toMatch(/1 damaged record set aside \(byte 26: payload checksum mismatch\); kept 2 records/)
    const quarantined = files().filter((f) => f.startsWith(`${ID}.g0.log.corrupt-`))
    expect(quarantined).toHaveLength(1)
    expect(fs.readFileSync(path.join(dir, quarantined[0]!))).toEqual(damaged)
    expect(loaded.quarantined).toEqual(quarantined)
    expect(fs.statSync(logFile()).size).toBe(FILE_HEADER + 2 * (RECORD + 2))
    expect(logged.some((l) => l.level === 'warn')).toBe(true)

    // The repaired log accepts appends and reads cleanly.
    storage.append(ID, new Uint8Array([4]))
    expect(storage.load(ID)).toEqual({ updates: [records[0], records[2], new Uint8Array([4])], problems: [] })
  })

  it('one flipped byte in record 20 of a 101-record log costs that record only, wherever the byte is', () => {
    const ed = editor()
    const records = Array.from({ length: 101 }, (_, i) => ed.set(`note${i}`, `tekst ${i}`))
    for (const r of records) storage.append(ID, r)
    storage.release(ID)
    const clean = fs.readFileSync(logFile())
    const start = FILE_HEADER + records.slice(0, 20).reduce((n, r) => n + RECORD + r.length, 0)
    for (const at of [start, start + 5, start + 9, start + 13, start + RECORD, start + RECORD + records[20]!.length - 1]) {
      const damaged = Buffer.from(clean)
      damaged[at]! ^= 0x04
      fs.writeFileSync(logFile(), damaged)
      const loaded = new FileDocStorage(dir).load(ID)
      expect(loaded.updates, `byte ${at - start} of the record`).toEqual([...records.slice(0, 20), ...records.slice(21)])
      expect(loaded.problems).toHaveLength(1)
    }
  })

  it('compact then append then load gives the snapshot and the new updates', () => {
    const ed = editor()
    for (let i = 0; i < 5; i++) storage.append(ID, ed.set(`k${i}`, i))
    storage.compact(ID, Y.encodeStateAsUpdate(ed.doc))
    expect(storage.logBytes(ID)).toBe(0)
    expect(fs.existsSync(logFile(1))).toBe(false)
    const later = ed.set('late', 'yes')
    storage.append(ID, later)
    expect(storage.logBytes(ID)).toBe(FILE_HEADER + RECORD + later.length)

    const loaded = new FileDocStorage(dir).load(ID)
    expect(loaded.problems).toEqual([])
    expect(loaded.updates).toHaveLength(2)
    expect(loaded.updates[1]).toEqual(later)
    expect(replay(loaded.updates)).toEqual(ed.doc.getMap('m').toJSON())
    // The generation before stays: the fallback should the new snapshot be damaged.
    expect(files()).toEqual([`${ID}.g0.log`, `${ID}.g1.log`, `${ID}.g1.snap`])
  })

  it('keeps only the previous generation once a newer one is durable', () => {
    const ed = editor()
    for (let round = 0; round < 4; round++) {
      storage.append(ID, ed.set(`k${round}`, round))
      storage.compact(ID, Y.encodeStateAsUpdate(ed.doc))
    }
    storage.append(ID, ed.set('last', true))
    expect(files()).toEqual([`${ID}.g3.log`, `${ID}.g3.snap`, `${ID}.g4.log`, `${ID}.g4.snap`])
    expect(replay(new FileDocStorage(dir).load(ID).updates)).toEqual(ed.doc.getMap('m').toJSON())
  })

  it('compacts a session whose log was never opened', () => {
    const ed = editor()
    ed.set('a', 1)
    storage.compact(ID, Y.encodeStateAsUpdate(ed.doc))
    expect(replay(new FileDocStorage(dir).load(ID).updates)).toEqual({ a: 1 })
  })

  it('loads the right state after a crash at any step of compaction', () => {
    const ed = editor()
    for (let i = 0; i < 3; i++) storage.append(ID, ed.set(`k${i}`, i))
    storage.compact(ID, Y.encodeStateAsUpdate(ed.doc))
    for (let i = 3; i < 5; i++) storage.append(ID, ed.set(`k${i}`, i))
    ed.doc.getMap('m').delete('k1')
    storage.append(ID, Y.encodeStateAsUpdate(ed.doc))
    storage.release(ID)
    const before = new Map(files().map((name) => [name, fs.readFileSync(path.join(dir, name))]))
    const restore = () => {
      for (const name of files()) fs.rmSync(path.join(dir, name))
      for (const [name, bytes] of before) fs.writeFileSync(path.join(dir, name), bytes)
    }
    const expected = ed.doc.getMap('m').toJSON()
    expect(expected).toEqual({ k0: 0, k2: 2, k3: 3, k4: 4 })

    // Died while writing the new snapshot: its temp file is garbage, the old generation is whole.
    fs.writeFileSync(path.join(dir, `${ID}.g2.snap.tmp`), 'half a snapshot')
    let loaded = new FileDocStorage(dir).load(ID)
    expect(loaded.problems).toEqual([])
    expect(replay(loaded.updates)).toEqual(expected)
    expect(files()).toEqual([...before.keys()])

    // Died after the rename, before older generations were deleted: they are left-overs, not read.
    new FileDocStorage(dir).compact(ID, Y.encodeStateAsUpdate(ed.doc))
    const after = files()
    restore()
    fs.writeFileSync(snapFile(2), encodeSnapshot(Y.encodeStateAsUpdate(ed.doc)))
    loaded = new FileDocStorage(dir).load(ID)
    expect(loaded.problems).toEqual([])
    expect(loaded.updates).toHaveLength(1)
    expect(replay(loaded.updates)).toEqual(expected)
    // The next compaction deletes what the interrupted one would have.
    const again = new FileDocStorage(dir)
    again.compact(ID, Y.encodeStateAsUpdate(ed.doc))
    expect(files()).toEqual([`${ID}.g2.snap`, `${ID}.g3.snap`])
    expect(after).toEqual([`${ID}.g1.log`, `${ID}.g1.snap`, `${ID}.g2.snap`])
  })

  it('ignores and removes leftover temp files', () => {
    storage.append(ID, new Uint8Array([1]))
    fs.writeFileSync(path.join(dir, `${ID}.snap.tmp`), 'half a snapshot of an older version')
    fs.writeFileSync(path.join(dir, `${ID}.g1.snap.tmp`), 'half a snapshot')
    fs.writeFileSync(path.join(dir, `${ID}.g0.log.tmp`), 'half a repaired log')
    expect(storage.load(ID)).toEqual({ updates: [new Uint8Array([1])], problems: [] })
    expect(files()).toEqual([`${ID}.g0.log`])
  })

  it('sets a corrupt snapshot aside and falls back to the previous generation and the logs since', () => {
    const ed = editor()
    for (let i = 0; i < 50; i++) storage.append(ID, ed.set(`a${i}`, i))
    storage.compact(ID, Y.encodeStateAsUpdate(ed.doc))
    for (let i = 0; i < 10; i++) storage.append(ID, ed.set(`b${i}`, i))
    storage.compact(ID, Y.encodeStateAsUpdate(ed.doc))
    const update = ed.set('new', 2)
    storage.append(ID, update)
    storage.release(ID)
    const snap = fs.readFileSync(snapFile(2))
    snap[snap.length - 1]! ^= 0x01
    fs.writeFileSync(snapFile(2), snap)

    const loaded = storage.load(ID)
    expect(replay(loaded.updates)).toEqual(ed.doc.getMap('m').toJSON())
    expect(Object.keys(replay(loaded.updates) as object)).toHaveLength(61)
    expect(loaded.problems).toHaveLength(2)
    expect(loaded.problems[0]).toMatch(/snapshot board_1-A\.g2\.snap is corrupt \(crc mismatch\); moved to board_1-A\.g2\.snap\.corrupt-/)
    expect(loaded.problems[1]).toMatch(/loaded generation 1/)
    expect(fs.existsSync(snapFile(2))).toBe(false)
    const quarantined = files().filter((f) => f.startsWith(`${ID}.g2.snap.corrupt-`))
    expect(loaded.quarantined).toEqual(quarantined)
    expect(quarantined).toHaveLength(1)
    expect(fs.readFileSync(path.join(dir, quarantined[0]!))).toEqual(snap)

    // It goes on from there: new edits, and the next compaction, keep the document whole.
    const after = ed.set('after', 3)
    storage.append(ID, after)
    storage.compact(ID, Y.encodeStateAsUpdate(ed.doc))
    expect(new FileDocStorage(dir).load(ID)).toMatchObject({ problems: [] })
    expect(replay(new FileDocStorage(dir).load(ID).updates)).toEqual(ed.doc.getMap('m').toJSON())
  })

  it('falls back to the empty document and the first log when the first snapshot is corrupt', () => {
    const ed = editor()
    storage.append(ID, ed.set('old', 1))
    storage.compact(ID, Y.encodeStateAsUpdate(ed.doc))
    storage.append(ID, ed.set('new', 2))
    for (const junk of ['', 'SB', 'XXXX1234payload']) {
      fs.writeFileSync(snapFile(1), junk)
      const loaded = new FileDocStorage(dir).load(ID)
      expect(loaded.problems[0]).toMatch(/snapshot/)
      expect(replay(loaded.updates)).toEqual({ old: 1, new: 2 })
    }
    expect(files().filter((f) => f.startsWith(`${ID}.g1.snap.corrupt-`))).toHaveLength(3)
  })

  it('loads a data dir of an earlier version (no generations, log records without markers) and goes on in this format', () => {
    const ed = editor()
    const before = [ed.set('a', 1), ed.set('b', 2)]
    fs.writeFileSync(path.join(dir, `${ID}.snap`), encodeSnapshot(Y.encodeStateAsUpdate(ed.doc)))
    const after = [ed.set('c', 3), ed.set('d', 4)]
    fs.writeFileSync(path.join(dir, `${ID}.log`), Buffer.concat(after.map(encodeFrame)))
    fs.writeFileSync(path.join(dir, 'other.log'), Buffer.concat(before.map(encodeFrame)))

    const loaded = storage.load(ID)
    expect(loaded.problems).toEqual([])
    expect(replay(loaded.updates)).toEqual({ a: 1, b: 2, c: 3, d: 4 })
    expect(files()).toEqual([`${ID}.g1.log`, `${ID}.g1.snap`, 'other.log'])
    expect([...fs.readFileSync(logFile(1)).subarray(0, 4)]).toEqual([...LOG_FILE_HEADER.subarray(0, 4)])
    storage.append(ID, ed.set('e', 5))
    expect(replay(new FileDocStorage(dir).load(ID).updates)).toEqual({ a: 1, b: 2, c: 3, d: 4, e: 5 })

    // A session that never compacted: its log is generation 0. Appending before any load converts it too.
    const continued = editor()
    for (const u of before) Y.applyUpdate(continued.doc, u)
    new FileDocStorage(dir).append('other', continued.set('f', 6))
    expect(files()).toContain('other.g0.log')
    expect(Object.keys(replay(new FileDocStorage(dir).load('other').updates) as object)).toEqual(['a', 'b', 'f'])
    storage.release('other')
  })

  it('moves aside a log of an unknown (newer) version instead of overwriting it', () => {
    storage.append(ID, new Uint8Array([1]))
    storage.release(ID)
    const bytes = fs.readFileSync(logFile())
    bytes[4] = 9
    fs.writeFileSync(logFile(), bytes)
    const loaded = storage.load(ID)
    expect(loaded.updates).toEqual([])
    expect(loaded.problems[0]).toMatch(/unknown format/)
    expect(fs.readFileSync(path.join(dir, loaded.quarantined![0]!))).toEqual(bytes)
  })

  it('rejects invalid session ids before touching the filesystem', () => {
    const bad = ['', '../x', 'a/b', 'a\\b', '..', 'a.b', 'x'.repeat(65), 'naïve', 'a b', 'a\0b']
    for (const id of bad) {
      expect(() => storage.load(id)).toThrow(/invalid session id/)
      expect(() => storage.append(id, new Uint8Array([1]))).toThrow(/invalid session id/)
      expect(() => storage.compact(id, new Uint8Array([1]))).toThrow(/invalid session id/)
      expect(() => storage.logBytes(id)).toThrow(/invalid session id/)
      expect(() => storage.release(id)).toThrow(/invalid session id/)
      expect(() => storage.remove(id)).toThrow(/invalid session id/)
    }
    expect(files()).toEqual([])
    expect(fs.readdirSync(path.dirname(dir)).some((f) => f === 'x.log')).toBe(false)
  })

  it('remove deletes every file of the session and nothing else', () => {
    storage.append('other', new Uint8Array([1]))
    storage.append(ID, new Uint8Array([1]))
    storage.compact(ID, new Uint8Array([2]))
    storage.append(ID, new Uint8Array([3]))
    fs.writeFileSync(path.join(dir, `${ID}.g2.snap.tmp`), 'x')
    fs.writeFileSync(path.join(dir, `${ID}.log.corrupt-2020-01-01T00-00-00-000Z`), 'x')
    fs.writeFileSync(path.join(dir, `${ID}.g1.snap.corrupt-2020-01-01T00-00-00-000Z`), 'x')
    storage.remove(ID)
    expect(files()).toEqual(['other.g0.log'])
    expect(storage.logBytes(ID)).toBe(0)
    expect(() => storage.remove(ID)).not.toThrow() // missing files are fine
    expect(storage.load(ID)).toEqual({ updates: [], problems: [] })
    storage.release('other')
  })

  it('release closes the log and later appends reopen it', () => {
    storage.append(ID, new Uint8Array([1]))
    storage.release(ID)
    storage.release(ID) // idempotent
    storage.append(ID, new Uint8Array([2]))
    expect(storage.load(ID).updates).toEqual([new Uint8Array([1]), new Uint8Array([2])])
  })

  it('throws on I/O errors instead of swallowing them', () => {
    fs.mkdirSync(logFile()) // a directory where the log should be
    expect(() => storage.append(ID, new Uint8Array([1]))).toThrow()
    expect(() => storage.load(ID)).toThrow()
  })

  it('cuts off a half-written frame when an append fails, so later records stay readable', () => {
    storage.append(ID, new Uint8Array([1]))
    const realWrite = fs.writeSync
    const full = (): never => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
    }
    /** write(2) on a filling disk: `n` bytes reach the file, then (optionally) the call fails. */
    const partial = (n: number, fail: boolean) =>
      ((fd: number, buf: Uint8Array, off: number): number => {
        const written = realWrite(fd, buf, off, n)
        return fail ? full() : written
      }) as typeof fs.writeSync
    // A short write, then an error on the next call.
    const spy = vi.spyOn(fs, 'writeSync').mockImplementationOnce(partial(5, false)).mockImplementationOnce(full)
    expect(() => storage.append(ID, new Uint8Array([2, 2, 2, 2]))).toThrow(/ENOSPC/)
    expect(fs.statSync(logFile()).size).toBe(FILE_HEADER + RECORD + 1)
    // A write that fails outright may still leave bytes behind.
    spy.mockImplementationOnce(partial(3, true))
    expect(() => storage.append(ID, new Uint8Array([2, 2, 2, 2]))).toThrow(/ENOSPC/)
    expect(fs.statSync(logFile()).size).toBe(FILE_HEADER + RECORD + 1)
    // If even cutting the partial frame fails, the next append cuts it first.
    spy.mockImplementationOnce(partial(3, true))
    const truncate = vi.spyOn(fs, 'ftruncateSync').mockImplementationOnce(full)
    expect(() => storage.append(ID, new Uint8Array([2, 2, 2, 2]))).toThrow(/ENOSPC/)
    expect(fs.statSync(logFile()).size).toBe(FILE_HEADER + RECORD + 1 + 3)
    truncate.mockRestore()
    spy.mockRestore()
    expect(storage.logBytes(ID)).toBe(FILE_HEADER + RECORD + 1)
    storage.append(ID, new Uint8Array([3]))
    const loaded = new FileDocStorage(dir).load(ID)
    expect(loaded).toEqual({ updates: [new Uint8Array([1]), new Uint8Array([3])], problems: [] })
  })

  it('supports fsync after every append', () => {
    const durable = new FileDocStorage(dir, undefined, { fsync: true })
    durable.append(ID, new Uint8Array([1]))
    durable.release(ID)
    expect(storage.load(ID).updates).toEqual([new Uint8Array([1])])
  })
})
