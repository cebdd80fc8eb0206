// The write policy on analyses made by hand: who may write what, under which lock.
import { describe, expect, it } from 'vitest'
import type { BoardRecord } from '../../shared/board/boardDoc.ts'
import type { LockState } from '../../shared/facilitation/types.ts'
import type { Role } from '../storage/types.ts'
import type { RecordTouch, UpdateAnalysis } from './updateGuard.ts'
import { judgeUpdate } from './writePolicy.ts'

const area = (fields: Partial<BoardRecord> = {}): BoardRecord =>
  ({
    id: 'shape:area',
    typeName: 'shape',
    type: 'sb-area',
    x: 0,
    y: 0,
    rotation: 0,
    parentId: 'page:board',
    index: 'a1',
    opacity: 1,
    isLocked: true,
    props: { kind: 'quadrant' },
    meta: {},
    ...fields,
  }) as BoardRecord

const touch = (val: BoardRecord): RecordTouch => ({ key: val.id, typeName: val.typeName, type: val.type as string, val })

function analysis(fields: Partial<UpdateAnalysis> = {}): UpdateAnalysis {
  return { roots: new Set(['records']), unresolved: false, inserted: [], deleted: [], ...fields }
}

function judge(a: UpdateAnalysis, role: Role, lock: Partial<LockState> = {}, stored: BoardRecord[] = []) {
  const byId = new Map(stored.map((r) => [r.id, r]))
  return judgeUpdate(a, { role, lock: () => ({ board: false, structure: true, ...lock }), current: (key) => byId.get(key) })
}

describe('judgeUpdate', () => {
  it('drops whatever a view link sends', () => {
    expect(judge(analysis(), 'view').do).toBe('drop')
  })

  it('closes any connection that writes a protected root, facilitator included', () => {
    for (const root of ['participants', 'control', 'votes']) {
      for (const role of ['join', 'facilitator'] as const) {
        const verdict = judge(analysis({ roots: new Set(['records', root]) }), role)
        expect(verdict).toMatchObject({ do: 'close', code: 4403 })
      }
    }
  })

  it('drops a join link\'s updates while the board is locked, never the facilitator\'s', () => {
    expect(judge(analysis(), 'join', { board: true })).toMatchObject({ do: 'drop' })
    expect(judge(analysis(), 'facilitator', { board: true })).toEqual({ do: 'apply' })
    expect(judge(analysis(), 'join', { board: false })).toEqual({ do: 'apply' })
  })

  it('asks for a resync instead of applying what cannot be judged yet', () => {
    expect(judge(analysis({ unresolved: true }), 'join').do).toBe('resync')
    expect(judge(analysis({ unresolved: true }), 'facilitator').do).toBe('resync')
  })

  it('under the structure lock, drops moving, unlocking, changing or removing locked structure by a join link', () => {
    const before = area()
    const moved = judge(analysis({ deleted: [touch(before)], inserted: [touch(area({ x: 40 }))] }), 'join')
    expect(moved).toMatchObject({ do: 'drop' })
    expect(judge(analysis({ deleted: [touch(before)], inserted: [touch(area({ isLocked: false }))] }), 'join').do).toBe('drop')
    expect(judge(analysis({ deleted: [touch(before)] }), 'join').do).toBe('drop')
    const label = area({ id: 'shape:q', type: 'sb-label', props: { text: '' } })
    expect(judge(analysis({ deleted: [touch(label)], inserted: [touch({ ...label, props: { text: 'Wat nu?' } })] }), 'join').do).toBe('drop')
    // An entry added beside the stored one (YKeyValue keeps the right-most) is judged against the stored one.
    expect(judge(analysis({ inserted: [touch(area({ x: 40 }))] }), 'join', {}, [before]).do).toBe('drop')
    // The facilitator moves structure; without the lock, so may anyone.
    expect(judge(analysis({ deleted: [touch(before)], inserted: [touch(area({ x: 40 }))] }), 'facilitator').do).toBe('apply')
    expect(judge(analysis({ deleted: [touch(before)], inserted: [touch(area({ x: 40 }))] }), 'join', { structure: false }).do).toBe('apply')
  })

  it('under the structure lock, lets new templates, clusters, notes and meta-only changes through', () => {
    expect(judge(analysis({ inserted: [touch(area({ id: 'shape:new' }))] }), 'join').do).toBe('apply')
    const cluster = area({ id: 'shape:c', isLocked: false, props: { kind: 'cluster' } })
    expect(judge(analysis({ deleted: [touch(cluster)], inserted: [touch({ ...cluster, x: 300 })] }), 'join').do).toBe('apply')
    const note = area({ id: 'shape:n', type: 'note', isLocked: false })
    expect(judge(analysis({ deleted: [touch(note)], inserted: [touch({ ...note, x: 9 })] }), 'join').do).toBe('apply')
    const before = area()
    expect(judge(analysis({ deleted: [touch(before)], inserted: [touch({ ...before, meta: { seen: true } })] }), 'join').do).toBe('apply')
  })
})
