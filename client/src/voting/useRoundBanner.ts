// Whether the vote's line in the round bar shows: always while the vote is open; once it is closed,
// for CLOSED_BANNER_MS after the close on the server's clock (the result stays on the notes), or until
// this screen dismisses it, whichever comes first. Reopening the vote or starting a new one shows it
// again (a new close time, a new vote id).
import { useCallback, useEffect, useState } from 'react'
import type { VoteState } from '../../../shared/facilitation/index.ts'
import { roundBannerLeftMs } from '../../../shared/workshop/index.ts'
import { useControl } from '../facilitation/useControl.ts'

export function useRoundBanner(vote: VoteState | null): { shown: boolean; dismiss?: () => void } {
  const { serverNow } = useControl()
  const key = vote ? `${vote.id}:${vote.phase}:${vote.closedAt ?? ''}` : ''
  const [dismissed, setDismissed] = useState<string | null>(null)
  const [expired, setExpired] = useState<string | null>(null)
  const left = vote ? roundBannerLeftMs(vote, serverNow()) : 0
  // biome-ignore lint/correctness/useExhaustiveDependencies: key covers vote; left is read once per key (it shrinks every render)
  useEffect(() => {
    if (!vote || left === Infinity || left <= 0) return
    const timer = setTimeout(() => setExpired(key), left + 50)
    return () => clearTimeout(timer)
  }, [key])
  const dismiss = useCallback(() => setDismissed(key), [key])
  if (!vote) return { shown: false }
  if (vote.phase === 'open') return { shown: true }
  return { shown: left > 0 && expired !== key && dismissed !== key, dismiss }
}
