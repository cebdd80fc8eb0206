// What the facilitator's controls do on every board page, over the canvas: the timer, the lock
// (read-only editor and a banner for participants), the structure lock, follow me (and "follow
// again"). Rendered once by BoardView inside the canvas area (the projector's camera: useProjector).
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Editor } from 'tldraw'
import type { Peer, Role } from '../collab/types.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { useBoardLock, useStructureGuard } from './locks.ts'
import { useNoteSettling } from '../layout/useNoteSettling.ts'
import { TimerBadge } from './TimerBadge.tsx'
import { useControl } from './useControl.ts'
import { useFollowInstruction } from './useFollowInstruction.ts'

const TOAST_MS = 4_000

export function FacilitationLayer(props: {
  editor: Editor | null
  role: Role
  peers: readonly Peer[]
  /** The projector layout (its header shows the timer; it moves its own camera). */
  projector: boolean
  followingUserId: string | null
}) {
  const { editor, role, projector } = props
  const t = useT()
  const { control } = useControl()
  const [toast, setToast] = useState<string | null>(null)
  const toastTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  const showToast = useCallback((message: string) => {
    setToast(message)
    clearTimeout(toastTimer.current)
    toastTimer.current = setTimeout(() => setToast(null), TOAST_MS)
  }, [])
  useEffect(() => () => clearTimeout(toastTimer.current), [])

  useBoardLock(editor, role, control.lock.board)
  useStructureGuard(editor, role, control.lock.structure, () => showToast(t('lock.structureRefused')))
  // The structure lock holds participants' areas where they are; the facilitator may always grow them.
  useNoteSettling(editor, role === 'facilitator' || !control.lock.structure, role === 'view' || projector)
  const refollow = useFollowInstruction(editor, role !== 'facilitator' && !projector, control.follow, props.peers, props.followingUserId)

  return (
    <div className="facilitation-overlay" data-projector={projector || undefined}>
      {!projector && <TimerBadge beepAtZero={role === 'facilitator'} />}
      {control.lock.board && role === 'join' && (
        <div className="facilitation-banner banner-locked" data-testid="locked-banner" role="status">
          <LockIcon />
          {t('lock.banner')}
        </div>
      )}
      {control.lock.board && role === 'facilitator' && (
        <div className="facilitation-banner banner-locked banner-quiet" data-testid="locked-indicator" role="status">
          <LockIcon />
          {t('lock.indicator')}
        </div>
      )}
      {refollow.offer && (
        <div className="facilitation-banner banner-follow" data-testid="follow-banner" role="status">
          <span>{t('follow.banner')}</span>
          <button type="button" className="button primary" data-testid="follow-again" onClick={refollow.followAgain}>
            {t('follow.again')}
          </button>
        </div>
      )}
      {toast && (
        <div className="facilitation-banner banner-toast" data-testid="facilitation-toast" role="alert">
          {toast}
        </div>
      )}
    </div>
  )
}

export function LockIcon() {
  return (
    <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" className="lock-icon">
      <rect x="4" y="9" width="12" height="8.5" rx="1.6" fill="currentColor" />
      <path d="M6.8 9V6.6a3.2 3.2 0 016.4 0V9" fill="none" stroke="currentColor" strokeWidth="1.9" />
    </svg>
  )
}
