// The projector's few controls, out of sight until the mouse moves (a projector shows the board, not
// buttons): the action list, the join card, other people's cursors, full screen, and the way back to the ordinary viewer page.
// They fade rather than disappear, so a click where they were still lands on them.
import { useEffect, useState } from 'react'
import { useT } from '../i18n/I18nProvider.tsx'

/** After this long without the mouse moving, the controls (and the pointer) fade away. */
const IDLE_MS = 3_000

export function ProjectorControls(props: {
  actionsCount: number
  actionsOpen: boolean
  onToggleActions: () => void
  joinShown: boolean
  /** null: there is no join card to show (the session has no join code). */
  onToggleJoin: (() => void) | null
  cursorsShown: boolean
  onToggleCursors: () => void
  onLeave: () => void
}) {
  const t = useT()
  const awake = useAwake()
  const fullscreen = useFullscreen()

  return (
    <div
      className="projector-controls card"
      data-testid="projector-controls"
      data-awake={awake || undefined}
      role="toolbar"
      aria-label={t('projector.controls')}
    >
      <button
        type="button"
        className="button secondary"
        data-testid="actions-toggle"
        data-count={props.actionsCount}
        aria-pressed={props.actionsOpen}
        title={t('actionsPanel.toggle', { count: props.actionsCount })}
        onClick={props.onToggleActions}
      >
        {t('actionsPanel.toggleShort')} <span className="actions-toggle-count">{props.actionsCount}</span>
      </button>
      {props.onToggleJoin && (
        <button type="button" className="button secondary" data-testid="projector-toggle-join" aria-pressed={props.joinShown} onClick={props.onToggleJoin}>
          {props.joinShown ? t('projector.hideJoin') : t('projector.showJoin')}
        </button>
      )}
      <button
        type="button"
        className="button secondary"
        data-testid="projector-toggle-cursors"
        aria-pressed={props.cursorsShown}
        onClick={props.onToggleCursors}
      >
        {props.cursorsShown ? t('projector.hideCursors') : t('projector.showCursors')}
      </button>
      {document.fullscreenEnabled && (
        <button
          type="button"
          className="button secondary"
          data-testid="projector-fullscreen"
          aria-pressed={fullscreen}
          onClick={() => {
            if (document.fullscreenElement) void document.exitFullscreen().catch(() => {})
            else void document.documentElement.requestFullscreen().catch(() => {})
          }}
        >
          {fullscreen ? t('projector.exitFullscreen') : t('projector.fullscreen')}
        </button>
      )}
      <button type="button" className="button secondary" data-testid="projector-leave" onClick={props.onLeave}>
        {t('projector.leave')}
      </button>
    </div>
  )
}

/** True for a while after the page opens and after every mouse move or key press; sets data-idle on <html>. */
function useAwake(): boolean {
  const [awake, setAwake] = useState(true)
  useEffect(() => {
    let timer = setTimeout(() => setAwake(false), IDLE_MS)
    const wake = () => {
      setAwake(true)
      clearTimeout(timer)
      timer = setTimeout(() => setAwake(false), IDLE_MS)
    }
    window.addEventListener('pointermove', wake, { passive: true })
    window.addEventListener('pointerdown', wake, { passive: true })
    window.addEventListener('keydown', wake)
    return () => {
      clearTimeout(timer)
      window.removeEventListener('pointermove', wake)
      window.removeEventListener('pointerdown', wake)
      window.removeEventListener('keydown', wake)
    }
  }, [])
  useEffect(() => {
    // The pointer hides with the controls: no arrow parked on the projected board.
    document.documentElement.toggleAttribute('data-projector-idle', !awake)
    return () => document.documentElement.removeAttribute('data-projector-idle')
  }, [awake])
  return awake
}

function useFullscreen(): boolean {
  const [on, setOn] = useState(() => document.fullscreenElement !== null)
  useEffect(() => {
    const onChange = () => setOn(document.fullscreenElement !== null)
    document.addEventListener('fullscreenchange', onChange)
    return () => document.removeEventListener('fullscreenchange', onChange)
  }, [])
  return on
}
