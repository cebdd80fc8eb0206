// The list view (Lijstweergave): the board as an outline for keyboard and screen-reader users, a full
// way to take part without the canvas. h1 the board, h2 each template, h3 each area with its meaning,
// a list of its notes and actor cards in reading order, and a box to add a note to it; what sits in no
// area comes last. Every change is written into the live board (live on every canvas, judged by the
// server as canvas edits); what others change is announced politely, batched per area.
import { SilentBanner } from '../silent/SilentBanner.tsx'
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react'
import { outlineAreas } from '../../../shared/outline/readOutline.ts'
import type { ConnectionState } from '../collab/types.ts'
import { TimerBadge } from '../facilitation/TimerBadge.tsx'
import { useControl } from '../facilitation/useControl.ts'
import { useLang, useT } from '../i18n/I18nProvider.tsx'
import { ActionListContext, useActionList } from '../actions/useActions.ts'
import { ConnectionBadge } from '../panels/ConnectionBadge.tsx'
import { useWorkshop } from '../voting/workshopContext.ts'
import { ListArea } from './ListArea.tsx'
import { areaHeadingId, ListEnvContext, type ListEnv } from './listContext.ts'
import { ListNotice, type UndoOffer } from './ListNotice.tsx'
import type { Removed } from './noteWrites.ts'
import { listViewHref } from './listViewQuery.ts'
import { ListVoteStatus } from './ListVoteStatus.tsx'
import { LiveAnnouncer } from './LiveAnnouncer.tsx'
import { useOutline } from './useOutline.ts'

export function ListPage(props: {
  title: string
  connection: ConnectionState
  reference: Date
  /** Back to the canvas (or, on a phone, the phone page). */
  onLeave: () => void
  leaveLabel: string
}) {
  const t = useT()
  const workshop = useWorkshop()
  const { control } = useControl()
  const outline = useOutline(props.reference)
  // Dates on notes ("vrijdag") read relative to the workshop's day, as on the canvas and the server.
  const actionList = useActionList(workshop.board, props.reference, useLang())
  const own = useRef(new Map<string, number>()).current
  // The element to focus once the outline has changed since the request (a moved note is a new element).
  const pendingFocus = useRef<{ domId: string; outline: unknown } | null>(null)
  const [undo, setUndo] = useState<UndoOffer | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  // Where focus was last inside the page: the note's item and area, to fall back on when what had the
  // focus goes away under it (a lock takes the note's tools away, a vote round ends).
  const lastFocus = useRef<{ element: Element; item: string | null; area: string | null } | null>(null)

  const isFacilitator = workshop.role === 'facilitator'
  const viewOnly = workshop.role === 'view'
  const locked = !viewOnly && !isFacilitator && control.lock.board
  const areas = useMemo(() => (outline ? outlineAreas(outline).map((a) => ({ id: a.id, name: a.name, section: a.section })) : []), [outline])
  const outlineRef = useRef(outline)
  outlineRef.current = outline

  const markOwn = useCallback((id: string) => own.set(id, Date.now()), [own])
  const focusLater = useCallback((domId: string) => {
    pendingFocus.current = { domId, outline: outlineRef.current }
  }, [])
  const offerUndo = useCallback((removed: Removed, after: string) => setUndo({ removed, after, at: Date.now() }), [])
  const env: ListEnv = useMemo(
    () => ({ canWrite: !viewOnly && !locked, isFacilitator, authorId: workshop.authorId, areas, connection: props.connection, markOwn, focusLater, offerUndo }),
    [viewOnly, locked, isFacilitator, workshop.authorId, areas, props.connection, markOwn, focusLater, offerUndo],
  )

  // Into the list view (the top bar's toggle, the phone page's link or the address): focus on its h1,
  // so a screen reader says where we are, instead of being left on <body>.
  useEffect(() => {
    heading.current?.focus()
  }, [])

  // After a delete or a move the element to focus is there only once the outline has caught up.
  useEffect(() => {
    const pending = pendingFocus.current
    if (!pending || pending.outline === outline) return
    const element = document.getElementById(pending.domId)
    if (element) {
      pendingFocus.current = null
      element.focus()
    }
  })

  useEffect(() => {
    const last = lastFocus.current
    if (pendingFocus.current || !last || last.element.isConnected) return
    if (document.activeElement && document.activeElement !== document.body) return
    const fallback = (last.item && document.getElementById(last.item)) || (last.area && document.getElementById(areaHeadingId(last.area))) || heading.current
    fallback?.focus()
  })

  const jump = (event: MouseEvent<HTMLAnchorElement>, areaId: string) => {
    const heading = document.getElementById(areaHeadingId(areaId))
    if (!heading) return
    event.preventDefault()
    heading.focus()
    heading.scrollIntoView({ block: 'start' })
  }

  return (
    <ActionListContext.Provider value={actionList}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: onFocus only records where the focus is (it bubbles up from the items), so it can be put back after a re-render; the page itself does nothing on focus */}
      <div
        className="list-page"
        data-testid="list-view"
        data-role={workshop.role}
        onFocus={(event) => {
          const target = event.target as Element
          const item = target.closest('[data-note-id]')
          lastFocus.current = { element: target, item: item?.id ?? null, area: target.closest('[data-area]')?.getAttribute('data-area') ?? null }
        }}
      >
        <header className="list-header">
          <span className="topbar-brand" aria-hidden="true" />
          <h1 className="list-title" data-testid="board-title" ref={heading} tabIndex={-1}>
            {props.title}
          </h1>
          <TimerBadge className="list-timer" />
          <ConnectionBadge state={props.connection} />
          <a
            className="button secondary list-leave"
            data-testid="list-leave"
            href={listViewHref(false)}
            onClick={(event) => {
              event.preventDefault()
              props.onLeave()
            }}
          >
            {props.leaveLabel}
          </a>
        </header>
        <main className="list-main" data-testid="list-main">
          <ListVoteStatus outline={outline} />
          {viewOnly && (
            <p className="list-banner" role="note">
              {t('listView.readOnly')}
            </p>
          )}
          {/* The lock is announced by the live region below (LiveAnnouncer), so its banner is no live region. */}
          {locked && (
            <p className="list-banner" data-testid="list-locked">
              {t('listView.locked')}
            </p>
          )}
          <SilentBanner className="list-banner" />
          {outline && areas.length > 1 && (
            <nav className="list-nav" aria-label={t('listView.nav')}>
              <ul>
                {outlineAreas(outline).map((area) => (
                  <li key={area.id}>
                    <a href={`#${areaHeadingId(area.id)}`} onClick={(event) => jump(event, area.id)}>
                      {area.name} <span className="list-count">({area.items.length})</span>
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <ListEnvContext.Provider value={env}>
            {outline?.sections.length === 0 && <p className="hint">{t('listView.empty.board')}</p>}
            {outline?.sections.map((section) => (
              <section
                key={section.instance}
                className="list-section"
                data-testid="list-section"
                data-template={section.template}
                aria-labelledby={`list-section-${section.instance}`}
              >
                <h2 id={`list-section-${section.instance}`}>{section.title}</h2>
                {section.question && <p className="list-question">{t('listView.question', { question: section.question })}</p>}
                {section.areas.map((area) => (
                  <ListArea key={area.id} area={area} items={area.items} composer={!viewOnly} />
                ))}
              </section>
            ))}
            {outline && outline.unplaced.length > 0 && (
              <section className="list-section list-elsewhere" data-testid="list-elsewhere" aria-labelledby="list-section-elsewhere">
                <h2 id="list-section-elsewhere">{t('listView.elsewhere')}</h2>
                <ListArea
                  area={{ id: '', name: t('listView.elsewhere'), hint: t('listView.elsewhere.hint'), kind: '' }}
                  items={outline.unplaced}
                  composer={false}
                />
              </section>
            )}
          </ListEnvContext.Provider>
        </main>
        <LiveAnnouncer outline={outline} own={own} locked={locked} />
        <ListNotice undo={undo} onUndoDone={() => setUndo(null)} markOwn={markOwn} focusLater={focusLater} />
      </div>
    </ActionListContext.Provider>
  )
}
