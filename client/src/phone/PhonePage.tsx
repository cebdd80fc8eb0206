// The phone page: what a participant on a phone needs during a workshop, big and thumb-friendly, instead
// of a canvas too small to work on. The current question, one box to add a note into its area (live on
// every canvas), their own notes, the dot vote as a list, and the timer. "Naar het volledige bord"
// switches to the canvas.
import { useMemo, useRef, useState, type FormEvent } from 'react'
import { currentQuestion } from '../../../shared/workshop/index.ts'
import type { ConnectionState } from '../collab/types.ts'
import { TimerBadge } from '../facilitation/TimerBadge.tsx'
import { useControl } from '../facilitation/useControl.ts'
import { useLang, useT } from '../i18n/I18nProvider.tsx'
import { ConnectionBadge } from '../panels/ConnectionBadge.tsx'
import { useClearErrorsOnChange, useNotice } from '../voting/RoundBar.tsx'
import { useBoardTick } from '../voting/useVote.ts'
import { notify, useWorkshop } from '../voting/workshopContext.ts'
import { addPhoneNote, MAX_NOTE_LENGTH } from './addPhoneNote.ts'
import { MyNotes } from './MyNotes.tsx'
import { PhoneVoteList } from './PhoneVoteList.tsx'
import { SeriesLink } from '../series/SeriesLink.tsx'

export function PhonePage(props: { title: string; connection: ConnectionState; onFullBoard: () => void; token?: string }) {
  const t = useT()
  const lang = useLang()
  const workshop = useWorkshop()
  const { board } = workshop
  const { control } = useControl()
  const tick = useBoardTick(board)
  const [text, setText] = useState('')
  const notice = useNotice()
  useClearErrorsOnChange(`${control.vote?.id ?? ''}:${control.vote?.phase ?? ''}`)
  const inputRef = useRef<HTMLTextAreaElement>(null)

  const question = useMemo(
    () => (board ? currentQuestion(board, control, lang) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [board, control.focus, control.silent, lang, tick],
  )

  const locked = control.lock.board
  const trimmed = text.trim()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!board || !trimmed || locked) return
    try {
      addPhoneNote(board, trimmed, question?.areaId ?? null, workshop.privateBoard)
      setText('')
      notify(workshop, t('phone.note.added'), 'info')
      inputRef.current?.focus()
    } catch (error) {
      notify(workshop, t('vote.error.other', { message: error instanceof Error ? error.message : String(error) }))
    }
  }

  // A typed question says it best; in an ideas area without one, "what is your idea?" (its hint, "one
  // idea per note", goes underneath); elsewhere the area's own meaning, e.g. "Wat willen we bereiken?".
  const open = !question?.kind || question.kind === 'ideas' || question.kind === 'cluster'
  const heading = question?.question || (open ? '' : question?.hint || question?.label) || t('phone.question.default')

  return (
    <div className="phone-page" data-testid="phone-page">
      <header className="phone-header">
        <span className="topbar-brand" aria-hidden="true" />
        <h1 className="phone-title" data-testid="board-title">
          {props.title}
        </h1>
        <ConnectionBadge state={props.connection} />
      </header>

      <main className="phone-main">
        <TimerBadge className="phone-timer" />
        {control.silent.on && (
          <p className="phone-banner silent-banner" data-testid="silent-banner" role="status">
            {t('silent.banner')}
          </p>
        )}

        <section className="phone-card phone-question" data-testid="phone-question" data-area={question?.areaId ?? ''} data-source={question?.source ?? 'none'}>
          {question?.label && question.label !== heading && <p className="phone-kicker">{question.label}</p>}
          <h2>{heading}</h2>
          {question?.hint && question.hint !== heading && <p className="hint">{question.hint}</p>}
        </section>

        <form className="phone-card phone-note-form" onSubmit={submit}>
          <label htmlFor="phone-note-input">{t('phone.note.label')}</label>
          <textarea
            id="phone-note-input"
            ref={inputRef}
            data-testid="phone-note-input"
            rows={3}
            maxLength={MAX_NOTE_LENGTH}
            placeholder={t('phone.note.placeholder')}
            value={text}
            disabled={locked}
            onChange={(event) => setText(event.currentTarget.value)}
          />
          <button type="submit" className="button primary phone-big-button" data-testid="phone-note-add" disabled={!trimmed || locked || !board}>
            {t('phone.note.add')}
          </button>
          {locked && <p className="hint">{t('phone.note.locked')}</p>}
          {!locked && props.connection === 'offline' && <p className="hint">{t('phone.note.offline')}</p>}
        </form>

        <PhoneVoteList />
        <MyNotes />

        <button type="button" className="button secondary phone-big-button phone-full-board" data-testid="phone-full-board" onClick={props.onFullBoard}>
          {t('phone.fullBoard')}
        </button>
        {props.token && <SeriesLink prefix="s" token={props.token} className="button secondary phone-big-button" />}
      </main>
      {notice && (
        <p className={`phone-notice tone-${notice.tone}`} data-testid="phone-notice" role={notice.tone === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
    </div>
  )
}
