import { describe, expect, it } from 'vitest'
import type { BoardRecord } from '../board/boardDoc.ts'
import { note } from '../areas/testFixtures.ts'
import { actionMeta } from './meta.ts'

const withMeta = (meta: unknown): BoardRecord => ({ ...note({ id: 'n' }), meta })

describe('actionMeta', () => {
  it('reads well-formed fields', () => {
    const action = { marked: true, status: 'done', owner: 'Anna', due: '2026-12-15' }
    expect(actionMeta(withMeta({ action }))).toEqual(action)
  })

  it('keeps explicit nulls: cleared by hand', () => {
    expect(actionMeta(withMeta({ action: { owner: null, due: null } }))).toEqual({ owner: null, due: null })
  })

  it('trims owners; an owner emptied by hand counts as cleared', () => {
    expect(actionMeta(withMeta({ action: { owner: '  Anna ' } }))).toEqual({ owner: 'Anna' })
    expect(actionMeta(withMeta({ action: { owner: '   ' } }))).toEqual({ owner: null })
  })

  it('drops malformed fields and survives any meta at all', () => {
    expect(actionMeta(withMeta({ action: { marked: 1, status: 'finished', owner: 5, due: '2026-02-30', extra: true } }))).toEqual({})
    for (const meta of [undefined, null, 'x', [], { action: null }, { action: [] }, { action: 'marked' }]) {
      expect(actionMeta(withMeta(meta))).toEqual({})
    }
  })
})
