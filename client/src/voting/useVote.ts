// The running (or just closed) dot vote as this browser sees it, live: recomputed when the control
// state, the totals or our own dots (myDots.ts) change, and when notes move in or out of the vote's area
// (through the board's version signal).
import { useMemo } from 'react'
import { useValue } from '@tldraw/state-react'
import { boardVersion } from '../board/boardVersion.ts'
import type { BoardDoc } from '../../../shared/board/index.ts'
import { readVoteView, type VoteView } from '../../../shared/workshop/index.ts'
import { ApiError } from '../app/api.ts'
import { controlApi } from '../facilitation/controlApi.ts'
import { useControl } from '../facilitation/useControl.ts'
import type { Translate } from '../i18n/I18nProvider.tsx'
import { forgetParticipantIdentity, participantHeaders, participantIdentity } from '../identity/participantIdentity.ts'
import { refreshMyDots, setMyDots, useMyDots } from './myDots.ts'
import { notify, useWorkshop, type Workshop } from './workshopContext.ts'

/** The board's version (a tldraw signal, board/boardVersion.ts): changes whenever the board's records do. */
export function useBoardTick(board: BoardDoc | null, active = true): number {
  return useValue('board tick', () => (board && active ? boardVersion(board).get() : 0), [board, active])
}

export function useVoteView(): VoteView | null {
  const { board, target, role } = useWorkshop()
  const { control, version } = useControl()
  const vote = control.vote
  const own = useMyDots(target, role, vote)
  const tick = useBoardTick(board, vote !== null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: version and tick count the changes of the votes map and the records (board and vote are the same objects)
  return useMemo(() => {
    if (!board || !vote) return null
    try {
      return readVoteView(board, vote, own)
    } catch (error) {
      // A damaged record must not take the canvas down with it.
      console.error('samenbord: could not read the vote', error)
      return null
    }
  }, [board, vote, version, tick, own])
}

/**
 * Places (+1) or takes back (-1) one of our dots, as this browser's participant identity. Says why not
 * (no dots left, vote closed) in the notice line instead of failing silently; our dots come back in the
 * answer, the totals (when they may be seen) through the board document.
 */
export async function castDot(workshop: Workshop, view: VoteView, noteId: string, delta: 1 | -1, t: Translate): Promise<boolean> {
  const placed = await placeDot(workshop, view, noteId, delta, t)
  if (!placed.ok) notify(workshop, placed.message)
  return placed.ok
}

export type DotPlaced = { ok: true /** Our dots left, as the server answered. */; left: number } | { ok: false; message: string }

/**
 * castDot without the notice line: the dots left when the server took the dot, else why not in the
 * person's language, for a caller that says it where the person is (the list view, beside the note).
 */
export async function placeDot(workshop: Workshop, view: VoteView, noteId: string, delta: 1 | -1, t: Translate): Promise<DotPlaced> {
  const refuse = (message: string): DotPlaced => ({ ok: false, message })
  if (!view.open) return refuse(t('vote.error.closed'))
  if (delta > 0 && view.left <= 0) return refuse(t('vote.error.noneLeft'))
  if (delta < 0 && (view.byId.get(noteId)?.mine ?? 0) <= 0) return refuse(t('vote.error.noDot'))
  let headers: Record<string, string>
  try {
    headers = participantHeaders(await participantIdentity(workshop.target.sessionId, workshop.target.token))
  } catch (error) {
    return refuse(t('vote.error.identity', { message: error instanceof Error ? error.message : String(error) }))
  }
  try {
    const answer = await controlApi.dot(workshop.target, { note: noteId, delta }, headers)
    setMyDots(workshop.target.sessionId, answer)
    return { ok: true, left: answer.left }
  } catch (error) {
    // What we thought we had was not what the server has (another tab, a vote that changed): ask.
    if (error instanceof ApiError && error.status === 409) void refreshMyDots(workshop.target).catch(() => undefined)
    // An identity the server does not know (its data was reset): the next click gets a new one.
    if (error instanceof ApiError && error.status === 401) forgetParticipantIdentity(workshop.target.sessionId)
    if (error instanceof ApiError && error.status === 409) {
      // 409: the vote closed meanwhile, or the budget is used up (another tab of this browser).
      const message = error.message.toLowerCase()
      return refuse(t(message.includes('no vote') ? 'vote.error.closed' : message.includes('no dot on') ? 'vote.error.noDot' : 'vote.error.noneLeft'))
    }
    if (error instanceof ApiError && error.status === 400 && /not part of the vote/i.test(error.message)) return refuse(t('vote.error.notInVote'))
    return refuse(t('vote.error.other', { message: error instanceof Error ? error.message : String(error) }))
  }
}
