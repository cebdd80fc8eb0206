// "Follow me" on a participant's screen: jump to the facilitator's view when they bring everyone
// there, keep following while asked to, stop when they stop it, and offer "follow again" to someone
// who looked around on their own (tldraw stops following as soon as a person moves the camera).
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Editor, TLUserId } from 'tldraw'
import { followStep, offerRefollow, type FollowSeen } from '../../../shared/facilitation/followPlan.ts'
import type { FollowState } from '../../../shared/facilitation/types.ts'
import type { Peer } from '../collab/types.ts'

/** A one-time jump lets tldraw's follow animation arrive, then lets go (its chase takes < 0.5 s). */
const ONE_SHOT_MS = 1_200
/** The leader's presence may arrive a moment after the instruction (a page just opened): keep trying this long. */
const PENDING_MS = 10_000

interface Pending {
  userId: string
  oneShot: boolean
  until: number
}

export function useFollowInstruction(
  editor: Editor | null,
  enabled: boolean,
  follow: FollowState,
  peers: readonly Peer[],
  followingUserId: string | null,
): { offer: boolean; followAgain: () => void } {
  const seen = useRef<FollowSeen | null>(null)
  const [pending, setPending] = useState<Pending | null>(null)
  const oneShotTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  // Tries to start following; false while the leader's presence is not in the store yet.
  const start = useCallback(
    (userId: string, oneShot: boolean): boolean => {
      if (!editor) return false
      clearTimeout(oneShotTimer.current)
      editor.startFollowingUser(userId as TLUserId)
      if (editor.getInstanceState().followingUserId !== userId) return false
      if (oneShot) {
        oneShotTimer.current = setTimeout(() => {
          if (editor.getInstanceState().followingUserId === userId) editor.stopFollowingUser()
        }, ONE_SHOT_MS)
      }
      return true
    },
    [editor],
  )

  useEffect(() => () => clearTimeout(oneShotTimer.current), [])

  // React to each new instruction. A new editor (the canvas was rebuilt) starts afresh, so it joins
  // a keep-following that is on.
  const seenBy = useRef<Editor | null>(null)
  useEffect(() => {
    if (!editor || !enabled) return
    if (seenBy.current !== editor) {
      seenBy.current = editor
      seen.current = null
    }
    const step = followStep(seen.current, follow, editor.user.getRecordId())
    seen.current = { userId: follow.userId, keep: follow.keep, seq: follow.seq }
    if (step.do === 'stop') {
      setPending(null)
      if (editor.getInstanceState().followingUserId === step.userId) editor.stopFollowingUser()
    } else if (step.do === 'start') {
      setPending(start(step.userId, step.oneShot) ? null : { userId: step.userId, oneShot: step.oneShot, until: Date.now() + PENDING_MS })
    }
  }, [editor, enabled, follow, start])

  // The leader's presence came in after the instruction: follow now.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a change in who is online is the moment to try following again
  useEffect(() => {
    if (!pending) return
    if (Date.now() > pending.until) {
      setPending(null)
      return
    }
    if (start(pending.userId, pending.oneShot)) {
      setPending(null)
      return
    }
    const retry = setTimeout(() => setPending((p) => (p ? { ...p } : p)), 500)
    return () => clearTimeout(retry)
  }, [pending, peers, start])

  const selfUserId = editor?.user.getRecordId() ?? ''
  const offer =
    enabled &&
    !!editor &&
    !pending &&
    offerRefollow(follow, {
      selfUserId,
      followingUserId,
      leaderOnline: peers.some((peer) => !peer.isSelf && peer.userId === follow.userId),
    })

  const followAgain = useCallback(() => {
    if (follow.userId) start(follow.userId, false)
  }, [follow.userId, start])

  return { offer, followAgain }
}
