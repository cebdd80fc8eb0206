import { describe, expect, it } from 'vitest'
import { encodeFrame } from './frames.ts'
import { decodeLog, encodeLog, encodeRecord, LOG_FILE_HEADER, RECORD_HEADER_BYTES } from './logFormat.ts'

const payload = (i: number) => new Uint8Array(20 + (i % 7)).fill(i + 1)
const payloads = (n: number) => Array.from({ length: n }, (_, i) => payload(i))
/** Where record i starts in encodeLog(list). */
const recordStart = (list: Uint8Array[], i: number) => LOG_FILE_HEADER.length + list.slice(0, i).reduce((n, p) => n + RECORD_HEADER_BYTES + p.length, 0)

describe('log format version 2', () => {
  it('round-trips payloads behind the file header', () => {
    const list = payloads(5)
    const buf = encodeLog(list)
    expect([...buf.subarray(0, 8)]).toEqual([0x53, 0x42, 0x4c, 0x47, 2, 0, 0, 0])
    expect(decodeLog(buf)).toEqual({ format: 2, payloads: list, damaged: [], goodBytes: buf.length })
    expect(decodeLog(new Uint8Array(0))).toEqual({ format: 2, payloads: [], damaged: [], goodBytes: 0 })
    expect(decodeLog(encodeLog([]))).toEqual({ format: 2, payloads: [], damaged: [], goodBytes: 8 })
  })

  it('one flipped byte anywhere in a record costs that record only', () => {
    const list = payloads(101)
    const clean = encodeLog(list)
    const start = recordStart(list, 20)
    const end = recordStart(list, 21)
    for (let at = start; at < end; at++) {
      for (const flip of [0x01, 0xff]) {
        const buf = Uint8Array.from(clean)
        buf[at]! ^= flip
        const decoded = decodeLog(buf)
        expect(decoded.payloads, `byte ${at - start} ^ ${flip}`).toEqual([...list.slice(0, 20), ...list.slice(21)])
        expect(decoded.damaged).toMatchObject([{ offset: start, bytes: end - start }])
        expect(decoded.tail).toBeUndefined()
      }
    }
  })

  it('skips a damaged last record that is complete, and says so', () => {
    const list = payloads(3)
    const buf = encodeLog(list)
    buf[buf.length - 1]! ^= 0x10
    const decoded = decodeLog(buf)
    expect(decoded.payloads).toEqual(list.slice(0, 2))
    expect(decoded.damaged).toMatchObject([{ offset: recordStart(list, 2), detail: 'payload checksum mismatch' }])
    expect(decoded.goodBytes).toBe(recordStart(list, 2))
  })

  it('reports a torn tail at every cut inside the last record, and inside the file header', () => {
    const list = payloads(4)
    const buf = encodeLog(list)
    const lastStart = recordStart(list, 3)
    for (let cut = lastStart + 1; cut < buf.length; cut++) {
      const decoded = decodeLog(buf.subarray(0, cut))
      expect(decoded.payloads).toEqual(list.slice(0, 3))
      expect(decoded.damaged).toEqual([])
      expect(decoded.goodBytes).toBe(lastStart)
      expect(decoded.tail, `cut at ${cut}`).toMatchObject({ kind: 'torn', offset: lastStart })
    }
    for (let cut = 1; cut < 8; cut++) expect(decodeLog(buf.subarray(0, cut))).toMatchObject({ format: 2, payloads: [], goodBytes: 0, tail: { kind: 'torn' } })
  })

  it('calls a zero-filled or junk tail corrupt, and finds intact records after junk in the middle', () => {
    const list = payloads(3)
    const clean = encodeLog(list)
    const zeros = new Uint8Array(clean.length + 64)
    zeros.set(clean)
    expect(decodeLog(zeros)).toMatchObject({ payloads: list, goodBytes: clean.length, tail: { kind: 'corrupt' } })
    // Junk between two records (a record header overwritten): the record after it is found again.
    const junk = Uint8Array.from(clean)
    junk.fill(0xaa, recordStart(list, 1), recordStart(list, 1) + 10)
    expect(decodeLog(junk)).toMatchObject({ payloads: [list[0], list[2]], damaged: [{ offset: recordStart(list, 1), detail: 'no record marker' }] })
  })

  it('reads a log without the file header as version 1, and an unknown version as such', () => {
    const list = payloads(3)
    const v1 = new Uint8Array(list.reduce((n, p) => n + 8 + p.length, 0))
    let at = 0
    for (const p of list) {
      v1.set(encodeFrame(p), at)
      at += 8 + p.length
    }
    expect(decodeLog(v1)).toEqual({ format: 1, payloads: list, damaged: [], goodBytes: v1.length })
    expect(decodeLog(v1.subarray(0, v1.length - 3))).toMatchObject({ format: 1, payloads: list.slice(0, 2), tail: { kind: 'torn' } })
    const newer = encodeLog(list)
    newer[4] = 3
    expect(decodeLog(newer)).toMatchObject({ format: 'unknown', payloads: [], tail: { kind: 'corrupt' } })
  })

  it('refuses payloads the reader could not read back', () => {
    expect(() => encodeRecord(new Uint8Array(0))).toThrow(RangeError)
  })
})
