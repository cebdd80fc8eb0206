// The yearly evaluation of a working group: per meeting how its actions stood (bar rows, no chart
// library) and how each actor's place on the participation ladder's "now" lane moved between meetings.
import { isMessageKey, type MessageKey } from '../../../shared/i18n/index.ts'
import type { StatusCounts, SeriesView } from '../../../shared/series/types.ts'
import { useLang, useT } from '../i18n/I18nProvider.tsx'
import { shortDay } from './format.ts'
import './evaluation.css'

const PARTS = ['done', 'doing', 'open', 'dropped'] as const
const PART_LABEL: Record<(typeof PARTS)[number], MessageKey> = {
  done: 'actionsPanel.status.done',
  doing: 'actionsPanel.status.doing',
  open: 'actionsPanel.status.open',
  dropped: 'actionsPanel.status.dropped',
}

export function EvaluationView(props: { view: SeriesView }) {
  const t = useT()
  const lang = useLang()
  const { sessions, evaluation } = props.view
  const rows: Array<{ key: string; label: string; counts: StatusCounts }> = [
    ...evaluation.meetings.map((row, i) => ({ key: row.session, label: `${i + 1}. ${shortDay(lang, row.date)}`, counts: row })),
    { key: 'now', label: `${t('series.eval.now')} (${shortDay(lang, evaluation.now.date)})`, counts: evaluation.now },
  ]
  const most = Math.max(1, ...rows.map((row) => row.counts.total))
  const rung = (key: string) => {
    const label = `ladder.rung.${key}`
    return isMessageKey(label) ? t(label) : key
  }
  return (
    <section className="series-eval" data-testid="series-evaluation">
      <h2>{t('series.eval.actions')}</h2>
      <p className="hint">{t('series.eval.actionsHint')}</p>
      <div className="series-eval-legend" aria-hidden="true">
        {PARTS.map((part) => (
          <span key={part} className={`series-legend status-${part}`}>
            {t(PART_LABEL[part])}
          </span>
        ))}
        <span className="series-legend late">{t('series.late')}</span>
      </div>
      <table className="series-eval-table">
        <thead>
          <tr>
            <th scope="col">{t('series.eval.meeting')}</th>
            {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty header cell, not focusable (no tabindex, no content), above the bar column that is itself aria-hidden */}
            <th scope="col" className="series-eval-bar-col" aria-hidden="true" />
            <th scope="col">{t('series.eval.total')}</th>
            {PARTS.map((part) => (
              <th scope="col" key={part}>
                {t(PART_LABEL[part])}
              </th>
            ))}
            <th scope="col">{t('series.late')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-testid="series-eval-row">
              <th scope="row">{row.label}</th>
              <td className="series-eval-bar-col">
                <span className="series-bar" style={{ width: `${(row.counts.total / most) * 100}%` }}>
                  {PARTS.map((part) =>
                    row.counts[part] > 0 ? <span key={part} className={`series-bar-part status-${part}`} style={{ flexGrow: row.counts[part] }} /> : null,
                  )}
                </span>
              </td>
              <td>{row.counts.total}</td>
              {PARTS.map((part) => (
                <td key={part} data-part={part}>
                  {row.counts[part]}
                </td>
              ))}
              <td data-part="late" className={row.counts.late > 0 ? 'late' : undefined}>
                {row.counts.late}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t('series.eval.ladder')}</h2>
      <p className="hint">{t('series.eval.ladderHint')}</p>
      {evaluation.ladder.length === 0 ? (
        <p className="series-empty" data-testid="series-ladder-empty">
          {t('series.eval.ladderEmpty')}
        </p>
      ) : (
        <div className="series-table-wrap">
          <table className="series-eval-table series-ladder">
            <thead>
              <tr>
                <th scope="col">{t('series.eval.actor')}</th>
                {sessions.map((session, i) => (
                  <th scope="col" key={session.id} title={session.title}>
                    {i + 1}. {shortDay(lang, session.date)}
                  </th>
                ))}
                <th scope="col">{t('series.eval.moved')}</th>
              </tr>
            </thead>
            <tbody>
              {evaluation.ladder.map((track) => (
                <tr key={track.name} data-testid="series-ladder-row">
                  <th scope="row">{track.name}</th>
                  {track.rungs.map((key, i) => (
                    <td key={sessions[i]?.id ?? i}>{key ? rung(key) : '·'}</td>
                  ))}
                  <td className={track.moved > 0 ? 'up' : track.moved < 0 ? 'down' : undefined}>
                    {track.moved > 0
                      ? `↑ ${t('series.eval.up', { count: track.moved })}`
                      : track.moved < 0
                        ? `↓ ${t('series.eval.down', { count: -track.moved })}`
                        : t('series.eval.same')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
