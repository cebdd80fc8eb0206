// Document persistence on the local filesystem: per session a snapshot (<id>.snap) plus an append-only
// log of Yjs updates since that snapshot (<id>.log).
//
// Durability: append returns only after write(2) returned for the whole frame, so the bytes are in the
// kernel page cache and survive a crash or kill -9 of this process. They do NOT necessarily survive a
// power loss or kernel crash; that is out of scope unless the `fsync` option is set, which fsyncs after
// every append (much slower). Compaction always fsyncs the new snapshot, since it replaces data.
import fs from 'node:fs'
import path from 'node:path'
import { crc32 } from 'node:zlib'
import { decodeFrames, encodeFrame } from './frames.ts'
import type { DocStorage, LoadedDoc } from './types.ts'

export type StorageLog = (level: 'info' | 'warn' | 'error', msg: string, fields?: object) => void

export interface FileDocStorageOptions {
  /** fsync the log after every append: survives power loss, costs a disk flush per edit. Default false. */
  fsync?: boolean
}

/** Ids become file names, so only this alphabet is accepted: no separators, dots or empty names. */
export const SESSION_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

/** Picks the quarantined file's name out of a problem report (the reports below name it this way). */
const QUARANTINED_NAME = /(?:moved|copied the log) to (\S+?\.corrupt-[^\s,]+)/

const SNAP_MAGIC = new Uint8Array([0x53, 0x42, 0x53, 0x31]) // 'SBS1'
const SNAP_HEADER_BYTES = 8 // magic + u32 LE crc32 of the payload

interface LogState {
  fd?: number
  /** Size of the intact log on disk; undefined until the log was read (and repaired) in this process. */
  size?: number
  /** A failed append left bytes we could not cut off: cut them before the next append. */
  needsTruncate: boolean
}

export class FileDocStorage implements DocStorage {
  private readonly dir: string
  private readonly log: StorageLog
  private readonly fsyncAppends: boolean
  private readonly logs = new Map<string, LogState>()

  constructor(dir: string, log?: StorageLog, options: FileDocStorageOptions = {}) {
    this.dir = dir
    this.log = log ?? (() => {})
    this.fsyncAppends = options.fsync ?? false
    fs.mkdirSync(dir, { recursive: true })
  }

  load(sessionId: string): LoadedDoc {
    checkId(sessionId)
    const problems: string[] = []
    const updates: Uint8Array[] = []
    // A leftover temp file means a compaction died before its rename: the old snapshot + log are still
    // the complete state, so the temp file is just garbage.
    removeIfExists(this.file(sessionId, '.snap.tmp'))
    const snapshot = this.readSnapshot(sessionId, problems)
    if (snapshot && snapshot.length > 0) updates.push(snapshot)
    updates.push(...this.readLog(sessionId, problems))
    for (const problem of problems) this.log('warn', problem, { sessionId })
    const quarantined = problems.flatMap((p) => QUARANTINED_NAME.exec(p)?.[1] ?? [])
    return quarantined.length > 0 ? { updates, problems, quarantined } : { updates, problems }
  }

  append(sessionId: string, update: Uint8Array): void {
    checkId(sessionId)
    const frame = encodeFrame(update)
    const state = this.openLog(sessionId)
    const fd = state.fd as number
    const size = state.size as number
    if (state.needsTruncate) {
      fs.ftruncateSync(fd, size)
      state.needsTruncate = false
    }
    let written = 0
    try {
      while (written < frame.length) {
        const n = fs.writeSync(fd, frame, written, frame.length - written)
        if (n <= 0) throw new Error(`write to log of session ${sessionId} made no progress`)
        written += n
      }
      if (this.fsyncAppends) fs.fsyncSync(fd)
    } catch (err) {
      // A half-written frame followed by later appends would sit in the middle of the log and read as
      // corruption, hiding every record after it. Cut it off now, or before the next append. Done even
      // when `written` is 0: a failing write(2) may still have left bytes behind.
      try {
        fs.ftruncateSync(fd, size)
      } catch {
        state.needsTruncate = true
      }
      throw err
    }
    state.size = size + frame.length
  }

  compact(sessionId: string, stateUpdate: Uint8Array): void {
    checkId(sessionId)
    const tmp = this.file(sessionId, '.snap.tmp')
    writeDurably(tmp, encodeSnapshot(stateUpdate))
    fs.renameSync(tmp, this.file(sessionId, '.snap'))
    this.fsyncDir()
    // If the process dies here, the old log stays and is replayed over the new snapshot on load. That is
    // harmless: Yjs updates are idempotent, so applying ones already contained in the snapshot changes nothing.
    const state = this.state(sessionId)
    if (state.fd !== undefined) fs.ftruncateSync(state.fd, 0)
    else truncateIfExists(this.file(sessionId, '.log'))
    state.size = 0
    state.needsTruncate = false
  }

  logBytes(sessionId: string): number {
    checkId(sessionId)
    const known = this.logs.get(sessionId)?.size
    if (known !== undefined) return known
    try {
      return fs.statSync(this.file(sessionId, '.log')).size
    } catch (err) {
      if (isNotFound(err)) return 0
      throw err
    }
  }

  release(sessionId: string): void {
    checkId(sessionId)
    const state = this.logs.get(sessionId)
    this.logs.delete(sessionId)
    if (state?.fd !== undefined) fs.closeSync(state.fd)
  }

  setAside(sessionId: string, json: string): string {
    checkId(sessionId)
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    let target = this.file(sessionId, `.set-aside-${stamp}.json`)
    for (let n = 1; fs.existsSync(target); n++) target = this.file(sessionId, `.set-aside-${stamp}-${n}.json`)
    writeDurably(target, Buffer.from(json, 'utf8'))
    this.fsyncDir()
    return path.basename(target)
  }

  remove(sessionId: string): void {
    this.release(sessionId)
    for (const suffix of ['.log', '.snap', '.snap.tmp']) removeIfExists(this.file(sessionId, suffix))
    // Quarantined copies hold the session's content too; deleting a session must not leave them behind.
    // Ids contain no '.', so the prefix "<id>." cannot match another session's files.
    const prefixes = [`${sessionId}.log.corrupt-`, `${sessionId}.snap.corrupt-`, `${sessionId}.set-aside-`]
    for (const name of fs.readdirSync(this.dir)) {
      if (prefixes.some((p) => name.startsWith(p))) removeIfExists(path.join(this.dir, name))
    }
  }

  private file(sessionId: string, suffix: string): string {
    return path.join(this.dir, sessionId + suffix)
  }

  private state(sessionId: string): LogState {
    let state = this.logs.get(sessionId)
    if (!state) {
      state = { needsTruncate: false }
      this.logs.set(sessionId, state)
    }
    return state
  }

  /** Returns the session's log state with an open fd and a known, repaired size. */
  private openLog(sessionId: string): LogState {
    const state = this.state(sessionId)
    if (state.size === undefined) {
      // Appending without a prior load: repair the tail first, or the new record would land behind a
      // torn frame and be unreadable.
      const problems: string[] = []
      this.readLog(sessionId, problems)
      for (const problem of problems) this.log('warn', problem, { sessionId })
    }
    if (state.fd === undefined) state.fd = fs.openSync(this.file(sessionId, '.log'), 'a')
    return state
  }

  private readSnapshot(sessionId: string, problems: string[]): Uint8Array | undefined {
    const file = this.file(sessionId, '.snap')
    const buf = readIfExists(file)
    if (!buf) return undefined
    const payload = decodeSnapshot(buf)
    if (typeof payload === 'string') {
      const moved = quarantine(file, 'rename')
      problems.push(`snapshot ${path.basename(file)} is corrupt (${payload}); moved to ${moved}, loading the log alone`)
      return undefined
    }
    return payload
  }

  /** Reads the intact records of the log and truncates it after the last one. Sets the known size. */
  private readLog(sessionId: string, problems: string[]): Uint8Array[] {
    const file = this.file(sessionId, '.log')
    const state = this.state(sessionId)
    const buf = readIfExists(file)
    if (!buf) {
      state.size = 0
      return []
    }
    const { payloads, goodBytes, problem } = decodeFrames(buf)
    if (problem) {
      let msg =
        `log ${path.basename(file)}: ${problem.kind} frame at byte ${problem.offset} of ${buf.length} ` +
        `(${problem.detail}); kept ${payloads.length} records`
      // A torn tail is the expected result of a crash mid-write and holds no complete record: drop it.
      // Corruption may hide intact records behind it, so keep a full copy for manual recovery first.
      if (problem.kind === 'corrupt') msg += `, copied the log to ${quarantine(file, 'copy')}`
      fs.truncateSync(file, goodBytes)
      problems.push(`${msg}, truncated it to ${goodBytes} bytes`)
    }
    state.size = goodBytes
    state.needsTruncate = false
    return payloads
  }

  private fsyncDir(): void {
    // Makes the rename itself durable. Some platforms (Windows) cannot open or fsync a directory; there
    // the rename is as durable as the OS makes it.
    let fd: number | undefined
    try {
      fd = fs.openSync(this.dir, 'r')
      fs.fsyncSync(fd)
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM' && code !== 'EBADF') throw err
    } finally {
      if (fd !== undefined) fs.closeSync(fd)
    }
  }
}

function checkId(sessionId: string): void {
  if (typeof sessionId !== 'string' || !SESSION_ID_PATTERN.test(sessionId)) {
    throw new Error(`invalid session id ${JSON.stringify(String(sessionId).slice(0, 80))}`)
  }
}

function encodeSnapshot(payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(SNAP_HEADER_BYTES + payload.length)
  out.set(SNAP_MAGIC, 0)
  new DataView(out.buffer).setUint32(4, crc32(payload) >>> 0, true)
  out.set(payload, SNAP_HEADER_BYTES)
  return out
}

/** The snapshot payload, or a string saying what is wrong with the file. */
function decodeSnapshot(buf: Uint8Array): Uint8Array | string {
  if (buf.length < SNAP_HEADER_BYTES) return `only ${buf.length} bytes`
  if (!SNAP_MAGIC.every((b, i) => buf[i] === b)) return 'bad magic'
  const stored = new DataView(buf.buffer, buf.byteOffset, buf.byteLength).getUint32(4, true)
  const payload = new Uint8Array(buf.buffer, buf.byteOffset + SNAP_HEADER_BYTES, buf.length - SNAP_HEADER_BYTES)
  if ((crc32(payload) >>> 0) !== stored) return 'crc mismatch'
  return payload
}

/** Writes a whole file and fsyncs it; removes the partial file if anything fails. */
function writeDurably(file: string, data: Uint8Array): void {
  const fd = fs.openSync(file, 'w')
  try {
    let written = 0
    while (written < data.length) {
      const n = fs.writeSync(fd, data, written, data.length - written)
      if (n <= 0) throw new Error(`write to ${file} made no progress`)
      written += n
    }
    fs.fsyncSync(fd)
  } catch (err) {
    fs.closeSync(fd)
    removeIfExists(file)
    throw err
  }
  fs.closeSync(fd)
}

/** Moves (snapshot) or copies (log) a damaged file aside; returns the new base name. Never overwrites. */
function quarantine(file: string, mode: 'rename' | 'copy'): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  let target = `${file}.corrupt-${stamp}`
  for (let n = 1; fs.existsSync(target); n++) target = `${file}.corrupt-${stamp}-${n}`
  if (mode === 'rename') fs.renameSync(file, target)
  else fs.copyFileSync(file, target, fs.constants.COPYFILE_EXCL)
  return path.basename(target)
}

function readIfExists(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file)
  } catch (err) {
    if (isNotFound(err)) return undefined
    throw err
  }
}

function removeIfExists(file: string): void {
  try {
    fs.unlinkSync(file)
  } catch (err) {
    if (!isNotFound(err)) throw err
  }
}

function truncateIfExists(file: string): void {
  try {
    fs.truncateSync(file, 0)
  } catch (err) {
    if (!isNotFound(err)) throw err
  }
}

function isNotFound(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | undefined)?.code === 'ENOENT'
}
