import { describe, expect, it } from 'vitest'
import type { BoardRecord } from '../board/boardDoc.ts'
import { note } from '../areas/testFixtures.ts'
import { applyActionPatch, toggleActionMark, validateActionPatch } from './edit.ts'

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner)
    Object.freeze(value)
  }
  return value
}

const errorOf = (input: unknown): string => {
  const result = validateActionPatch(input)
  if (result.ok) throw new Error(`expected an error for ${JSON.stringify(input)}`)
  return result.message
}

describe('validateActionPatch', () => {
  it('accepts owner, due and status, alone or together, trimming the owner', () => {
    expect(validateActionPatch({ owner: '  Jan de Vries ' })).toEqual({ ok: true, patch: { owner: 'Jan de Vries' } })
    expect(validateActionPatch({ due: '2026-12-15', status: 'done' })).toEqual({ ok: true, patch: { due: '2026-12-15', status: 'done' } })
    expect(validateActionPatch({ owner: null, due: null })).toEqual({ ok: true, patch: { owner: null, due: null } })
    expect(validateActionPatch({ owner: 'x'.repeat(120) }).ok).toBe(true)
  })

  it('names unknown fields', () => {
    expect(errorOf({ owner: 'Jan', priority: 1 })).toMatch(/unknown field "priority"/)
    expect(errorOf({ text: 'x', noteId: 'y' })).toMatch(/unknown fields "text", "noteId"/)
  })

  it('wants at least one field, in an object', () => {
    expect(errorOf({})).toMatch(/nothing to change/)
    expect(errorOf({ owner: undefined })).toMatch(/nothing to change/)
    for (const input of [null, 'owner', ['owner'], 3]) expect(errorOf(input)).toMatch(/expected an object/)
  })

  it('rejects empty, too long or non-string owners', () => {
    for (const owner of ['', '   ', 'x'.repeat(121), 5, true]) expect(errorOf({ owner })).toMatch(/owner must be/)
  })

  it('rejects owners with a line break, a tab or another control character inside', () => {
    for (const owner of ['Jan\rPiet', 'Jan\nPiet', 'Jan\r\nPiet', 'Jan\tPiet', 'Jan\u0000', 'Jan\u001b[31m', 'Jan\u2028Piet']) {
      expect(errorOf({ owner }), JSON.stringify(owner)).toMatch(/owner must be one line/)
    }
    // A line break at either end is trimmed away like any white space.
    expect(validateActionPatch({ owner: 'Jan\r\n' })).toEqual({ ok: true, patch: { owner: 'Jan' } })
  })

  it('rejects due dates that are not real YYYY-MM-DD days', () => {
    for (const due of ['2026-02-30', '15-12-2026', '2026-12-15T10:00', '', 20261215]) expect(errorOf({ due })).toMatch(/due must be/)
  })

  it('names each problem of a field once, in the order owner, due, status', () => {
    expect(errorOf({ owner: [] })).toBe('owner must be a name of 1 to 120 characters, or null to clear it')
    expect(errorOf({ status: 'x', owner: 'a\u0000'.repeat(70), due: 'x' })).toBe(
      'owner must be a name of 1 to 120 characters, or null to clear it; owner must be one line: no line breaks, tabs or other control characters; ' +
        'due must be a date as YYYY-MM-DD (a real day), or null to clear it; status must be one of open, doing, done, dropped',
    )
  })

  it('rejects unknown statuses and reports every problem at once', () => {
    expect(errorOf({ status: 'finished' })).toMatch(/status must be one of open, doing, done/)
    const message = errorOf({ status: 'x', due: 'x' })
    expect(message).toMatch(/status must be/)
    expect(message).toMatch(/due must be/)
  })
})

describe('applyActionPatch', () => {
  const record = (): BoardRecord => deepFreeze(note({ id: 'n', text: 'Zaal', votes: { u1: 1 }, meta: { action: { marked: true, future: 'kept' } } }))

  it('merges the patch into meta.action in a new record, keeping the rest of meta', () => {
    const before = record()
    const after = applyActionPatch(before, { owner: 'Piet', status: 'doing' })
    expect(after.meta).toEqual({ votes: { u1: 1 }, action: { marked: true, future: 'kept', owner: 'Piet', status: 'doing' } })
    expect(after.props).toEqual(before.props)
    expect(before.meta).toEqual({ votes: { u1: 1 }, action: { marked: true, future: 'kept' } })
  })

  it('writes null for a field cleared by hand, and never undefined', () => {
    const after = applyActionPatch(record(), { owner: null, due: undefined })
    expect(after.meta).toEqual({ votes: { u1: 1 }, action: { marked: true, future: 'kept', owner: null } })
    expect('due' in (after.meta as { action: object }).action).toBe(false)
  })

  it('starts a fresh meta.action when there is none or it is junk', () => {
    expect(applyActionPatch(note({ id: 'n' }), { due: '2026-12-15' }).meta).toEqual({ action: { due: '2026-12-15' } })
    const junk = { ...note({ id: 'n' }), meta: { action: 'open' } }
    expect(applyActionPatch(junk, { status: 'done' }).meta).toEqual({ action: { status: 'done' } })
  })
})

describe('toggleActionMark', () => {
  it('marks and unmarks without touching the other fields or the record', () => {
    const before = deepFreeze(note({ id: 'n', meta: { action: { owner: 'Anna', status: 'doing' } } }))
    const marked = toggleActionMark(before)
    expect(marked.meta).toEqual({ action: { owner: 'Anna', status: 'doing', marked: true } })
    expect(toggleActionMark(marked).meta).toEqual({ action: { owner: 'Anna', status: 'doing', marked: false } })
    expect(before.meta).toEqual({ action: { owner: 'Anna', status: 'doing' } })
  })

  it('treats a junk marked flag as unmarked', () => {
    const record = { ...note({ id: 'n' }), meta: { action: { marked: 'true' } } }
    expect((toggleActionMark(record).meta as { action: { marked: unknown } }).action.marked).toBe(true)
  })
})
