import { describe, expect, it } from 'vitest'
import { stackFaces } from './avatarStack.ts'

interface Peer {
  clientId: number
  name: string
  color: string
  role: 'facilitator' | 'join' | 'view'
  isSelf: boolean
  userId: null
  authorId: null
}

const peer = (clientId: number, role: Peer['role'], isSelf = false): Peer => ({
  clientId,
  name: `P${clientId}`,
  color: '#000',
  role,
  isSelf,
  userId: null,
  authorId: null,
})

describe('stackFaces', () => {
  it('shows you first, then facilitators, then others in arrival order, and counts the rest', () => {
    const peers = [
      peer(1, 'join'),
      peer(2, 'join'),
      peer(3, 'facilitator'),
      peer(4, 'join', true),
      ...Array.from({ length: 46 }, (_, i) => peer(10 + i, 'join')),
    ]
    const { faces, more } = stackFaces(peers, 4)
    expect(faces.map((p) => p.clientId)).toEqual([4, 3, 1, 2])
    expect(more).toBe(46)
  })

  it('shows everyone when they fit, and no "+N"', () => {
    const { faces, more } = stackFaces([peer(1, 'join', true), peer(2, 'view')], 4)
    expect(faces).toHaveLength(2)
    expect(more).toBe(0)
  })
})
