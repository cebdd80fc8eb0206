import { describe, expect, it } from 'vitest'
import { decodeFrames, encodeFrame, FRAME_HEADER_BYTES, MAX_FRAME_PAYLOAD } from './frames.ts'

const bytes = (...values: number[]) => new Uint8Array(values)
const concat = (parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}
const payloads = [bytes(1), bytes(2, 3, 4), new Uint8Array(1000).fill(7), bytes(255, 0, 255)]

describe('frames', () => {
  it('round-trips a sequence of payloads', () => {
    const buf = concat(payloads.map(encodeFrame))
    const decoded = decodeFrames(buf)
    expect(decoded.problem).toBeUndefined()
    expect(decoded.goodBytes).toBe(buf.length)
    expect(decoded.payloads).toEqual(payloads)
  })

  it('writes the documented header: u32 LE length, u32 LE crc32', () => {
    const frame = encodeFrame(new TextEncoder().encode('abc'))
    const view = new DataView(frame.buffer)
    expect(view.getUint32(0, true)).toBe(3)
    expect(view.getUint32(4, true)).toBe(0x352441c2) // crc32("abc")
    expect(frame.length).toBe(FRAME_HEADER_BYTES + 3)
  })

  it('decodes an empty buffer and a Buffer with an offset', () => {
    expect(decodeFrames(new Uint8Array(0))).toEqual({ payloads: [], goodBytes: 0 })
    const inner = concat([bytes(9, 9, 9), encodeFrame(bytes(5, 6))])
    const decoded = decodeFrames(Buffer.from(inner).subarray(3))
    expect(decoded.payloads).toEqual([bytes(5, 6)])
  })

  it('reports a torn tail at every cut inside the last frame', () => {
    const frames = payloads.map(encodeFrame)
    const buf = concat(frames)
    const lastStart = buf.length - frames[frames.length - 1]!.length
    expect(decodeFrames(buf.subarray(0, lastStart)).problem).toBeUndefined()
    for (let cut = lastStart + 1; cut < buf.length; cut++) {
      const decoded = decodeFrames(buf.subarray(0, cut))
      expect(decoded.payloads).toEqual(payloads.slice(0, -1))
      expect(decoded.goodBytes).toBe(lastStart)
      expect(decoded.problem).toMatchObject({ kind: 'torn', offset: lastStart })
    }
  })

  it('stops at a crc mismatch in the middle and calls it corrupt', () => {
    const frames = payloads.map(encodeFrame)
    const buf = concat(frames)
    const secondStart = frames[0]!.length
    buf[secondStart + FRAME_HEADER_BYTES + 1]! ^= 0x10
    const decoded = decodeFrames(buf)
    expect(decoded.payloads).toEqual([payloads[0]])
    expect(decoded.goodBytes).toBe(secondStart)
    expect(decoded.problem).toMatchObject({ kind: 'corrupt', offset: secondStart })
    expect(decoded.problem?.detail).toMatch(/crc/)
  })

  it('calls an absurd or zero length corrupt, even when it would also run past the end', () => {
    const huge = concat([encodeFrame(bytes(1)), new Uint8Array(16)])
    new DataView(huge.buffer).setUint32(9, MAX_FRAME_PAYLOAD + 1, true)
    expect(decodeFrames(huge).problem).toMatchObject({ kind: 'corrupt', offset: 9 })
    // A zero-filled region (what a filesystem may leave after a power cut) must not decode as records.
    const zeros = concat([encodeFrame(bytes(1)), new Uint8Array(64)])
    expect(decodeFrames(zeros)).toMatchObject({ goodBytes: 9, problem: { kind: 'corrupt' } })
  })

  it('refuses payloads the decoder could not read back', () => {
    expect(() => encodeFrame(new Uint8Array(0))).toThrow(RangeError)
    expect(() => encodeFrame(new Uint8Array(MAX_FRAME_PAYLOAD + 1))).toThrow(RangeError)
  })
})
