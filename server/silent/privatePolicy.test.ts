import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { note } from '../../shared/areas/testFixtures.ts'
import { BoardDoc } from '../../shared/board/boardDoc.ts'
import { markRevealed } from '../../shared/board/privateDoc.ts'
import { analyseUpdate } from '../sync/updateGuard.ts'
import { judgePrivateUpdate } from './privatePolicy.ts'

/** The update a client makes by `edit` on a copy of `server`, judged against `server`. */
function judge(server: Y.Doc, edit: (board: BoardDoc, doc: Y.Doc) => void) {
  const client = new Y.Doc()
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server))
  const before = Y.encodeStateVector(client)
  edit(new BoardDoc(client), client)
  return judgePrivateUpdate(analyseUpdate(server, Y.encodeStateAsUpdate(client, before)))
}

describe('judgePrivateUpdate', () => {
  it('takes sticky notes, their edits and deletions', () => {
    const server = new Y.Doc()
    expect(judge(server, (b) => b.apply({ put: [note({ id: 'a' })] }))).toEqual({ do: 'apply' })
    new BoardDoc(server).apply({ put: [note({ id: 'a' })] })
    expect(judge(server, (b) => b.apply({ put: [{ ...note({ id: 'a' }), x: 40 }] }))).toEqual({ do: 'apply' })
    expect(judge(server, (b) => b.apply({ remove: ['shape:a'] }))).toEqual({ do: 'apply' })
  })

  it('closes with 4403 on anything else: other shapes, other roots, a key that is not the id', () => {
    const server = new Y.Doc()
    const geo = { ...note({ id: 'g' }), type: 'geo' }
    expect(judge(server, (b) => b.apply({ put: [geo] }))).toMatchObject({ do: 'close', code: 4403 })
    expect(judge(server, (_b, d) => markRevealed(d, ['shape:x']))).toMatchObject({ do: 'close', code: 4403 })
    expect(judge(server, (_b, d) => d.getMap('control').set('silent', {}))).toMatchObject({ do: 'close', code: 4403 })
    expect(judge(server, (b) => b.records.set('shape:b', note({ id: 'c' })))).toMatchObject({ do: 'close', code: 4403 })
  })

  it('asks for a resync when the update depends on what the server lacks', () => {
    const server = new Y.Doc()
    const client = new Y.Doc()
    new BoardDoc(client).apply({ put: [note({ id: 'a' })] })
    const first = Y.encodeStateVector(client)
    new BoardDoc(client).apply({ put: [{ ...note({ id: 'a' }), x: 9 }] })
    expect(judgePrivateUpdate(analyseUpdate(server, Y.encodeStateAsUpdate(client, first))).do).toBe('resync')
  })
})
