// The phone page: what a participant on a phone needs during a workshop, big and thumb-friendly, instead
// of a canvas too small to work on. The current question, one box to add a note into its area (live on
// every canvas), their own notes, the dot vote as a list, and the timer. "Naar het volledige bord"
// switches to the canvas.
import { SilentBanner } from '../silent/SilentBanner.tsx'
import { useEffect, useMemo, useRef } from 'react'
import { currentQuestion } from '../../../shared/workshop/index.ts'
import type { ConnectionState } from '../collab/types.ts'
import { TimerBadge } from '../facilitation/TimerBadge.tsx'
import { useControl } from '../facilitation/useControl.ts'
import { useLang, useT } from '../i18n/I18nProvider.tsx'
import { ConnectionBadge } from '../panels/ConnectionBadge.tsx'
import { useClearErrorsOnChange, useNotice } from '../voting/RoundBar.tsx'
import { useBoardTick } from '../voting/useVote.ts'
import { useWorkshop } from '../voting/workshopContext.ts'
import { NoteComposer } from './NoteComposer.tsx'
import { listViewHref } from '../listview/listViewQuery.ts'
import { takeReturnFocus } from '../listview/listViewMode.ts'
import { MyNotes } from './MyNotes.tsx'
import { PhoneVoteList } from './PhoneVoteList.tsx'
import { SeriesLink } from '../series/SeriesLink.tsx'

export function PhonePage(props: { title: string; connection: ConnectionState; onFullBoard: () => void; onListView: () => void; token?: string }) {
  const t = useT()
  const lang = useLang()
  const workshop = useWorkshop()
  const { board } = workshop
  const { control } = useControl()
  const tick = useBoardTick(board)
  const notice = useNotice()
  const listLink = useRef<HTMLAnchorElement>(null)
  // Back from the list view: focus on the link that led there, not on <body>.
  useEffect(() => {
    if (takeReturnFocus()) listLink.current?.focus()
  }, [])
  useClearErrorsOnChange(`${control.vote?.id ?? ''}:${control.vote?.phase ?? ''}`)

  // biome-ignore lint/correctness/useExhaustiveDependencies: the question depends on the focus and the silent round only (not on every control change), and on the board through tick, its change count
  const question = useMemo(() => (board ? currentQuestion(board, control, lang) : null), [board, control.focus, control.silent, lang, tick])

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
        <SilentBanner className="phone-banner" />

        <section className="phone-card phone-question" data-testid="phone-question" data-area={question?.areaId ?? ''} data-source={question?.source ?? 'none'}>
          {question?.label && question.label !== heading && <p className="phone-kicker">{question.label}</p>}
          <h2>{heading}</h2>
          {question?.hint && question.hint !== heading && <p className="hint">{question.hint}</p>}
        </section>

        <NoteComposer
          areaId={question?.areaId ?? null}
          inputId="phone-note-input"
          label={t('phone.note.label')}
          connection={props.connection}
          addedText={t('phone.note.added')}
          testIds={{ input: 'phone-note-input', add: 'phone-note-add' }}
          className="phone-card phone-note-form"
          buttonClassName="button primary phone-big-button"
        />

        {/* Before the vote list (which can hold a hundred buttons), not after it. */}
        <a
          href={listViewHref(true)}
          ref={listLink}
          className="button secondary phone-list-view"
          data-testid="phone-list-view"
          onClick={(event) => {
            event.preventDefault()
            props.onListView()
          }}
        >
          {t('listView.fromPhone')}
        </a>

        <PhoneVoteList />
        <MyNotes />

        <button type="button" className="button secondary phone-big-button phone-full-board" data-testid="phone-full-board" onClick={props.onFullBoard}>
          {t('phone.fullBoard')}
        </button>
        {props.token && <SeriesLink prefix="s" token={props.token} className="button secondary phone-big-button" />}
      </main>
      {/* Both live regions are there from the start; only their text changes (see listview/ListNotice.tsx). */}
      <div role="status">
        {notice && notice.tone !== 'error' && (
          <p className={`phone-notice tone-${notice.tone}`} data-testid="phone-notice">
            {notice.text}
          </p>
        )}
      </div>
      <div role="alert">
        {notice?.tone === 'error' && (
          <p className="phone-notice tone-error" data-testid="phone-notice">
            {notice.text}
          </p>
        )}
      </div>
    </div>
  )
}
