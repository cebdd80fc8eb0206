// The action state of one note in the list view: marked as action or not, and its owner, due date and
// status, editable by keyboard under the same rules as the canvas's actions panel (the same fields:
// actions/OwnerField, dueDateField, StatusField; the same rule: shared/actions/editNote.ts), written
// straight into the board document (actionWrite.ts). The Besluit toggle sits beside it.
// Contract (issue 15): rendered by the list view's item for every note; `canEdit` is false for the view
// role, while the board is locked for participants, and wherever the canvas would refuse the edit:
// then the state is text, without controls.
import { useMemo, useState } from 'react'
import { actionMeta, boardKnownNames, shortDate } from '../../../shared/actions/index.ts'
import type { Action, ActionPatch } from '../../../shared/actions/types.ts'
import { isMarkedDecision } from '../../../shared/decisions/readDecisions.ts'
import { useActionList, useActionListContext } from '../actions/useActions.ts'
import { OwnerField } from '../actions/OwnerField.tsx'
import { DueDateMessage, useDueDraft } from '../actions/dueDateField.tsx'
import { STATUS_LABEL, StatusSelect } from '../actions/StatusField.tsx'
import { useDecisionList } from '../decisions/useDecisions.ts'
import { useLang, useT } from '../i18n/I18nProvider.tsx'
import { noteLabel } from '../voting/NoteTitle.tsx'
import { useWorkshop } from '../voting/workshopContext.ts'
import { patchActionOnBoard, toggleActionOnBoard, toggleDecisionOnBoard } from './actionWrite.ts'
import { sayFromControls } from './controlsSay.tsx'
import { shortNoteName } from './noteName.ts'
import './NoteControls.css'

/** The day this page opened: the workshop's date when the page gave none (see useNoteActionList). */
function today(): Date {
  const now = new Date()
  return new Date(now.getFullYear(), now.getMonth(), now.getDate(), 12)
}

/**
 * The board's action list, as the page provides it (ActionListContext, read with the workshop's date,
 * as the board page does); a page that provides none gets the one shared list read with today's date.
 */
function useNoteActionList() {
  const lang = useLang()
  const { board } = useWorkshop()
  const fromPage = useActionListContext()
  const fallbackDate = useMemo(today, [])
  const own = useActionList(fromPage.reference ? null : board, fallbackDate, lang)
  return fromPage.reference ? { list: fromPage, reference: fromPage.reference } : { list: own, reference: fallbackDate }
}

export function NoteAction(props: { noteId: string; canEdit: boolean }) {
  const t = useT()
  const lang = useLang()
  const workshop = useWorkshop()
  const { board, privateBoard } = workshop
  const { list, reference } = useNoteActionList()
  const decisions = useDecisionList(board, lang)
  // The last refusal, shown beside the note (it is spoken by the page's alert region, controlsSay.tsx).
  const [refused, setRefused] = useState<string | null>(null)
  const record = board?.get(props.noteId) ?? privateBoard?.get(props.noteId)
  if (!board || !record || record.type !== 'note') return null

  const name = shortNoteName(noteLabel(record)) || t('phone.empty')
  const action = list.byNote.get(props.noteId)
  const marked = actionMeta(record).marked === true
  // In an Acties area a note is an action without the mark (and in Besluiten a decision): the toggle
  // says so, and does nothing, as on the canvas.
  const actionFromArea = Boolean(action) && !marked
  const decisionMarked = isMarkedDecision(record)
  const decisionFromArea = decisions.ids.has(props.noteId) && !decisionMarked
  const isDecision = decisionMarked || decisionFromArea
  const docs = { board, privateBoard }
  const say = (text: string, tone: 'status' | 'alert' = 'status') => {
    setRefused(tone === 'alert' ? text : null)
    sayFromControls(text, tone)
  }

  const onPatch = (patch: ActionPatch) => {
    const plan = patchActionOnBoard(docs, props.noteId, patch, { reference, known: boardKnownNames(board) })
    if (plan.ok) say(t('listAction.saved'))
    else say(plan.error === 'unknown-note' ? t('listAction.gone') : t('listAction.error', { message: plan.message }), 'alert')
  }

  if (!props.canEdit) {
    if (!action && !isDecision) return null
    return (
      <div className="note-action" data-testid="note-action" data-note-id={props.noteId} data-marked={Boolean(action)}>
        <ActionState action={action} decision={isDecision} />
      </div>
    )
  }

  return (
    <div className="note-action" data-testid="note-action" data-note-id={props.noteId} data-marked={Boolean(action)}>
      <div className="note-marks">
        <MarkToggle
          testId="note-action-toggle"
          pressed={Boolean(action) || marked}
          fromArea={actionFromArea}
          label={t('listAction.toggle')}
          name={t('listAction.toggleFor', { note: name })}
          hint={actionFromArea ? t('markAction.inArea') : undefined}
          onToggle={() => {
            if (!toggleActionOnBoard(docs, props.noteId)) return say(t('listAction.gone'), 'alert')
            say(t(marked ? 'listAction.unmarked' : 'listAction.marked', { note: name }))
          }}
        />
        <MarkToggle
          testId="note-decision-toggle"
          pressed={isDecision}
          fromArea={decisionFromArea}
          label={t('listDecision.toggle')}
          name={t('listDecision.toggleFor', { note: name })}
          hint={decisionFromArea ? t('decision.inArea') : undefined}
          onToggle={() => {
            if (!toggleDecisionOnBoard(docs, props.noteId)) say(t('listAction.gone'), 'alert')
          }}
        />
      </div>
      {action && <ActionFields key={action.id} action={action} groupName={t('listAction.fields', { note: name })} onPatch={onPatch} />}
      {refused && (
        <p className="note-said note-said-alert" data-testid="note-action-refused">
          {refused}
        </p>
      )}
    </div>
  )
}

function MarkToggle(props: { testId: string; pressed: boolean; fromArea: boolean; label: string; name: string; hint?: string; onToggle: () => void }) {
  return (
    <button
      type="button"
      className="note-mark-toggle"
      data-testid={props.testId}
      aria-pressed={props.pressed}
      aria-disabled={props.fromArea || undefined}
      aria-label={props.name}
      title={props.hint}
      onClick={() => !props.fromArea && props.onToggle()}
    >
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
        {props.pressed ? (
          <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
        ) : (
          <path d="M8 3v10M3 8h10" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
        )}
      </svg>
      {props.label}
    </button>
  )
}

function ActionFields(props: { action: Action; groupName: string; onPatch: (patch: ActionPatch) => void }) {
  const t = useT()
  const { action } = props
  const due = useDueDraft(action.due, (value) => props.onPatch({ due: value }))
  const dueId = `note-due-${action.id}`
  return (
    // biome-ignore lint/a11y/useSemanticElements: the owner/due/status fields laid out as one grid row; a <fieldset> brings a border, padding and min-width: min-content that break the grid, role=group gives the same grouping
    <div className="note-action-fields" role="group" aria-label={props.groupName} data-testid="note-action-fields">
      <label className="note-action-field">
        <span>{t('actionsPanel.owner')}</span>
        <OwnerField
          value={action.owner}
          onCommit={(owner) => props.onPatch({ owner })}
          placeholder={t('actionsPanel.ownerPlaceholder')}
          testId="note-action-owner"
        />
      </label>
      <div className="note-action-field">
        <label htmlFor={dueId}>{t('actionsPanel.due')}</label>
        <input id={dueId} data-testid="note-action-due" {...due.input} />
      </div>
      <label className="note-action-field">
        <span>{t('actionsPanel.status')}</span>
        <StatusSelect value={action.status} onChange={(status) => props.onPatch({ status })} testId="note-action-status-select" />
      </label>
      <DueDateMessage message={due.message} />
    </div>
  )
}

/** For who may not edit: the action and decision state as one line of text. */
function ActionState(props: { action: Action | undefined; decision: boolean }) {
  const t = useT()
  const lang = useLang()
  const { action } = props
  return (
    <p className="note-action-state" data-testid="note-action-state">
      {action && (
        <>
          <strong>{t('listAction.state')}</strong>
          {' · '}
          {t('actionsPanel.owner')}: {action.owner ?? t('listAction.noOwner')}
          {' · '}
          {t('actionsPanel.due')}: {action.due ? shortDate(lang, action.due) : t('listAction.noDue')}
          {' · '}
          {t(STATUS_LABEL[action.status])}
        </>
      )}
      {action && props.decision && ' · '}
      {props.decision && <strong>{t('listDecision.state')}</strong>}
    </p>
  )
}
