import { describe, expect, it } from 'vitest'
import { followStep, offerRefollow, projectorFollowTarget, type FollowCandidate } from './followPlan.ts'
import type { FollowState } from './types.ts'

const ME = 'user:me'
const LEAD = 'user:lead'
const follow = (fields: Partial<FollowState> = {}): FollowState => ({ userId: null, keep: false, seq: 0, ...fields })

describe('followStep', () => {
  it('jumps once on "bring everyone here" and keeps following when asked to', () => {
    const seen = follow({ seq: 1 })
    expect(followStep(seen, follow({ userId: LEAD, seq: 2 }), ME)).toEqual({ do: 'start', userId: LEAD, oneShot: true })
    expect(followStep(seen, follow({ userId: LEAD, keep: true, seq: 2 }), ME)).toEqual({ do: 'start', userId: LEAD, oneShot: false })
  })

  it('jumps again when the same instruction is repeated (seq bumped), and not when nothing changed', () => {
    const seen = follow({ userId: LEAD, seq: 3 })
    expect(followStep(seen, follow({ userId: LEAD, seq: 4 }), ME)).toMatchObject({ do: 'start', oneShot: true })
    expect(followStep(seen, follow({ userId: LEAD, seq: 3 }), ME)).toEqual({ do: 'none' })
  })

  it('stops following the previous leader when following is switched off', () => {
    expect(followStep(follow({ userId: LEAD, keep: true, seq: 2 }), follow({ seq: 3 }), ME)).toEqual({ do: 'stop', userId: LEAD })
    expect(followStep(follow({ seq: 2 }), follow({ seq: 3 }), ME)).toEqual({ do: 'none' })
  })

  it('joins a keep-following that is already on when the page opens, but not an old one-time jump', () => {
    expect(followStep(null, follow({ userId: LEAD, keep: true, seq: 5 }), ME)).toEqual({ do: 'start', userId: LEAD, oneShot: false })
    expect(followStep(null, follow({ userId: LEAD, keep: false, seq: 5 }), ME)).toEqual({ do: 'none' })
    expect(followStep(null, follow(), ME)).toEqual({ do: 'none' })
  })

  it('never follows itself (the leader’s own page)', () => {
    expect(followStep(follow({ seq: 1 }), follow({ userId: ME, keep: true, seq: 2 }), ME)).toEqual({ do: 'none' })
    expect(followStep(null, follow({ userId: ME, keep: true, seq: 2 }), ME)).toEqual({ do: 'none' })
    // Another facilitator took over the lead from us: nothing to stop either.
    expect(followStep(follow({ userId: ME, keep: true }), follow({ userId: ME, keep: true, seq: 1 }), ME)).toEqual({ do: 'none' })
  })
})

describe('offerRefollow', () => {
  const keep = follow({ userId: LEAD, keep: true, seq: 1 })
  const ctx = { selfUserId: ME, followingUserId: null, leaderOnline: true }

  it('offers to follow again only when keep-following is on, the leader is here and we broke away', () => {
    expect(offerRefollow(keep, ctx)).toBe(true)
    expect(offerRefollow(keep, { ...ctx, followingUserId: LEAD })).toBe(false)
    expect(offerRefollow(keep, { ...ctx, leaderOnline: false })).toBe(false)
    expect(offerRefollow(follow({ userId: LEAD, keep: false }), ctx)).toBe(false)
    expect(offerRefollow(follow({ userId: ME, keep: true }), ctx)).toBe(false)
  })
})

describe('projectorFollowTarget', () => {
  const peer = (userId: string | null, role: FollowCandidate['role'], isSelf = false): FollowCandidate => ({ userId, role, isSelf })
  const room = [peer(null, 'view', true), peer('user:fac-a', 'facilitator'), peer('user:fac-b', 'facilitator'), peer('user:anna', 'join')]

  it('follows whom everyone follows, when that person is online', () => {
    expect(projectorFollowTarget({ userId: 'user:fac-b' }, room)).toBe('user:fac-b')
    expect(projectorFollowTarget({ userId: 'user:anna' }, room)).toBe('user:anna')
  })

  it('else the first facilitator online', () => {
    expect(projectorFollowTarget({ userId: null }, room)).toBe('user:fac-a')
    expect(projectorFollowTarget({ userId: 'user:gone' }, room)).toBe('user:fac-a')
  })

  it('else nobody (the whole board): participants, viewers and facilitators without presence do not count', () => {
    expect(projectorFollowTarget({ userId: null }, [peer(null, 'view', true), peer('user:anna', 'join'), peer(null, 'facilitator')])).toBeNull()
    expect(projectorFollowTarget({ userId: 'user:me' }, [peer('user:me', 'facilitator', true)])).toBeNull()
  })
})
