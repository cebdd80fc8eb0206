// Framing of the update log, version 2. Pure: no I/O, so damage and crash cases are testable byte by byte.
//
// File:   'SBLG' u32 LE version (2), then records.
// Record: 'SBR2' | u32 LE payload length | u32 LE crc32(payload) | u32 LE crc32(the 12 bytes before) | payload
//
// Version 1 (frames.ts: length and crc per record, no marker) stops at the first bad record, so one
// flipped byte hid every record after it. Here each record starts with a marker and carries its own
// header checksum: a record whose payload is damaged is skipped by its (intact) length, and one whose
// header is damaged is passed over by scanning for the next marker that starts an intact record. A
// damaged record costs that record only. A log without the file header is version 1 and is read as such.
import { crc32 } from 'node:zlib'
import { decodeFrames, MAX_FRAME_PAYLOAD, type FrameProblem } from './frames.ts'

const LOG_VERSION = 2
/** 'SBLG' and the version: a version 1 log cannot start like this (its length would be over 1 GB). */
export const LOG_FILE_HEADER = Uint8Array.of(0x53, 0x42, 0x4c, 0x47, LOG_VERSION, 0, 0, 0)
const RECORD_MARKER = Uint8Array.of(0x53, 0x42, 0x52, 0x32) // 'SBR2'
export const RECORD_HEADER_BYTES = 16

export function encodeRecord(payload: Uint8Array): Uint8Array {
  // An empty payload could be mistaken for padding; the v1 writer refused it too.
  if (payload.length === 0) throw new RangeError('record payload must not be empty')
  if (payload.length > MAX_FRAME_PAYLOAD) throw new RangeError(`record payload of ${payload.length} bytes exceeds ${MAX_FRAME_PAYLOAD}`)
  const record = new Uint8Array(RECORD_HEADER_BYTES + payload.length)
  const view = new DataView(record.buffer)
  record.set(RECORD_MARKER, 0)
  view.setUint32(4, payload.length, true)
  view.setUint32(8, crc32(payload) >>> 0, true)
  view.setUint32(12, crc32(record.subarray(0, 12)) >>> 0, true)
  record.set(payload, RECORD_HEADER_BYTES)
  return record
}

/** A whole version 2 log holding these payloads, as a rewrite after damage or a version 1 log needs. */
export function encodeLog(payloads: readonly Uint8Array[]): Uint8Array {
  const records = payloads.map(encodeRecord)
  const out = new Uint8Array(LOG_FILE_HEADER.length + records.reduce((n, r) => n + r.length, 0))
  out.set(LOG_FILE_HEADER, 0)
  let at = LOG_FILE_HEADER.length
  for (const record of records) {
    out.set(record, at)
    at += record.length
  }
  return out
}

/** Bytes in the middle of a log that held no intact record, skipped. */
export interface DamagedRange {
  offset: number
  bytes: number
  detail: string
}

export interface DecodedLog {
  /** 1: no file header (an older server wrote it); 2: this format; 'unknown': a newer version's header. */
  format: 1 | 2 | 'unknown'
  payloads: Uint8Array[]
  /** Damaged records skipped between intact ones (version 2 only). */
  damaged: DamagedRange[]
  /** Just past the last intact record (or the file header): truncating here leaves a clean log. */
  goodBytes: number
  /** What lies after `goodBytes`, when anything does: a write cut off by a crash (`torn`) or damage. */
  tail?: FrameProblem
}

export function decodeLog(buf: Uint8Array): DecodedLog {
  const header = LOG_FILE_HEADER
  if (buf.length < header.length && buf.every((b, i) => b === header[i])) {
    // Empty, or the file header itself was cut off: no record was ever written.
    const tail: FrameProblem | undefined = buf.length > 0 ? { offset: 0, kind: 'torn', detail: `file header cut off after ${buf.length} bytes` } : undefined
    return { format: 2, payloads: [], damaged: [], goodBytes: 0, ...(tail ? { tail } : {}) }
  }
  if (buf.length >= 4 && header.subarray(0, 4).every((b, i) => b === buf[i])) {
    const version = new DataView(buf.buffer, buf.byteOffset, buf.byteLength).getUint32(4, true)
    if (buf.length < header.length || version !== LOG_VERSION) {
      return {
        format: 'unknown',
        payloads: [],
        damaged: [],
        goodBytes: 0,
        tail: { offset: 0, kind: 'corrupt', detail: `log version ${version} is not ${LOG_VERSION}` },
      }
    }
    return decodeRecords(buf)
  }
  const v1 = decodeFrames(buf)
  return { format: 1, payloads: v1.payloads, damaged: [], goodBytes: v1.goodBytes, ...(v1.problem ? { tail: v1.problem } : {}) }
}

type ReadRecord =
  | { ok: true; payload: Uint8Array; end: number }
  /** `length` is set when the header is intact: its length can be trusted. */
  | { ok: false; detail: string; length?: number }

function readRecord(buf: Uint8Array, view: DataView, offset: number): ReadRecord {
  if (buf.length - offset < RECORD_HEADER_BYTES) return { ok: false, detail: `only ${buf.length - offset} bytes, less than a record header` }
  if (!RECORD_MARKER.every((b, i) => buf[offset + i] === b)) return { ok: false, detail: 'no record marker' }
  const headerCrc = crc32(buf.subarray(offset, offset + 12)) >>> 0
  if (headerCrc !== view.getUint32(offset + 12, true)) return { ok: false, detail: 'record header checksum mismatch' }
  const length = view.getUint32(offset + 4, true)
  if (length === 0 || length > MAX_FRAME_PAYLOAD) return { ok: false, detail: `impossible record length ${length}` }
  const end = offset + RECORD_HEADER_BYTES + length
  if (end > buf.length) return { ok: false, detail: `record of ${length} bytes cut off after ${buf.length - offset - RECORD_HEADER_BYTES}`, length }
  // A plain Uint8Array view, even when `buf` is a Buffer, so callers see one type.
  const payload = new Uint8Array(buf.buffer, buf.byteOffset + offset + RECORD_HEADER_BYTES, length)
  if (crc32(payload) >>> 0 !== view.getUint32(offset + 8, true)) return { ok: false, detail: 'payload checksum mismatch', length }
  return { ok: true, payload, end }
}

/** The offset of the next intact record at or after `from`, or undefined when there is none. */
function nextIntact(buf: Uint8Array, view: DataView, from: number): number | undefined {
  const bytes = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength)
  for (let at = bytes.indexOf(RECORD_MARKER, from); at >= 0; at = bytes.indexOf(RECORD_MARKER, at + 1)) {
    if (readRecord(buf, view, at).ok) return at
  }
  return undefined
}

function decodeRecords(buf: Uint8Array): DecodedLog {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)
  const payloads: Uint8Array[] = []
  const damaged: DamagedRange[] = []
  let offset = LOG_FILE_HEADER.length
  let goodBytes = offset
  while (offset < buf.length) {
    const record = readRecord(buf, view, offset)
    if (record.ok) {
      payloads.push(record.payload)
      offset = goodBytes = record.end
      continue
    }
    // With an intact header, the record's own length says where the next one starts; its payload is
    // never searched for markers. Otherwise scan for the next marker that starts an intact record.
    const byLength = record.length !== undefined ? offset + RECORD_HEADER_BYTES + record.length : undefined
    const next =
      byLength !== undefined && byLength <= buf.length && (byLength === buf.length || readRecord(buf, view, byLength).ok)
        ? byLength
        : nextIntact(buf, view, offset + 1)
    if (next === undefined || (next === buf.length && byLength === undefined)) {
      return { format: 2, payloads, damaged, goodBytes, tail: { offset, kind: isTorn(buf, offset, record) ? 'torn' : 'corrupt', detail: record.detail } }
    }
    damaged.push({ offset, bytes: next - offset, detail: record.detail })
    offset = next
  }
  return { format: 2, payloads, damaged, goodBytes }
}

/** A prefix of a record that a crash cut off: part of the marker, or an intact header whose payload runs past the end. */
function isTorn(buf: Uint8Array, offset: number, record: Extract<ReadRecord, { ok: false }>): boolean {
  const remaining = buf.length - offset
  if (remaining < RECORD_HEADER_BYTES) return RECORD_MARKER.subarray(0, Math.min(4, remaining)).every((b, i) => buf[offset + i] === b)
  return record.length !== undefined && offset + RECORD_HEADER_BYTES + record.length > buf.length
}
