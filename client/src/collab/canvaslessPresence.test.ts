// The phone page's presence: published from the board document and the user alone (no store, no DOM).
import { afterEach, describe, expect, it } from 'vitest'
import { atom } from '@tldraw/state'
import { PageRecordType, type TLUser } from '@tldraw/tlschema'
import type { IndexKey } from '@tldraw/utils'
import { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { BoardDoc, FIRST_PAGE_ID, initBoard, noteRecord, type BoardRecord } from '../../../shared/board/index.ts'
import { publishCanvaslessPresence } from './canvaslessPresence.ts'
import { presenceIdFor } from './presence.ts'
import type { AwarenessState } from './types.ts'

const USER = { id: 'user:ann', name: 'Ann', color: '#2f6fb3', locale: 'nl', meta: {} } as unknown as TLUser

const cleanups: Array<() => void> = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup()
})

function setup(user: TLUser | null = USER) {
  const board = BoardDoc.of(new Y.Doc())
  initBoard(board, { pageName: 'Bord' })
  const awareness = new Awareness(new Y.Doc())
  cleanups.push(() => awareness.destroy())
  const sends: unknown[] = []
  awareness.on('change', () => sends.push((awareness.getLocalState() as AwarenessState | null)?.presence))
  const $user = atom<TLUser | null>('user', user)
  cleanups.push(publishCanvaslessPresence(awareness, board, $user))
  const presence = () => (awareness.getLocalState() as AwarenessState).presence
  return { board, awareness, $user, sends, presence }
}

function page(id: string, index: string): BoardRecord {
  return PageRecordType.create({ id: id as never, name: id, index: index as IndexKey }) as unknown as BoardRecord
}

describe('publishCanvaslessPresence', () => {
  it('publishes an inactive presence on the first page, under the id of our client', () => {
    const { awareness, presence } = setup()
    expect(presence()).toMatchObject({
      id: presenceIdFor(awareness.clientID),
      userId: USER.id,
      userName: 'Ann',
      color: USER.color,
      currentPageId: FIRST_PAGE_ID,
      lastActivityTimestamp: 1,
    })
  })

  it('publishes null while there is no user, and the presence once there is', () => {
    const { $user, presence } = setup(null)
    expect(presence()).toBeNull()
    $user.set(USER)
    expect(presence()).toMatchObject({ userName: 'Ann' })
  })

  it('is re-sent when the name changes or a page comes before the first, and not for notes', () => {
    const { board, $user, sends, presence } = setup()
    const before = sends.length

    board.apply({ put: [noteRecord({ id: 'shape:n1', text: 'idee', x: 0, y: 0, pageId: FIRST_PAGE_ID, index: 'a1' as IndexKey })] })
    // A page after the first changes nothing that is published.
    board.apply({ put: [page('page:later', 'a9')] })
    expect(sends.length).toBe(before)

    $user.set({ ...USER, name: 'Anna' })
    expect(presence()).toMatchObject({ userName: 'Anna', currentPageId: FIRST_PAGE_ID })
    expect(sends.length).toBe(before + 1)

    board.apply({ put: [page('page:earlier', 'a0')] })
    expect(presence()).toMatchObject({ currentPageId: 'page:earlier' })
    expect(sends.length).toBe(before + 2)
  })

  it('stops when disposed', () => {
    const board = BoardDoc.of(new Y.Doc())
    initBoard(board, { pageName: 'Bord' })
    const awareness = new Awareness(new Y.Doc())
    cleanups.push(() => awareness.destroy())
    const $user = atom<TLUser | null>('user', USER)
    publishCanvaslessPresence(awareness, board, $user)()
    $user.set({ ...USER, name: 'Anna' })
    board.apply({ put: [page('page:earlier', 'a0')] })
    expect((awareness.getLocalState() as AwarenessState).presence).toMatchObject({ userName: 'Ann', currentPageId: FIRST_PAGE_ID })
  })
})
