// For the facilitator: who changed which action between meetings, what and when, newest first.
import type { SeriesChange, SeriesView } from '../../../shared/series/types.ts'
import { useLang, useT, type Translate } from '../i18n/I18nProvider.tsx'
import { STATUS_LABEL } from '../actions/StatusField.tsx'
import { momentLabel, shortDay } from './format.ts'
import './evaluation.css'
import type { Lang } from '../../../shared/i18n/index.ts'

function describe(change: SeriesChange, t: Translate, lang: Lang): string {
  const none = t('series.change.none')
  const parts: string[] = []
  if (change.set.status !== undefined)
    parts.push(t('series.change.status', { from: t(STATUS_LABEL[change.before.status]), to: t(STATUS_LABEL[change.set.status]) }))
  if (change.set.owner !== undefined) parts.push(t('series.change.owner', { from: change.before.owner ?? none, to: change.set.owner ?? none }))
  if (change.set.due !== undefined)
    parts.push(t('series.change.due', { from: shortDay(lang, change.before.due) || none, to: shortDay(lang, change.set.due) || none }))
  return parts.join(', ')
}

export function ChangeLog(props: { view: SeriesView }) {
  const t = useT()
  const lang = useLang()
  const changes = props.view.changes ?? []
  const titles = new Map(props.view.sessions.map((s) => [s.id, s.title]))
  return (
    <section className="series-changes" data-testid="series-changes">
      <h2>{t('series.changes.heading')}</h2>
      {changes.length === 0 ? (
        <p className="series-empty">{t('series.changes.empty')}</p>
      ) : (
        <ol className="series-change-list">
          {changes.map((change) => (
            <li key={`${change.at}-${change.note}-${change.by}`} className="series-change" data-testid="series-change">
              <span className="series-change-when">{momentLabel(lang, change.at)}</span>
              <strong className="series-change-by">{change.by}</strong>
              <span className="series-change-text">{change.text}</span>
              <span className="series-change-what">{describe(change, t, lang)}</span>
              {titles.has(change.session) && <span className="hint">{titles.get(change.session)}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
