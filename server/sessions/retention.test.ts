import { describe, expect, it, vi } from 'vitest'
import type { SessionRecord } from '../storage/types.ts'
import { expiredSessions, sweepExpired } from './retention.ts'

const NOW = Date.parse('2026-06-01T12:00:00.000Z')
const record = (id: string, updatedAt: string): SessionRecord => ({
  id,
  title: id,
  joinToken: `j-${id}`,
  viewToken: `v-${id}`,
  facilitatorHash: `h-${id}`,
  joinCode: 'ABCDEFGH',
  createdAt: updatedAt,
  updatedAt,
})

describe('retention', () => {
  const list = async () => [
    record('old', '2026-04-01T00:00:00.000Z'),
    record('fresh', '2026-05-30T00:00:00.000Z'),
    record('old-but-busy', '2026-01-01T00:00:00.000Z'),
    record('unreadable', 'not a date'),
  ]
  const connections = (id: string) => (id === 'old-but-busy' ? 2 : 0)

  it('picks sessions older than the retention period that nobody is connected to', async () => {
    expect(await expiredSessions({ list, connections, retentionDays: 30 }, NOW)).toEqual(['old'])
    expect(await expiredSessions({ list, connections, retentionDays: 365 }, NOW)).toEqual([])
  })

  it('deletes each expired session and keeps going when one deletion fails', async () => {
    const log = { error: vi.fn(), info: vi.fn() }
    const many = async () => [record('a', '2020-01-01T00:00:00.000Z'), record('b', '2020-01-01T00:00:00.000Z')]
    const del = vi.fn(async (id: string) => {
      if (id === 'a') throw new Error('disk')
      return true
    })
    const count = await sweepExpired({ list: many, connections: () => 0, delete: del, log: log as never, retentionDays: 1, now: () => NOW })
    expect(count).toBe(1)
    expect(del).toHaveBeenCalledWith('b', 'retention')
    expect(log.error).toHaveBeenCalledTimes(1)
  })
})
