// The facilitator's silent-brainstorm controls: start it on an area (the focus area or the current
// question's by default) or the whole board, and reveal it (turning silence off shows every note at
// once on every screen). Exported for any host: the top bar's menu, a facilitator toolbar.
import { useMemo, useState } from 'react'
import { currentQuestion } from '../../../shared/workshop/index.ts'
import { controlApi } from '../facilitation/controlApi.ts'
import { useControl } from '../facilitation/useControl.ts'
import { useLang, useT } from '../i18n/I18nProvider.tsx'
import { areaChoices } from '../voting/voteTargets.ts'
import { useBoardTick } from '../voting/useVote.ts'
import { useWorkshop } from '../voting/workshopContext.ts'
import { silentSummary, useSilentRound } from './useSilence.ts'

const ALL = '@all'

export function SilentControls() {
  const t = useT()
  const lang = useLang()
  const workshop = useWorkshop()
  const { control } = useControl()
  const round = useSilentRound()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  // Live: the controls may sit in a menu that stays mounted while areas come and go.
  const tick = useBoardTick(workshop.board)
  // biome-ignore lint/correctness/useExhaustiveDependencies: tick counts the changes of the mutable board document (the same object throughout), so it is what makes this re-read the board
  const areas = useMemo(() => (workshop.board ? areaChoices(workshop.board, lang) : []), [workshop.board, lang, tick])
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the focus decides the preferred area (not every control change); tick counts the board's changes
  const preferred = useMemo(() => (workshop.board ? currentQuestion(workshop.board, control, lang).areaId : null), [workshop.board, control.focus, lang, tick])
  // null: not chosen yet, so the default follows the board (the focus area, else the current question's).
  const [chosen, setArea] = useState<string | null>(null)
  const area = chosen !== null && (chosen === ALL || areas.some((a) => a.id === chosen)) ? chosen : (preferred ?? areas[0]?.id ?? ALL)

  const send = async (on: boolean) => {
    setBusy(true)
    setError(null)
    try {
      await controlApi.silent(workshop.target, on && area !== ALL ? { on, area } : { on })
    } catch (cause) {
      setError(t('vote.error.other', { message: cause instanceof Error ? cause.message : String(cause) }))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="silent-controls" data-testid="silent-controls" data-on={round.on}>
      {round.on ? (
        <>
          <p className="round-status" data-testid="silent-status" data-count={round.count}>
            {silentSummary(round, t)}
          </p>
          <div className="round-actions">
            <button type="button" className="button primary" data-testid="silent-reveal" disabled={busy} onClick={() => void send(false)}>
              {t('silent.reveal')}
            </button>
          </div>
        </>
      ) : (
        <form
          className="round-form"
          onSubmit={(event) => {
            event.preventDefault()
            void send(true)
          }}
        >
          <p className="hint">{t('silent.explain')}</p>
          <label htmlFor="silent-area">{t('silent.area')}</label>
          <select id="silent-area" data-testid="silent-area" value={area} onChange={(event) => setArea(event.currentTarget.value)}>
            {areas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
            <option value={ALL}>{t('silent.area.all')}</option>
          </select>
          <div className="round-actions">
            <button type="submit" className="button primary" data-testid="silent-start" disabled={busy}>
              {t('silent.start')}
            </button>
          </div>
        </form>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
