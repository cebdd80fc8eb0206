import { describe, expect, it } from 'vitest'
import { forgetIn, MY_SESSIONS_MAX, parseMySessions, rememberIn, type MySession } from './mySessions.ts'

const entry = (id: string, openedAt: string, extra: Partial<MySession> = {}): MySession => ({
  id,
  title: `Sessie ${id}`,
  facilitator: `tok_${id}`,
  createdAt: '2026-03-01T10:00:00.000Z',
  openedAt,
  ...extra,
})

describe('Mijn sessies', () => {
  it('reads back what it stored, newest first', () => {
    const list = rememberIn(rememberIn([], entry('a', ''), new Date('2026-03-01T10:00:00Z')), entry('b', ''), new Date('2026-03-02T10:00:00Z'))
    expect(parseMySessions(JSON.stringify(list)).map((s) => s.id)).toEqual(['b', 'a'])
  })

  it('brings a session opened again to the top with its new title, once', () => {
    const list = [entry('b', '2026-03-02T10:00:00.000Z'), entry('a', '2026-03-01T10:00:00.000Z')]
    const again = rememberIn(list, { ...entry('a', ''), title: 'Nieuwe titel' }, new Date('2026-03-03T10:00:00Z'))
    expect(again.map((s) => [s.id, s.title])).toEqual([
      ['a', 'Nieuwe titel'],
      ['b', 'Sessie b'],
    ])
  })

  it('ignores what it did not write: junk, wrong shapes, tokens that are no tokens, duplicates', () => {
    expect(parseMySessions(null)).toEqual([])
    expect(parseMySessions('{not json')).toEqual([])
    expect(parseMySessions('{"id":"a"}')).toEqual([])
    const stored = JSON.stringify([
      entry('a', '2026-03-01T10:00:00.000Z'),
      { ...entry('b', '2026-03-01T10:00:00.000Z'), facilitator: 'javascript:alert(1)' },
      { id: 'c', title: 3 },
      entry('a', '2026-03-05T10:00:00.000Z', { title: 'Later' }),
      { ...entry('d', '2026-03-02T10:00:00.000Z'), extra: 'dropped' },
    ])
    const parsed = parseMySessions(stored)
    expect(parsed.map((s) => [s.id, s.title])).toEqual([
      ['a', 'Later'],
      ['d', 'Sessie d'],
    ])
    expect(Object.keys(parsed[1]!)).not.toContain('extra')
  })

  it('keeps at most MY_SESSIONS_MAX, dropping the least recently opened', () => {
    let list: MySession[] = []
    for (let i = 0; i < MY_SESSIONS_MAX + 5; i++) list = rememberIn(list, entry(`s${i}`, ''), new Date(Date.UTC(2026, 0, 1, 0, i)))
    expect(list).toHaveLength(MY_SESSIONS_MAX)
    expect(list[0]!.id).toBe(`s${MY_SESSIONS_MAX + 4}`)
    expect(list.map((s) => s.id)).not.toContain('s0')
  })

  it('forgets one session and nothing else', () => {
    const list = [entry('a', '2'), entry('b', '1')]
    expect(forgetIn(list, 'a').map((s) => s.id)).toEqual(['b'])
  })
})
