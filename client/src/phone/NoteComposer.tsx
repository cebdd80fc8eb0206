// One box to write a note into an area: the phone page has one (for the current question), the list
// view one per area. The note is written straight into the synced board by the shared placement rule
// (addPhoneNote: inside the area, covering no other note; into our private document while a silent round
// covers it), so it is live on every canvas and the server judges it as any canvas edit. Disabled, with
// the reason shown, for the view link and while the facilitator has locked the board: aria-disabled and
// read-only rather than `disabled`, so a lock that comes while someone types leaves the focus (and the
// draft) where it was instead of dropping it to <body>.
import { useRef, useState, type FormEvent } from 'react'
import type { ConnectionState } from '../collab/types.ts'
import { useControl } from '../facilitation/useControl.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { notify, useWorkshop } from '../voting/workshopContext.ts'
import { addPhoneNote, MAX_NOTE_LENGTH } from './addPhoneNote.ts'

export function NoteComposer(props: {
  areaId: string | null
  /** The DOM id of the textarea (unique on the page). */
  inputId: string
  label: string
  connection: ConnectionState
  /** The notice after a note was added. */
  addedText: string
  /** Told the new note's id, so the list view does not announce our own note to us. */
  onAdded?: (id: string) => void
  testIds?: { input: string; add: string }
  className?: string
  buttonClassName?: string
  rows?: number
  /** The label is for screen readers only (the heading above says it already). */
  hiddenLabel?: boolean
}) {
  const t = useT()
  const workshop = useWorkshop()
  const { board } = workshop
  const { control } = useControl()
  const [text, setText] = useState('')
  const inputRef = useRef<HTMLTextAreaElement>(null)
  const viewOnly = workshop.role === 'view'
  const locked = !viewOnly && control.lock.board && workshop.role !== 'facilitator'
  const blocked = viewOnly || locked
  const trimmed = text.trim()
  const hintId = `${props.inputId}-hint`

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!board || !trimmed || blocked) return
    try {
      const id = addPhoneNote(board, trimmed, props.areaId, workshop.privateBoard)
      props.onAdded?.(id)
      setText('')
      notify(workshop, props.addedText, 'info')
      inputRef.current?.focus()
    } catch (error) {
      notify(workshop, t('vote.error.other', { message: error instanceof Error ? error.message : String(error) }))
    }
  }

  const hint = viewOnly ? t('listView.readOnly') : locked ? t('phone.note.locked') : props.connection === 'offline' ? t('phone.note.offline') : null
  return (
    <form className={props.className ?? 'note-composer'} onSubmit={submit}>
      <label htmlFor={props.inputId} className={props.hiddenLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      <textarea
        id={props.inputId}
        ref={inputRef}
        data-testid={props.testIds?.input ?? 'note-composer-input'}
        data-area={props.areaId ?? ''}
        rows={props.rows ?? 3}
        maxLength={MAX_NOTE_LENGTH}
        placeholder={t('phone.note.placeholder')}
        value={text}
        readOnly={blocked}
        aria-disabled={blocked || undefined}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          // Ctrl/Cmd+Enter adds the note without leaving the box (Enter alone is a new line).
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit(event)
        }}
      />
      <button
        type="submit"
        className={props.buttonClassName ?? 'button primary'}
        data-testid={props.testIds?.add ?? 'note-composer-add'}
        data-area={props.areaId ?? ''}
        disabled={!trimmed || !board}
        aria-disabled={blocked || undefined}
        aria-describedby={hint ? hintId : undefined}
      >
        {t('phone.note.add')}
      </button>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
    </form>
  )
}
