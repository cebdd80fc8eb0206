// The rooms' lifecycle hooks when a room is taken out at once: nothing more is written for it.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { FileDocStorage } from '../storage/fileDocStorage.ts'
import { AsyncDocStorage } from '../storage/types.ts'
import { silentLog } from '../testing/silentLog.ts'
import { CloseCode } from './protocol.ts'
import { type RoomHooks, Rooms } from './rooms.ts'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function rooms(heard: string[]): Rooms {
  const dir = mkdtempSync(path.join(tmpdir(), 'sb-rooms-'))
  dirs.push(dir)
  const hook: RoomHooks = {
    loaded: (room) => heard.push(`loaded ${room.id}`),
    unloading: (room, evicted) => heard.push(`unloading ${room.id} ${evicted ? 'no last write' : 'last write'}`),
    unloaded: (id) => heard.push(`unloaded ${id}`),
  }
  return new Rooms({ storage: new AsyncDocStorage(new FileDocStorage(dir)), log: silentLog, unloadAfterMs: 60_000, compactBytes: 1 << 20, hooks: [hook] })
}

describe('Rooms', () => {
  it('drops a room another process serves now: its clients told to reconnect, the hooks told that nothing more is written', async () => {
    const heard: string[] = []
    const all = rooms(heard)
    const room = await all.open('s1')
    const closed: number[] = []
    room.connect({ send: () => {}, close: (code) => closed.push(code) }, 'join')
    all.drop('s1')
    expect(closed).toEqual([CloseCode.reconnect])
    expect(heard).toEqual(['loaded s1', 'unloading s1 no last write', 'unloaded s1'])
    expect(all.get('s1')).toBeUndefined()
  })

  it('evicts a deleted session the same way, with 4410, and never opens it again', async () => {
    const heard: string[] = []
    const all = rooms(heard)
    const room = await all.open('s2')
    const closed: number[] = []
    room.connect({ send: () => {}, close: (code) => closed.push(code) }, 'join')
    await all.evict('s2')
    expect(closed).toEqual([CloseCode.deleted])
    expect(heard).toEqual(['loaded s2', 'unloading s2 no last write', 'unloaded s2'])
    await expect(all.open('s2')).rejects.toThrow('session deleted')
  })
})
