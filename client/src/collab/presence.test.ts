// Presence ↔ awareness on a real tldraw store and real y-protocols Awareness objects (no DOM, no
// network): a peer is a second Awareness whose updates are applied to ours, as the provider does.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { atom } from '@tldraw/state'
import {
  CameraRecordType,
  InstancePageStateRecordType,
  InstancePresenceRecordType,
  PageRecordType,
  PointerRecordType,
  TLINSTANCE_ID,
  TLPOINTER_ID,
  type TLInstancePresence,
  type TLPageId,
  type TLUser,
} from '@tldraw/tlschema'
import type { IndexKey } from '@tldraw/utils'
import { createTLStore, type TLStore } from 'tldraw'
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { boardSchema } from '../../../shared/board/index.ts'
import { bindPresence, PRESENCE_INTERVAL_MS, presenceIdFor, publishUser, untouchedAsInactive } from './presence.ts'
import type { AwarenessState } from './types.ts'

const PAGE = PageRecordType.createId('p1') as TLPageId
const USER: TLUser = { id: 'user:ann', name: 'Ann', color: '#d1495b', locale: 'nl', meta: {} } as unknown as TLUser

const cleanups: Array<() => void> = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup()
  vi.useRealTimers()
})

function awareness(): Awareness {
  const a = new Awareness(new Y.Doc())
  cleanups.push(() => a.destroy())
  return a
}

/** A store with what tldraw's presence derivation reads: instance, page state, camera, pointer. */
function usableStore(): TLStore {
  const store = createTLStore({ schema: boardSchema() })
  store.put([
    PageRecordType.create({ id: PAGE, name: 'Bord', index: 'a1' as IndexKey }),
    boardSchema().types.instance.create({ id: TLINSTANCE_ID, currentPageId: PAGE }),
    InstancePageStateRecordType.create({ id: InstancePageStateRecordType.createId(PAGE), pageId: PAGE }),
    CameraRecordType.create({ id: CameraRecordType.createId(PAGE) }),
    PointerRecordType.create({ id: TLPOINTER_ID }),
  ] as never)
  return store
}

/** Another client's presence, as its derivation would publish it. */
function peerPresence(name: string, x: number): TLInstancePresence {
  return InstancePresenceRecordType.create({
    id: InstancePresenceRecordType.createId('elsewhere'),
    userId: `user:${name}` as TLInstancePresence['userId'],
    userName: name,
    currentPageId: PAGE,
    cursor: { x, y: 0, type: 'default', rotation: 0 },
    lastActivityTimestamp: 5,
  })
}

/** Copies `from`'s state to `to`, as the provider relays an awareness update. */
function relay(from: Awareness, to: Awareness): void {
  applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [from.clientID]), 'remote')
}

function presences(store: TLStore): TLInstancePresence[] {
  return store.query.records('instance_presence').get()
}

describe('untouchedAsInactive', () => {
  it('marks a presence that never had activity as long inactive, and leaves others as they are', () => {
    const untouched = { ...peerPresence('ann', 0), lastActivityTimestamp: 0 }
    expect(untouchedAsInactive(untouched)?.lastActivityTimestamp).toBe(1)
    const active = peerPresence('ann', 0)
    expect(untouchedAsInactive(active)).toBe(active)
    expect(untouchedAsInactive(null)).toBeNull()
  })
})

describe('others’ presence becomes instance_presence records', () => {
  it('mirrors a peer under an id of its client id, follows its moves and drops it when it leaves', () => {
    const store = usableStore()
    const mine = awareness()
    const peer = awareness()
    cleanups.push(bindPresence(store, mine, atom('user', USER), 'view'))

    peer.setLocalStateField('presence', peerPresence('bob', 10))
    relay(peer, mine)
    expect(presences(store)).toMatchObject([{ id: presenceIdFor(peer.clientID), userName: 'bob', cursor: { x: 10 } }])

    peer.setLocalStateField('presence', peerPresence('bob', 20))
    relay(peer, mine)
    expect(presences(store)).toMatchObject([{ id: presenceIdFor(peer.clientID), cursor: { x: 20 } }])

    removeAwarenessStates(mine, [peer.clientID], 'remote')
    expect(presences(store)).toEqual([])
  })

  it('takes in peers that were already there when bound, and removes one whose presence turns null', () => {
    const store = usableStore()
    const mine = awareness()
    const peer = awareness()
    peer.setLocalStateField('presence', peerPresence('bob', 10))
    relay(peer, mine)
    cleanups.push(bindPresence(store, mine, atom('user', USER), 'view'))
    expect(presences(store)).toHaveLength(1)

    peer.setLocalStateField('presence', null)
    relay(peer, mine)
    expect(presences(store)).toEqual([])
  })

  it('ignores an invalid presence without dropping the valid ones that came with it', () => {
    const store = usableStore()
    const mine = awareness()
    const good = awareness()
    const bad = awareness()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    cleanups.push(() => warn.mockRestore())
    cleanups.push(bindPresence(store, mine, atom('user', USER), 'view'))

    good.setLocalStateField('presence', peerPresence('bob', 10))
    bad.setLocalStateField('presence', { ...peerPresence('eve', 0), cursor: 'nowhere' })
    relay(bad, mine)
    relay(good, mine)
    expect(presences(store).map((p) => p.userName)).toEqual(['bob'])
    expect(warn).toHaveBeenCalledWith('samenbord: ignored an invalid presence', expect.anything())
  })

  it('leaves no cursor behind when unbound, and stops listening', () => {
    const store = usableStore()
    const mine = awareness()
    const peer = awareness()
    const stop = bindPresence(store, mine, atom('user', USER), 'view')
    peer.setLocalStateField('presence', peerPresence('bob', 10))
    relay(peer, mine)
    expect(presences(store)).toHaveLength(1)

    stop()
    expect(presences(store)).toEqual([])
    peer.setLocalStateField('presence', peerPresence('bob', 30))
    relay(peer, mine)
    expect(presences(store)).toEqual([])
  })
})

describe('our own presence goes out', () => {
  it('is never sent by a viewer', () => {
    const mine = awareness()
    cleanups.push(bindPresence(usableStore(), mine, atom('user', USER), 'view'))
    expect((mine.getLocalState() as AwarenessState).presence).toBeUndefined()
  })

  it('is sent at once, as inactive while the pointer never moved, and is not mirrored back into our store', () => {
    const store = usableStore()
    const mine = awareness()
    cleanups.push(bindPresence(store, mine, atom('user', USER), 'join'))
    const sent = (mine.getLocalState() as AwarenessState).presence
    expect(sent).toMatchObject({ id: presenceIdFor(mine.clientID), userId: USER.id, userName: 'Ann', currentPageId: PAGE, lastActivityTimestamp: 1 })
    expect(presences(store)).toEqual([])
  })

  it('sends at most one update per interval, and always the last position', () => {
    vi.useFakeTimers({ now: 1_000_000 })
    const store = usableStore()
    const mine = awareness()
    const sentX: number[] = []
    mine.on('change', () => {
      const presence = (mine.getLocalState() as AwarenessState | null)?.presence
      if (presence?.cursor) sentX.push(presence.cursor.x)
    })
    cleanups.push(bindPresence(store, mine, atom('user', USER), 'join'))
    expect(sentX).toEqual([0])

    for (const x of [1, 2, 3]) store.update(TLPOINTER_ID, (p) => ({ ...p, x, lastActivityTimestamp: Date.now() }))
    expect(sentX).toEqual([0])
    vi.advanceTimersByTime(PRESENCE_INTERVAL_MS - 1)
    expect(sentX).toEqual([0])
    vi.advanceTimersByTime(1)
    expect(sentX).toEqual([0, 3])
  })

  it('stops sending when unbound, a pending send included', () => {
    vi.useFakeTimers({ now: 1_000_000 })
    const store = usableStore()
    const mine = awareness()
    const stop = bindPresence(store, mine, atom('user', USER), 'join')
    store.update(TLPOINTER_ID, (p) => ({ ...p, x: 7, lastActivityTimestamp: Date.now() }))
    stop()
    vi.advanceTimersByTime(PRESENCE_INTERVAL_MS * 4)
    expect((mine.getLocalState() as AwarenessState).presence?.cursor?.x).toBe(0)
  })
})

describe('publishUser', () => {
  it('publishes name, colour, role, author and organisation, and follows a change of name', () => {
    const mine = awareness()
    const user = atom<TLUser | null>('user', { ...USER, meta: { organisation: 'Gemeente' } } as TLUser)
    cleanups.push(publishUser(mine, user, 'join'))
    const first = (mine.getLocalState() as AwarenessState).user
    expect(first).toMatchObject({ name: 'Ann', color: USER.color, role: 'join', organisation: 'Gemeente' })
    expect(first?.author).toMatch(/^[A-Za-z0-9_-]{8,64}$/)

    user.set({ ...USER, name: 'Anna' })
    const second = (mine.getLocalState() as AwarenessState).user
    expect(second).toMatchObject({ name: 'Anna', role: 'join' })
    expect(second).not.toHaveProperty('organisation')
  })

  it('publishes nothing while there is no user', () => {
    const mine = awareness()
    cleanups.push(publishUser(mine, atom<TLUser | null>('user', null), 'join'))
    expect((mine.getLocalState() as AwarenessState).user).toBeUndefined()
  })
})
