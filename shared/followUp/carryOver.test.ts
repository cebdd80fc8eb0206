import { describe, expect, it } from 'vitest'
import type { Action, ActionStatus } from '../actions/types.ts'
import type { BoardRecord } from '../board/boardDoc.ts'
import { actionsToCarry } from './carryOver.ts'

const action = (id: string, status: ActionStatus): Action => ({
  id,
  noteId: id,
  text: id,
  owner: null,
  due: null,
  status,
  area: null,
  areaLabel: null,
  votes: 0,
})
const record = (id: string, meta: Record<string, unknown>) => ({ id, meta }) as unknown as BoardRecord

describe('actionsToCarry', () => {
  it('carries open and in-progress actions, and closed ones made or closed last time; not those closed before it', () => {
    const actions = [
      action('new-open', 'open'),
      action('new-done', 'done'),
      action('carried-open-now-done', 'done'),
      action('carried-done-still-done', 'done'),
      action('carried-dropped-still-dropped', 'dropped'),
      action('carried-done-reopened', 'doing'),
      action('carried-done-now-dropped', 'dropped'),
    ]
    const records = new Map([
      ['carried-open-now-done', record('carried-open-now-done', { carriedFrom: 'x', carriedStatus: 'open' })],
      ['carried-done-still-done', record('carried-done-still-done', { carriedFrom: 'x', carriedStatus: 'done' })],
      ['carried-dropped-still-dropped', record('carried-dropped-still-dropped', { carriedFrom: 'x', carriedStatus: 'dropped' })],
      ['carried-done-reopened', record('carried-done-reopened', { carriedFrom: 'x', carriedStatus: 'done' })],
      ['carried-done-now-dropped', record('carried-done-now-dropped', { carriedFrom: 'x', carriedStatus: 'done' })],
    ])
    expect(actionsToCarry(actions, (id) => records.get(id)).map((a) => a.id)).toEqual([
      'new-open',
      'new-done',
      'carried-open-now-done',
      'carried-done-reopened',
    ])
  })

  it('ignores a malformed carriedStatus', () => {
    const records = new Map([['a', record('a', { carriedStatus: 'finished' })]])
    expect(actionsToCarry([action('a', 'done')], (id) => records.get(id))).toHaveLength(1)
  })
})
