// The action list beside the canvas ("actieoverzicht"): who does what by when, live from the board.
// People who can edit change owner, date and status in place (through the editor, so undo works and
// everyone sees it); viewers read. A click on an action's text flies the camera to its note.
import { useMemo, useState } from 'react'
import type { Editor } from 'tldraw'
import { boardKnownNames, isOverdue, todayIso } from '../../../shared/actions/index.ts'
import type { BoardDoc } from '../../../shared/board/index.ts'
import { numericDate, shortDate } from '../../../shared/actions/formatDate.ts'
import { ACTION_STATUSES, type Action, type ActionStatus } from '../../../shared/actions/types.ts'
import { ACTION_SORTS, sortActions, type ActionSort } from '../../../shared/actions/sort.ts'
import { ownerMatches, ownersOf } from '../../../shared/actions/ownerFilter.ts'
import type { MessageKey } from '../../../shared/i18n/index.ts'
import { useLang, useT } from '../i18n/I18nProvider.tsx'
import { DueDateMessage, useDueDraft } from './dueDateField.tsx'
import { OwnerField } from './OwnerField.tsx'
import { STATUS_LABEL, StatusSelect } from './StatusField.tsx'
import { patchAction, showNote } from './edits.ts'
import { SeriesLink } from '../series/SeriesLink.tsx'
import { ALL_OWNERS, OwnerFilter, chosenOwner } from './OwnerFilter.tsx'

/** "Any" in both filters: the owner filter's own value. */
const ALL = ALL_OWNERS

export function ActionsPanel(props: {
  actions: readonly Action[]
  editor: Editor | null
  /** The board and the workshop's date the actions were read with: a hand edit reads the note the same way. */
  board: BoardDoc | null
  reference: Date
  readOnly: boolean
  onClose: () => void
  /** Phones: the panel is a full-screen sheet, so flying to a note closes it. */
  closeOnShow: boolean
  /** The link whose actieoverzicht to open ("Actieoverzicht werkgroep"); absent for view links. */
  series?: { prefix: 's' | 'f'; token: string }
}) {
  const t = useT()
  const lang = useLang()
  const collator = useMemo(() => new Intl.Collator(lang, { sensitivity: 'base', numeric: true }), [lang])
  const [sort, setSort] = useState<ActionSort>('due')
  const [owner, setOwner] = useState<string>(ALL)
  const [status, setStatus] = useState<string>(ALL)
  const today = todayIso(new Date())

  const owners = useMemo(() => ownersOf(props.actions, collator), [props.actions, collator])
  const hasNoOwner = props.actions.some((action) => !action.owner)

  const shown = useMemo(() => {
    const chosen = chosenOwner(owner)
    const filtered = props.actions.filter((action) => ownerMatches(action, chosen) && (status === ALL || action.status === status))
    return sortActions(filtered, lang, sort)
  }, [props.actions, owner, status, sort, lang])

  const readOnly = props.readOnly || !props.editor
  const total = props.actions.length

  return (
    <aside className="actions-panel" data-testid="actions-panel" aria-labelledby="actions-panel-title" data-readonly={readOnly}>
      <header className="actions-panel-header">
        <h2 id="actions-panel-title">
          {t('actionsPanel.title')} <span className="actions-panel-count">{total}</span>
        </h2>
        {props.readOnly && <span className="readonly-badge">{t('actionsPanel.readonly')}</span>}
        <button type="button" className="icon-button" aria-label={t('actionsPanel.close')} title={t('actionsPanel.close')} onClick={props.onClose}>
          ×
        </button>
      </header>

      {props.series && (
        <div className="actions-series">
          <SeriesLink prefix={props.series.prefix} token={props.series.token} className="button secondary actions-series-link" />
        </div>
      )}

      {total > 0 && (
        <div className="actions-controls">
          <label className="actions-control">
            <span>{t('actionsPanel.sort')}</span>
            <select data-testid="actions-sort" value={sort} onChange={(e) => setSort(e.target.value as ActionSort)}>
              {ACTION_SORTS.map((key) => (
                <option key={key} value={key}>
                  {t(`actionsPanel.sort.${key}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
          <OwnerFilter
            testId="actions-filter-owner"
            className="actions-control"
            label={t('actionsPanel.filterOwner')}
            allLabel={t('actionsPanel.all')}
            noOwnerLabel={t('actionsPanel.noOwner')}
            owners={owners}
            hasNoOwner={hasNoOwner}
            value={owner}
            onChange={setOwner}
          />
          <label className="actions-control">
            <span>{t('actionsPanel.filterStatus')}</span>
            <select data-testid="actions-filter-status" value={status} onChange={(e) => setStatus(e.target.value)}>
              <option value={ALL}>{t('actionsPanel.allStatuses')}</option>
              {ACTION_STATUSES.map((key) => (
                <option key={key} value={key}>
                  {t(STATUS_LABEL[key])}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}

      <div className="actions-body">
        {total === 0 ? (
          <div className="actions-empty" data-testid="actions-empty">
            <svg viewBox="0 0 48 48" width="48" height="48" aria-hidden="true">
              <rect x="8" y="8" width="32" height="32" rx="3" fill="#fde68a" />
              <path d="M16 24l6 6 11-13" fill="none" stroke="#1f3a5f" strokeWidth="3.5" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            <h3>{t('actionsPanel.empty.title')}</h3>
            <p>{t('actionsPanel.empty.body')}</p>
          </div>
        ) : shown.length === 0 ? (
          <p className="actions-nomatch">{t('actionsPanel.noMatch')}</p>
        ) : (
          <ul className="actions-list">
            {shown.map((action) => (
              <ActionRow
                key={action.id}
                action={action}
                overdue={isOverdue(action, today)}
                readOnly={readOnly}
                onPatch={(patch) =>
                  props.editor &&
                  patchAction(props.editor, action.noteId, patch, {
                    reference: props.reference,
                    known: props.board ? boardKnownNames(props.board) : undefined,
                  })
                }
                onShow={() => {
                  if (!props.editor) return
                  showNote(props.editor, action.noteId)
                  if (props.closeOnShow) props.onClose()
                }}
              />
            ))}
          </ul>
        )}
      </div>
    </aside>
  )
}

function ActionRow(props: {
  action: Action
  overdue: boolean
  readOnly: boolean
  onPatch: (patch: { owner?: string | null; due?: string | null; status?: ActionStatus }) => void
  onShow: () => void
}) {
  const t = useT()
  const lang = useLang()
  const { action, overdue, readOnly } = props
  const dueLabel = action.due ? shortDate(lang, action.due) : ''
  const due = useDueDraft(action.due, (value) => props.onPatch({ due: value }))

  return (
    <li className="action-row" data-testid="action-row" data-action-id={action.id} data-overdue={overdue ? 'true' : 'false'} data-status={action.status}>
      <button type="button" className="action-text" onClick={props.onShow} title={t('actionsPanel.show')}>
        <span className={`action-status-dot status-${action.status}`} aria-hidden="true" />
        <span className="action-text-body">{action.text || t('actionsPanel.noText')}</span>
      </button>
      {(action.areaLabel || action.votes > 0) && (
        <div className="action-meta">
          {action.areaLabel && <span className="action-area">{action.areaLabel}</span>}
          {action.votes > 0 && <span className="action-votes">{t('actionsPanel.votes', { count: action.votes })}</span>}
        </div>
      )}
      <div className="action-fields">
        {/* biome-ignore lint/a11y/noLabelWithoutControl: the label wraps OwnerField/StatusSelect (an <input>/<select>), or for a read-only role an <output>, which HTML labels too; Biome does not look into the ternary */}
        <label className="action-field action-field-owner">
          <span>{t('actionsPanel.owner')}</span>
          {readOnly ? (
            <output data-testid="action-owner">{action.owner ?? '—'}</output>
          ) : (
            <OwnerField
              value={action.owner}
              onCommit={(owner) => props.onPatch({ owner })}
              placeholder={t('actionsPanel.ownerPlaceholder')}
              testId="action-owner"
            />
          )}
        </label>
        {/* Not a wrapping <label>: the line under the fields must not become part of the field's name. */}
        <div className={`action-field action-field-due${overdue ? ' overdue' : ''}`}>
          <label htmlFor={readOnly ? undefined : `due-${action.id}`}>
            {t('actionsPanel.due')}
            {overdue && (
              <span className="overdue-flag" title={t('actionsPanel.overdue')}>
                <svg viewBox="0 0 16 16" width="13" height="13" aria-hidden="true">
                  <path d="M8 1.5l7 13H1z" fill="currentColor" />
                  <path d="M8 6v4M8 12v.5" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
                </svg>
                {t('actionsPanel.overdue')}
              </span>
            )}
          </label>
          {readOnly ? (
            <output data-testid="action-due" data-value={action.due ?? ''} title={action.due ? numericDate(action.due) : undefined}>
              {dueLabel || '—'}
            </output>
          ) : (
            <input id={`due-${action.id}`} data-testid="action-due" {...due.input} />
          )}
        </div>
        {/* biome-ignore lint/a11y/noLabelWithoutControl: the label wraps OwnerField/StatusSelect (an <input>/<select>), or for a read-only role an <output>, which HTML labels too; Biome does not look into the ternary */}
        <label className="action-field action-field-status">
          <span>{t('actionsPanel.status')}</span>
          {readOnly ? (
            <output data-testid="action-status" data-value={action.status}>
              {t(STATUS_LABEL[action.status])}
            </output>
          ) : (
            <StatusSelect testId="action-status" value={action.status} onChange={(status) => props.onPatch({ status })} />
          )}
        </label>
        {!readOnly && <DueDateMessage message={due.message} />}
      </div>
    </li>
  )
}
