// Our own dots in the current vote, as the server last told us (GET dots, and every POST dots answer):
// the board document shows totals only, never whose dots they are. One store per session, shared by
// every component of the page; other tabs of this browser (the same identity) are told of our answers
// over a BroadcastChannel, and we ask again when the vote changes or the page comes back into view.
import { useEffect, useSyncExternalStore } from 'react'
import type { DotAnswer } from '../../../shared/api/facilitation.ts'
import type { VoteState } from '../../../shared/facilitation/index.ts'
import type { MyDots } from '../../../shared/facilitation/votes.ts'
import type { Role } from '../collab/types.ts'
import { controlApi, type ControlTarget } from '../facilitation/controlApi.ts'
import { participantHeaders, participantIdentity } from '../identity/participantIdentity.ts'

interface Store {
  answer: DotAnswer | null
  listeners: Set<() => void>
  /** What the last GET was for (vote id, phase, dots, area): asked once per change, however many readers. */
  askedFor: string | null
  channel: BroadcastChannel | null
  /** The GET under way: readers that ask at the same moment share it. */
  asking: Promise<void> | null
  /** Bumped by every POST answer: a GET that started before one is older than it and is dropped. */
  posted: number
}

const stores = new Map<string, Store>()

function storeFor(sessionId: string): Store {
  let store = stores.get(sessionId)
  if (!store) {
    const created: Store = { answer: null, listeners: new Set(), askedFor: null, channel: null, asking: null, posted: 0 }
    if (typeof BroadcastChannel !== 'undefined') {
      created.channel = new BroadcastChannel(`samenbord.dots.${sessionId}`)
      created.channel.onmessage = (event: MessageEvent<DotAnswer>) => {
        created.posted++
        publish(created, event.data)
      }
    }
    stores.set(sessionId, created)
    store = created
  }
  return store
}

function publish(store: Store, answer: DotAnswer): void {
  store.answer = answer
  for (const listener of store.listeners) listener()
}

/** A POST dots answer: ours now, and our other tabs'. */
export function setMyDots(sessionId: string, answer: DotAnswer): void {
  const store = storeFor(sessionId)
  store.posted++
  publish(store, answer)
  store.channel?.postMessage(answer)
}

/** Asks the server for our dots (after a refusal, or when the vote changed). */
export function refreshMyDots(target: ControlTarget): Promise<void> {
  const store = storeFor(target.sessionId)
  store.asking ??= (async () => {
    try {
      const identity = await participantIdentity(target.sessionId, target.token)
      const posted = store.posted
      const answer = await controlApi.myDots(target, participantHeaders(identity))
      if (store.posted === posted) publish(store, answer)
    } finally {
      store.asking = null
    }
  })()
  return store.asking
}

/**
 * Our dots in `vote` (null when not known yet, or for a link that does not vote). Only join links vote
 * on the page; the facilitator runs the vote and has no dots to show.
 */
export function useMyDots(target: ControlTarget, role: Role, vote: VoteState | null): MyDots | null {
  const store = storeFor(target.sessionId)
  const answer = useSyncExternalStore(
    (listener) => {
      store.listeners.add(listener)
      return () => store.listeners.delete(listener)
    },
    () => store.answer,
  )
  const voting = role === 'join' && vote !== null
  const key = vote ? `${vote.id}:${vote.phase}:${vote.dots}:${vote.areaId ?? ''}:${vote.noteIds?.length ?? ''}` : null
  // biome-ignore lint/correctness/useExhaustiveDependencies: key names the vote and the target by its fields (a new object each render); store is module state, the same throughout
  useEffect(() => {
    if (!voting || key === null) return
    const ask = () => void refreshMyDots(target).catch((error: unknown) => console.warn('samenbord: could not read our dots', error))
    if (store.askedFor !== key) {
      store.askedFor = key
      ask()
    }
    // Back from another tab or a sleeping phone: what we placed elsewhere meanwhile.
    const onVisible = () => document.visibilityState === 'visible' && ask()
    document.addEventListener('visibilitychange', onVisible)
    return () => document.removeEventListener('visibilitychange', onVisible)
  }, [voting, key, target.sessionId, target.token])
  if (!voting || !answer || answer.vote !== vote.id) return null
  return { mine: answer.mine, left: answer.left }
}
