// The actions of a working group: one row per action, one column per meeting (its status as read from
// that meeting's board, marked when it was updated after it), and owner, due date and status now, to
// change in place. On a phone the rows become cards, the meetings a line of small steps.
import { useMemo, useState } from 'react'
import type { ActionPatch } from '../../../shared/actions/types.ts'
import { SERIES_FILTERS, filterActions, type SeriesFilter } from '../../../shared/series/filter.ts'
import { ownersOf } from '../../../shared/actions/ownerFilter.ts'
import type { SeriesAction, SeriesHistoryEntry, SeriesSession, SeriesView } from '../../../shared/series/types.ts'
import { useMediaQuery } from '../app/useMediaQuery.ts'
import { useLang, useT } from '../i18n/I18nProvider.tsx'
import { DueDateMessage, useDueDraft } from '../actions/dueDateField.tsx'
import { OwnerField } from '../actions/OwnerField.tsx'
import { ALL_OWNERS, OwnerFilter, chosenOwner } from '../actions/OwnerFilter.tsx'
import { STATUS_LABEL, StatusSelect } from '../actions/StatusField.tsx'
import { dayMonth, meetingTitles, momentLabel, shortDay } from './format.ts'

export function ActionsView(props: { view: SeriesView; onPatch: (action: SeriesAction, patch: ActionPatch) => void }) {
  const t = useT()
  const lang = useLang()
  const narrow = useMediaQuery('(max-width: 760px)')
  const collator = useMemo(() => new Intl.Collator(lang, { sensitivity: 'base', numeric: true }), [lang])
  const [filter, setFilter] = useState<SeriesFilter>('all')
  const [owner, setOwner] = useState(ALL_OWNERS)
  const { actions, sessions } = props.view
  const owners = useMemo(() => ownersOf(actions, collator), [actions, collator])
  const shown = filterActions(actions, filter, chosenOwner(owner))
  // Two meetings on one day must not read the same: each is "Bijeenkomst 2 · 30 nov", its title in the tooltip and name.
  const titles = useMemo(() => meetingTitles(sessions.map((s) => s.title)), [sessions])
  const meetingLabel = (session: SeriesSession, i: number) => t('series.meeting.label', { n: i + 1, date: dayMonth(lang, session.date) })
  const meetingName = (session: SeriesSession, i: number) => t('series.meeting.name', { n: i + 1, title: session.title, date: shortDay(lang, session.date) })

  if (actions.length === 0)
    return (
      <p className="series-empty" data-testid="series-empty">
        {t('series.empty')}
      </p>
    )
  return (
    <section className="series-actions" aria-label={t('series.tab.actions')}>
      <div className="series-filters">
        <label>
          <span>{t('series.filter.status')}</span>
          <select data-testid="series-filter-status" value={filter} onChange={(e) => setFilter(e.target.value as SeriesFilter)}>
            {SERIES_FILTERS.map((key) => (
              <option key={key} value={key}>
                {t(`series.filter.${key}`)}
              </option>
            ))}
          </select>
        </label>
        <OwnerFilter
          testId="series-filter-owner"
          label={t('series.filter.owner')}
          allLabel={t('series.filter.allOwners')}
          noOwnerLabel={t('series.noOwner')}
          owners={owners}
          hasNoOwner={actions.some((a) => !a.owner)}
          value={owner}
          onChange={setOwner}
        />
        <span className="hint" data-testid="series-count">
          {t('series.count', { shown: shown.length, total: actions.length })}
        </span>
      </div>
      {shown.length === 0 ? (
        <p className="series-empty">{t('series.noMatch')}</p>
      ) : narrow ? (
        <ul className="series-cards">
          {shown.map((action) => (
            <li
              key={action.id}
              className="series-card"
              data-testid="series-action"
              data-action-id={action.id}
              data-status={action.status}
              data-late={action.late}
            >
              <p className="series-card-text">{action.text}</p>
              <ActionFields action={action} onPatch={(patch) => props.onPatch(action, patch)} />
              <ol className="series-steps" aria-label={t('series.eval.meeting')}>
                {sessions.map((session, i) => (
                  <MeetingCell key={session.id} session={session} action={action} label={meetingLabel(session, i)} name={meetingName(session, i)} compact />
                ))}
              </ol>
              <Updated action={action} />
            </li>
          ))}
        </ul>
      ) : (
        <div className="series-table-wrap">
          <table className="series-table">
            <thead>
              <tr>
                <th scope="col" className="series-col-action">
                  {t('series.col.action')}
                </th>
                {sessions.map((session, i) => (
                  <th
                    scope="col"
                    key={session.id}
                    className="series-col-meeting"
                    title={meetingName(session, i)}
                    aria-label={meetingName(session, i)}
                    data-testid="series-meeting"
                  >
                    {meetingLabel(session, i)}
                    <span className="series-meeting-title" aria-hidden="true">
                      {titles[i]}
                    </span>
                  </th>
                ))}
                <th scope="col">{t('series.col.owner')}</th>
                <th scope="col">{t('series.col.due')}</th>
                <th scope="col">{t('series.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((action) => (
                <tr key={action.id} data-testid="series-action" data-action-id={action.id} data-status={action.status} data-late={action.late}>
                  <th scope="row" className="series-col-action">
                    {action.text}
                    <Updated action={action} />
                  </th>
                  {sessions.map((session, i) => (
                    <td key={session.id} className="series-col-meeting">
                      <MeetingCell session={session} action={action} label={meetingLabel(session, i)} name={meetingName(session, i)} />
                    </td>
                  ))}
                  <ActionFields action={action} onPatch={(patch) => props.onPatch(action, patch)} asCells />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}

function ActionFields(props: { action: SeriesAction; onPatch: (patch: ActionPatch) => void; asCells?: boolean }) {
  const t = useT()
  const { action } = props
  const Cell = props.asCells ? 'td' : 'div'
  // The board's due-date field: reads what a note may hold ("eind februari"), says what it will save.
  const due = useDueDraft(action.due, (value) => props.onPatch({ due: value }))
  return (
    <>
      <Cell className="series-field">
        <label>
          <span className={props.asCells ? 'visually-hidden' : undefined}>{t('series.col.owner')}</span>
          <OwnerField value={action.owner} onCommit={(owner) => props.onPatch({ owner })} placeholder={t('series.owner.placeholder')} testId="series-owner" />
        </label>
      </Cell>
      <Cell className={`series-field${action.late ? ' late' : ''}`}>
        <label>
          <span className={props.asCells ? 'visually-hidden' : undefined}>{t('series.col.due')}</span>
          <input data-testid="series-due" data-late={action.late || undefined} {...due.input} />
        </label>
        {/* Outside the label: what it will save must not become part of the field's name. */}
        <DueDateMessage message={due.message} />
        {action.late && (
          <span className="series-late" data-testid="series-late">
            {t('series.late')}
          </span>
        )}
      </Cell>
      <Cell className="series-field">
        <label>
          <span className={props.asCells ? 'visually-hidden' : undefined}>{t('series.col.status')}</span>
          <StatusSelect testId="series-status" className={`status-${action.status}`} value={action.status} onChange={(status) => props.onPatch({ status })} />
        </label>
      </Cell>
    </>
  )
}

/** The action at one meeting: its status there, and a mark when it was updated after that meeting. */
function MeetingCell(props: { session: SeriesSession; action: SeriesAction; label: string; name: string; compact?: boolean }) {
  const t = useT()
  const lang = useLang()
  const entries = props.action.history.filter((h) => h.session === props.session.id)
  const atMeeting = entries.find((h): h is Extract<SeriesHistoryEntry, { kind: 'meeting' }> => h.kind === 'meeting')
  const updates = entries.filter((h): h is Extract<SeriesHistoryEntry, { kind: 'update' }> => h.kind === 'update')
  const Tag = props.compact ? 'li' : 'span'
  if (!atMeeting) {
    return props.compact ? null : (
      <span className="series-cell absent" title={t('series.absent')}>
        ·
      </span>
    )
  }
  const updatedTitle = updates.map((u) => `${t(STATUS_LABEL[u.status])}: ${t('series.updated', { name: u.by, when: momentLabel(lang, u.at) })}`).join('\n')
  return (
    <Tag
      className={`series-cell status-${atMeeting.status}`}
      data-testid="series-cell"
      data-session={props.session.id}
      data-status={atMeeting.status}
      title={props.name}
    >
      {props.compact && (
        <span className="series-step-n">
          {props.label}
          {/* The title, for those who cannot hover for the tooltip. */}
          <span className="visually-hidden"> ({props.session.title})</span>
        </span>
      )}
      {t(STATUS_LABEL[atMeeting.status])}
      {updates.length > 0 && (
        // Updated after the meeting: where it went, or a mark alone when the status stayed the same.
        <span className="series-updated-mark" title={updatedTitle}>
          {/* a name on a plain span is not read (axe aria-prohibited-attr): the words as hidden text instead */}
          <span aria-hidden="true">
            {updates[updates.length - 1]!.status === atMeeting.status ? '↻' : `→ ${t(STATUS_LABEL[updates[updates.length - 1]!.status])}`}
          </span>
          <span className="visually-hidden"> ({updatedTitle})</span>
        </span>
      )}
    </Tag>
  )
}

function Updated(props: { action: SeriesAction }) {
  const t = useT()
  const lang = useLang()
  const updated = props.action.updated
  if (!updated) return null
  return (
    <span className="series-updated hint" data-testid="series-updated">
      {t('series.updated', { name: updated.by, when: momentLabel(lang, updated.at) })}
    </span>
  )
}
