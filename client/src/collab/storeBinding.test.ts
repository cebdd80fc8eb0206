// The store binding's batching of remote changes, on a real tldraw store and real Y.Docs (no DOM):
// the flush is driven by hand, so "between arrival and flush" is exact.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { IndexKey } from '@tldraw/utils'
import { createTLStore, type TLRecord, type TLStore } from 'tldraw'
import * as Y from 'yjs'
import { BoardDoc, boardSchema, FIRST_PAGE_ID, initBoard, markRevealed, noteRecord, type BoardRecord } from '../../../shared/board/index.ts'
import { bindStoreToBoard } from './storeBinding.ts'

const PEER = 'peer'

function note(id: string, text: string, x = 0): BoardRecord {
  return noteRecord({ id: `shape:${id}`, text, x, y: 0, pageId: FIRST_PAGE_ID, index: 'a1' as IndexKey })
}

function textOf(record: unknown): string | undefined {
  const rich = (record as { props?: { richText?: { content?: Array<{ content?: Array<{ text?: string }> }> } } } | undefined)?.props?.richText
  return rich?.content?.[0]?.content?.[0]?.text
}

function shape(store: TLStore, id: string): TLRecord | undefined {
  return store.get(`shape:${id}` as TLRecord['id'])
}

interface Setup {
  board: BoardDoc
  mine: BoardDoc | undefined
  store: TLStore
  /** Runs the scheduled flush, as the next animation frame would. */
  frame(): void
  scheduled(): number
  dispose(): void
}

function setup(opts: { privateDoc?: boolean; readOnly?: boolean } = {}): Setup {
  const board = BoardDoc.of(new Y.Doc())
  initBoard(board, { pageName: 'Bord' }, PEER)
  const mine = opts.privateDoc ? BoardDoc.of(new Y.Doc()) : undefined
  const store = createTLStore({ schema: boardSchema() })
  let queued: Array<() => void> = []
  const dispose = bindStoreToBoard(store, board, {
    readOnly: opts.readOnly ?? false,
    ...(mine ? { privateBoard: mine } : {}),
    schedule: (run) => {
      queued.push(run)
      return () => (queued = queued.filter((r) => r !== run))
    },
  })
  return {
    board,
    mine,
    store,
    frame() {
      const runs = queued
      queued = []
      for (const run of runs) run()
    },
    scheduled: () => queued.length,
    dispose,
  }
}

/** A peer's update arriving over the network: made in its own Y.Doc, applied with a remote origin. */
function fromPeer(board: BoardDoc, change: (peer: BoardDoc) => void): void {
  const peerDoc = new Y.Doc()
  Y.applyUpdate(peerDoc, Y.encodeStateAsUpdate(board.doc))
  const before = Y.encodeStateVector(peerDoc)
  change(new BoardDoc(peerDoc))
  Y.applyUpdate(board.doc, Y.encodeStateAsUpdate(peerDoc, before), PEER)
}

describe('remote changes are merged once per frame', () => {
  it('applies everything that arrived before the frame in one store transaction', () => {
    const s = setup()
    const remoteMerges: number[] = []
    s.store.listen(({ changes }) => remoteMerges.push(Object.keys(changes.added).length), { source: 'remote' })
    for (let person = 0; person < 10; person++) {
      fromPeer(s.board, (peer) => peer.apply({ put: Array.from({ length: 100 }, (_, k) => note(`p${person}n${k}`, `idee ${k}`)) }))
    }
    expect(s.store.query.records('shape').get()).toHaveLength(0)
    expect(s.scheduled()).toBe(1)
    s.frame()
    expect(s.store.query.records('shape').get()).toHaveLength(1000)
    expect(remoteMerges).toEqual([1000])
    s.dispose()
  })

  it('keeps a local edit made between a remote change and the flush, in the store and in the Y.Doc', () => {
    const s = setup()
    fromPeer(s.board, (peer) => peer.apply({ put: [note('a', 'eerst')] }))
    s.frame()
    fromPeer(s.board, (peer) => peer.apply({ put: [note('a', 'van de ander', 300)] }))
    // The user moves the note before the frame comes.
    const current = shape(s.store, 'a')!
    s.store.put([{ ...current, x: 42 } as TLRecord])
    s.frame()
    expect(shape(s.store, 'a')).toMatchObject({ x: 42 })
    expect(s.board.get('shape:a')).toMatchObject({ x: 42 })
    s.dispose()
  })

  it('writes the user’s unflushed store changes into the Y.Doc before reading it, so the two never diverge', () => {
    // tldraw hands store changes to listeners once a frame; in tests it does so at once unless told not to.
    const g = globalThis as { __FORCE_RAF_IN_TESTS__?: boolean; requestAnimationFrame?: unknown }
    const raf = g.requestAnimationFrame
    g.__FORCE_RAF_IN_TESTS__ = true
    g.requestAnimationFrame = () => 1 // tldraw's frame never comes by itself: only our flush can write the edit
    try {
      const s = setup()
      fromPeer(s.board, (peer) => peer.apply({ put: [note('a', 'eerst')] }))
      s.frame()
      const current = shape(s.store, 'a')!
      s.store.put([{ ...current, x: 42 } as TLRecord])
      expect(s.board.get('shape:a')).toMatchObject({ x: 0 }) // not yet written
      fromPeer(s.board, (peer) => peer.apply({ put: [note('a', 'van de ander', 300)] }))
      s.frame()
      expect(s.board.get('shape:a')).toMatchObject({ x: 42 })
      expect(shape(s.store, 'a')).toMatchObject({ x: 42 })
      s.dispose()
    } finally {
      delete g.__FORCE_RAF_IN_TESTS__
      g.requestAnimationFrame = raf
    }
  })

  it('ends as the Y.Doc is when one batch removes and puts the same id', () => {
    const s = setup()
    fromPeer(s.board, (peer) => peer.apply({ put: [note('a', 'eerst'), note('b', 'blijft')] }))
    s.frame()
    fromPeer(s.board, (peer) => peer.apply({ remove: ['shape:a'] }))
    fromPeer(s.board, (peer) => peer.apply({ put: [note('a', 'terug')] }))
    fromPeer(s.board, (peer) => peer.apply({ put: [note('b', 'even anders')] }))
    fromPeer(s.board, (peer) => peer.apply({ remove: ['shape:b'] }))
    s.frame()
    expect(textOf(shape(s.store, 'a'))).toBe('terug')
    expect(shape(s.store, 'b')).toBeUndefined()
    s.dispose()
  })

  it('keeps the props object of a note someone else moved (tldraw does not measure or render it again)', () => {
    const s = setup()
    fromPeer(s.board, (peer) => peer.apply({ put: [note('a', 'idee')] }))
    s.frame()
    const before = shape(s.store, 'a') as TLRecord & { props: object }
    fromPeer(s.board, (peer) => peer.apply({ put: [note('a', 'idee', 300)] }))
    s.frame()
    const after = shape(s.store, 'a') as TLRecord & { props: object; x: number }
    expect(after.x).toBe(300)
    expect(after.props).toBe(before.props)
    s.dispose()
  })

  it('merges nothing after it is disposed', () => {
    const s = setup()
    fromPeer(s.board, (peer) => peer.apply({ put: [note('a', 'eerst')] }))
    s.dispose()
    expect(s.scheduled()).toBe(0)
    s.frame()
    expect(shape(s.store, 'a')).toBeUndefined()
  })

  it('merges remote changes for viewers too', () => {
    const s = setup({ readOnly: true })
    fromPeer(s.board, (peer) => peer.apply({ put: [note('a', 'eerst')] }))
    s.frame()
    expect(textOf(shape(s.store, 'a'))).toBe('eerst')
    s.dispose()
  })
})

describe('private document rules, batched', () => {
  let s: Setup
  let mine: BoardDoc
  beforeEach(() => {
    s = setup({ privateDoc: true })
    mine = s.mine!
  })
  afterEach(() => s.dispose())

  /** The server's reveal in our private document: delete the notes and list them, in one transaction. */
  const reveal = (ids: string[]) =>
    mine.doc.transact(() => {
      for (const id of ids) mine.records.delete(id)
      markRevealed(mine.doc, ids)
    }, PEER)

  it('shows our private copy over the board’s, whatever order they arrive in', () => {
    mine.apply({ put: [note('a', 'privé')] }, PEER)
    fromPeer(s.board, (peer) => peer.apply({ put: [note('a', 'bord')] }))
    s.frame()
    expect(textOf(shape(s.store, 'a'))).toBe('privé')
    fromPeer(s.board, (peer) => peer.apply({ put: [note('a', 'bord, later')] }))
    s.frame()
    expect(textOf(shape(s.store, 'a'))).toBe('privé')
  })

  it('keeps a revealed note on screen until the board brings it, then shows the board’s', () => {
    mine.apply({ put: [note('a', 'privé')] }, PEER)
    s.frame()
    reveal(['shape:a'])
    s.frame()
    expect(textOf(shape(s.store, 'a'))).toBe('privé')
    fromPeer(s.board, (peer) => peer.apply({ put: [note('a', 'op het bord')] }))
    s.frame()
    expect(textOf(shape(s.store, 'a'))).toBe('op het bord')
  })

  it('shows the board’s copy when the reveal and the board arrive in the same frame', () => {
    mine.apply({ put: [note('a', 'privé')] }, PEER)
    s.frame()
    fromPeer(s.board, (peer) => peer.apply({ put: [note('a', 'op het bord')] }))
    reveal(['shape:a'])
    s.frame()
    expect(textOf(shape(s.store, 'a'))).toBe('op het bord')
  })

  it('removes a private note deleted without a reveal', () => {
    mine.apply({ put: [note('a', 'privé')] }, PEER)
    s.frame()
    mine.apply({ remove: ['shape:a'] }, PEER)
    s.frame()
    expect(shape(s.store, 'a')).toBeUndefined()
  })

  it('removes a revealed note that the board then deletes', () => {
    mine.apply({ put: [note('a', 'privé')] }, PEER)
    s.frame()
    reveal(['shape:a'])
    fromPeer(s.board, (peer) => peer.apply({ put: [note('a', 'op het bord')] }))
    fromPeer(s.board, (peer) => peer.apply({ remove: ['shape:a'] }))
    s.frame()
    expect(shape(s.store, 'a')).toBeUndefined()
  })
})
