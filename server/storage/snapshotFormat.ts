// A snapshot file: 'SBS1', u32 LE crc32 of the payload, then the payload (the whole document as one
// Yjs update). Pure: no I/O.
import { crc32 } from 'node:zlib'

const SNAP_MAGIC = new Uint8Array([0x53, 0x42, 0x53, 0x31]) // 'SBS1'
const SNAP_HEADER_BYTES = 8

export function encodeSnapshot(payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(SNAP_HEADER_BYTES + payload.length)
  out.set(SNAP_MAGIC, 0)
  new DataView(out.buffer).setUint32(4, crc32(payload) >>> 0, true)
  out.set(payload, SNAP_HEADER_BYTES)
  return out
}

/** The snapshot payload, or a string saying what is wrong with the file. */
export function decodeSnapshot(buf: Uint8Array): Uint8Array | string {
  if (buf.length < SNAP_HEADER_BYTES) return `only ${buf.length} bytes`
  if (!SNAP_MAGIC.every((b, i) => buf[i] === b)) return 'bad magic'
  const stored = new DataView(buf.buffer, buf.byteOffset, buf.byteLength).getUint32(4, true)
  const payload = new Uint8Array(buf.buffer, buf.byteOffset + SNAP_HEADER_BYTES, buf.length - SNAP_HEADER_BYTES)
  if (crc32(payload) >>> 0 !== stored) return 'crc mismatch'
  return payload
}
