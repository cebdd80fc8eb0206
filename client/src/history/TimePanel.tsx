// Terug in de tijd: the board's history points, newest first, with their time and what the board held;
// restoring one asks first, then makes the board that point for everyone (the board just before is kept
// as a point of its own, so a restore can be restored away again).
import { useCallback, useState } from 'react'
import type { HistoryPointJson } from '../../../shared/api/history.ts'
import { ago } from '../../../shared/history/ago.ts'
import type { ControlTarget } from '../facilitation/controlApi.ts'
import { useLang, useT } from '../i18n/I18nProvider.tsx'
import { historyApi } from './historyApi.ts'
import { PanelShell } from './PanelShell.tsx'
import { usePolledList } from './usePolledList.ts'

const REFRESH_MS = 10_000

/** The point's time: hours and minutes, the day when not today, seconds when `seconds` (points a minute apart or closer). */
function timeLabel(at: string, lang: string, now: number, seconds = false): string {
  const date = new Date(at)
  const sameDay = new Date(now).toDateString() === date.toDateString()
  return new Intl.DateTimeFormat(lang, {
    ...(sameDay ? {} : { day: 'numeric', month: 'short' }),
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
  }).format(date)
}

/** Whether two points share a minute: then their times need seconds to tell them apart. */
function crowdedMinutes(points: readonly HistoryPointJson[]): boolean {
  const minutes = points.map((p) => Math.floor(Date.parse(p.at) / 60_000))
  return new Set(minutes).size < minutes.length
}

export function TimePanel(props: { target: ControlTarget }) {
  const t = useT()
  const lang = useLang()
  const [asking, setAsking] = useState<string | null>(null)
  const fetchPoints = useCallback(async () => (await historyApi.points(props.target)).points, [props.target])
  const { list: points, error, notice, busy, act } = usePolledList(fetchPoints, REFRESH_MS)

  const now = Date.now()
  const restore = async (at: string) => {
    const done = await act(async () => {
      await historyApi.restorePoint(props.target, at)
      return t('history.time.done', { time: timeLabel(at, lang, Date.now()) })
    })
    if (done) setAsking(null)
  }

  const newestFirst = points ? [...points].reverse() : null
  const seconds = points ? crowdedMinutes(points) : false
  return (
    <PanelShell
      testId="history-panel"
      title={t('history.time.title')}
      intro={t('history.time.intro')}
      notice={{ text: notice, testId: 'history-notice' }}
      error={error}
    >
      {newestFirst === null && !error && <p className="hint">{t('history.loading')}</p>}
      {newestFirst?.length === 0 && <p className="hint history-empty">{t('history.time.empty')}</p>}
      {newestFirst && newestFirst.length > 0 && (
        <ol className="history-list history-points">
          {newestFirst.map((point) => {
            const when = ago(Date.parse(point.at), now)
            const time = timeLabel(point.at, lang, now, seconds)
            return (
              <li key={point.at} className="history-point" data-testid="history-point" data-at={point.at} data-notes={point.notes}>
                <div className="history-point-row">
                  <span className="history-time">
                    <strong>{time}</strong>
                    <span className="hint"> · {t(when.key, { n: when.n })}</span>
                  </span>
                  <span className="history-counts">{t('history.time.counts', { notes: point.notes, areas: point.areas })}</span>
                  {asking !== point.at && (
                    <button
                      type="button"
                      className="button secondary history-restore"
                      data-testid="history-restore"
                      disabled={busy}
                      onClick={() => setAsking(point.at)}
                    >
                      {t('history.time.restore')}
                    </button>
                  )}
                </div>
                {asking === point.at && (
                  <div className="history-confirm" role="alertdialog" aria-label={t('history.time.restore')}>
                    <p>{t('history.time.confirm', { time })}</p>
                    <div className="history-confirm-actions">
                      <button type="button" className="button secondary" data-testid="history-cancel" disabled={busy} onClick={() => setAsking(null)}>
                        {t('history.time.cancel')}
                      </button>
                      <button type="button" className="button primary" data-testid="history-confirm" disabled={busy} onClick={() => void restore(point.at)}>
                        {t('history.time.confirmYes')}
                      </button>
                    </div>
                  </div>
                )}
              </li>
            )
          })}
        </ol>
      )}
    </PanelShell>
  )
}
