import { describe, expect, it } from 'vitest'
import { SessionQueue } from './sessionQueue.ts'

describe('SessionQueue', () => {
  it('runs one operation at a time per session, in order, through errors; other sessions do not wait', async () => {
    const queue = new SessionQueue()
    const seen: string[] = []
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    const first = queue.run('a', async () => {
      seen.push('a1 start')
      await gate
      seen.push('a1 end')
    })
    const failing = queue.run('a', () => {
      seen.push('a2')
      throw new Error('refused')
    })
    const third = queue.run('a', () => seen.push('a3'))
    await queue.run('b', () => seen.push('b1'))
    expect(seen).toEqual(['a1 start', 'b1'])
    release()
    await first
    await expect(failing).rejects.toThrow('refused')
    await third
    expect(seen).toEqual(['a1 start', 'b1', 'a1 end', 'a2', 'a3'])
  })
})
