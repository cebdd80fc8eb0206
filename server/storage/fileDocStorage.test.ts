import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { FileDocStorage } from './fileDocStorage.ts'
import { FRAME_HEADER_BYTES } from './frames.ts'

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
const logFile = () => path.join(dir, `${ID}.log`)
const snapFile = () => path.join(dir, `${ID}.snap`)

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
    expect(storage.logBytes(ID)).toBe(3 * FRAME_HEADER_BYTES + 6)
    expect(fs.statSync(logFile()).size).toBe(storage.logBytes(ID))
    // A second instance (a restarted process) sees the same data.
    const other = new FileDocStorage(dir)
    expect(other.load(ID)).toEqual({ updates: records, problems: [] })
    expect(other.logBytes(ID)).toBe(storage.logBytes(ID))
  })

  it('creates the directory recursively', () => {
    const nested = path.join(dir, 'a', 'b')
    new FileDocStorage(nested).append(ID, new Uint8Array([1]))
    expect(fs.existsSync(path.join(nested, `${ID}.log`))).toBe(true)
  })

  it('recovers from a torn tail cut at every byte of the last frame', () => {
    const records = [new Uint8Array([1, 1]), new Uint8Array([2, 2, 2]), new Uint8Array(40).fill(9)]
    for (const r of records) storage.append(ID, r)
    storage.release(ID)
    const full = fs.readFileSync(logFile())
    const lastStart = full.length - (FRAME_HEADER_BYTES + 40)
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
    expect(files()).toEqual([`${ID}.log`])
  })

  it('repairs a torn tail even when append comes before any load', () => {
    storage.append(ID, new Uint8Array([1]))
    storage.release(ID)
    fs.appendFileSync(logFile(), new Uint8Array([5, 0, 0]))
    const fresh = new FileDocStorage(dir, (level, msg) => logged.push({ level, msg }))
    fresh.append(ID, new Uint8Array([2]))
    fresh.release(ID)
    expect(new FileDocStorage(dir).load(ID).updates).toEqual([new Uint8Array([1]), new Uint8Array([2])])
    expect(logged.some((l) => l.level === 'warn' && /torn/.test(l.msg))).toBe(true)
  })

  it('quarantines a log with a corrupt middle frame and keeps the good prefix', () => {
    const records = [new Uint8Array([1, 1]), new Uint8Array([2, 2]), new Uint8Array([3, 3])]
    for (const r of records) storage.append(ID, r)
    storage.release(ID)
    const original = fs.readFileSync(logFile())
    const damaged = Buffer.from(original)
    damaged[FRAME_HEADER_BYTES + 2 + FRAME_HEADER_BYTES]! ^= 0xff // first payload byte of record 2
    fs.writeFileSync(logFile(), damaged)

    const loaded = storage.load(ID)
    expect(loaded.updates).toEqual([records[0]])
    expect(loaded.problems).toHaveLength(1)
    expect(loaded.problems[0]).toMatch(/corrupt/)
    const quarantined = files().filter((f) => f.startsWith(`${ID}.log.corrupt-`))
    expect(quarantined).toHaveLength(1)
    expect(fs.readFileSync(path.join(dir, quarantined[0]!))).toEqual(damaged)
    expect(loaded.quarantined).toEqual(quarantined)
    expect(fs.statSync(logFile()).size).toBe(FRAME_HEADER_BYTES + 2)
    expect(logged.some((l) => l.level === 'warn')).toBe(true)

    // The repaired log accepts appends and reads cleanly.
    storage.append(ID, new Uint8Array([4]))
    expect(storage.load(ID)).toEqual({ updates: [records[0], new Uint8Array([4])], problems: [] })
  })

  it('compact then append then load gives the snapshot and the new updates', () => {
    const ed = editor()
    for (let i = 0; i < 5; i++) storage.append(ID, ed.set(`k${i}`, i))
    storage.compact(ID, Y.encodeStateAsUpdate(ed.doc))
    expect(storage.logBytes(ID)).toBe(0)
    expect(fs.statSync(logFile()).size).toBe(0)
    const later = ed.set('late', 'yes')
    storage.append(ID, later)
    expect(storage.logBytes(ID)).toBe(FRAME_HEADER_BYTES + later.length)

    const loaded = new FileDocStorage(dir).load(ID)
    expect(loaded.problems).toEqual([])
    expect(loaded.updates).toHaveLength(2)
    expect(loaded.updates[1]).toEqual(later)
    expect(replay(loaded.updates)).toEqual(ed.doc.getMap('m').toJSON())
    expect(files()).toEqual([`${ID}.log`, `${ID}.snap`])
  })

  it('compacts a session whose log was never opened', () => {
    const ed = editor()
    ed.set('a', 1)
    storage.compact(ID, Y.encodeStateAsUpdate(ed.doc))
    expect(replay(new FileDocStorage(dir).load(ID).updates)).toEqual({ a: 1 })
  })

  it('loads the right state after a crash between snapshot rename and log truncate', () => {
    const ed = editor()
    for (let i = 0; i < 5; i++) storage.append(ID, ed.set(`k${i}`, i))
    ed.doc.getMap('m').delete('k1')
    storage.append(ID, Y.encodeStateAsUpdate(ed.doc))
    storage.release(ID)
    const logBeforeCompaction = fs.readFileSync(logFile())
    storage.compact(ID, Y.encodeStateAsUpdate(ed.doc))
    // Simulate the truncate never happening: the snapshot is new, the log still holds everything.
    fs.writeFileSync(logFile(), logBeforeCompaction)

    const loaded = new FileDocStorage(dir).load(ID)
    expect(loaded.problems).toEqual([])
    expect(loaded.updates).toHaveLength(7)
    expect(replay(loaded.updates)).toEqual(ed.doc.getMap('m').toJSON())
    expect(replay(loaded.updates)).toEqual({ k0: 0, k2: 2, k3: 3, k4: 4 })
  })

  it('ignores and removes a leftover snapshot temp file', () => {
    storage.append(ID, new Uint8Array([1]))
    fs.writeFileSync(path.join(dir, `${ID}.snap.tmp`), 'half a snapshot')
    expect(storage.load(ID)).toEqual({ updates: [new Uint8Array([1])], problems: [] })
    expect(files()).toEqual([`${ID}.log`])
  })

  it('quarantines a corrupt snapshot and continues with the log', () => {
    const ed = editor()
    ed.set('old', 1)
    storage.compact(ID, Y.encodeStateAsUpdate(ed.doc))
    const update = ed.set('new', 2)
    storage.append(ID, update)
    const snap = fs.readFileSync(snapFile())
    snap[snap.length - 1]! ^= 0x01
    fs.writeFileSync(snapFile(), snap)

    const loaded = storage.load(ID)
    expect(loaded.updates).toEqual([update])
    expect(loaded.problems).toHaveLength(1)
    expect(loaded.problems[0]).toMatch(/snapshot .* corrupt \(crc mismatch\)/)
    expect(fs.existsSync(snapFile())).toBe(false)
    const quarantined = files().filter((f) => f.startsWith(`${ID}.snap.corrupt-`))
    expect(loaded.quarantined).toEqual(quarantined)
    expect(quarantined).toHaveLength(1)
    expect(fs.readFileSync(path.join(dir, quarantined[0]!))).toEqual(snap)

    for (const junk of ['', 'SB', 'XXXX1234payload']) {
      fs.writeFileSync(snapFile(), junk)
      expect(storage.load(ID).problems[0]).toMatch(/snapshot/)
    }
    expect(files().filter((f) => f.startsWith(`${ID}.snap.corrupt-`))).toHaveLength(4)
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
    fs.writeFileSync(path.join(dir, `${ID}.snap.tmp`), 'x')
    fs.writeFileSync(path.join(dir, `${ID}.log.corrupt-2020-01-01T00-00-00-000Z`), 'x')
    fs.writeFileSync(path.join(dir, `${ID}.snap.corrupt-2020-01-01T00-00-00-000Z`), 'x')
    storage.remove(ID)
    expect(files()).toEqual(['other.log'])
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
    expect(fs.statSync(logFile()).size).toBe(FRAME_HEADER_BYTES + 1)
    // A write that fails outright may still leave bytes behind.
    spy.mockImplementationOnce(partial(3, true))
    expect(() => storage.append(ID, new Uint8Array([2, 2, 2, 2]))).toThrow(/ENOSPC/)
    expect(fs.statSync(logFile()).size).toBe(FRAME_HEADER_BYTES + 1)
    // If even cutting the partial frame fails, the next append cuts it first.
    spy.mockImplementationOnce(partial(3, true))
    const truncate = vi.spyOn(fs, 'ftruncateSync').mockImplementationOnce(full)
    expect(() => storage.append(ID, new Uint8Array([2, 2, 2, 2]))).toThrow(/ENOSPC/)
    expect(fs.statSync(logFile()).size).toBe(FRAME_HEADER_BYTES + 1 + 3)
    truncate.mockRestore()
    spy.mockRestore()
    expect(storage.logBytes(ID)).toBe(FRAME_HEADER_BYTES + 1)
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
