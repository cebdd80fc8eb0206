// Framing of the update log, version 1: what earlier versions wrote, still read (logFormat.ts tells the
// versions apart and writes version 2). Pure: no I/O, so the crash cases are testable byte by byte.
// Record layout: [u32 LE payload length][u32 LE crc32 of payload][payload]. A bad record stops the
// reader: nothing after it can be found again, which is why version 2 exists.
import { crc32 } from 'node:zlib'

export const FRAME_HEADER_BYTES = 8
/** Larger lengths cannot come from our writer, so the decoder reads them as corruption. */
export const MAX_FRAME_PAYLOAD = 64 * 1024 * 1024

export interface FrameProblem {
  /** Byte offset of the first bad frame (equals `goodBytes`). */
  offset: number
  /** `torn`: the last frame runs past the end of the buffer (write cut by a crash). `corrupt`: anything else. */
  kind: 'torn' | 'corrupt'
  detail: string
}

export interface DecodedFrames {
  payloads: Uint8Array[]
  /** Offset just past the last good frame: truncating the file here leaves a clean log. */
  goodBytes: number
  problem?: FrameProblem
}

export function encodeFrame(payload: Uint8Array): Uint8Array {
  // An empty payload would make the all-zero header a valid frame (crc32 of nothing is 0), so a
  // zero-filled region left by a filesystem after a power cut would decode as records. Refuse both ways.
  if (payload.length === 0) throw new RangeError('frame payload must not be empty')
  // Refuse what the decoder would reject, instead of writing a record that can never be read back.
  if (payload.length > MAX_FRAME_PAYLOAD) {
    throw new RangeError(`frame payload of ${payload.length} bytes exceeds ${MAX_FRAME_PAYLOAD}`)
  }
  const frame = new Uint8Array(FRAME_HEADER_BYTES + payload.length)
  const view = new DataView(frame.buffer)
  view.setUint32(0, payload.length, true)
  view.setUint32(4, crc32(payload) >>> 0, true)
  frame.set(payload, FRAME_HEADER_BYTES)
  return frame
}

/** Decodes frames until the end or the first bad frame. Payloads are views into `buf` (no copies). */
export function decodeFrames(buf: Uint8Array): DecodedFrames {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)
  const payloads: Uint8Array[] = []
  let offset = 0
  const stop = (kind: FrameProblem['kind'], detail: string): DecodedFrames => ({
    payloads,
    goodBytes: offset,
    problem: { offset, kind, detail },
  })

  while (offset < buf.length) {
    const remaining = buf.length - offset
    if (remaining < FRAME_HEADER_BYTES) {
      return stop('torn', `incomplete frame header: ${remaining} of ${FRAME_HEADER_BYTES} bytes`)
    }
    const length = view.getUint32(offset, true)
    const expectedCrc = view.getUint32(offset + 4, true)
    // Checked before "runs past the end": an impossible length is damage, not a cut-off write.
    if (length === 0 || length > MAX_FRAME_PAYLOAD) {
      return stop('corrupt', `impossible frame length ${length}`)
    }
    if (FRAME_HEADER_BYTES + length > remaining) {
      return stop('torn', `frame of ${length} bytes cut off after ${remaining - FRAME_HEADER_BYTES}`)
    }
    const start = offset + FRAME_HEADER_BYTES
    // A plain Uint8Array view, even when `buf` is a Buffer, so callers see one type.
    const payload = new Uint8Array(buf.buffer, buf.byteOffset + start, length)
    const actualCrc = crc32(payload) >>> 0
    if (actualCrc !== expectedCrc) {
      return stop('corrupt', `crc mismatch (stored ${hex(expectedCrc)}, computed ${hex(actualCrc)})`)
    }
    payloads.push(payload)
    offset = start + length
  }
  return { payloads, goodBytes: offset }
}

function hex(n: number): string {
  return n.toString(16).padStart(8, '0')
}
