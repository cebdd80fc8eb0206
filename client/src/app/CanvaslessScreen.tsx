// What the phone page and the list view share: a board screen without a canvas. The live document
// straight from useDocSync (shared/'s BoardDoc over the Y.Doc, no tldraw store, no editor), the
// facilitation state, the workshop context, our presence, and the pages for a board that is gone,
// deleted or cannot be opened. Its module graph holds nothing of tldraw's editor; only @tldraw/state and
// the record packages shared/ uses.
import { useEffect, type ReactNode } from 'react'
import type { Atom, Signal } from '@tldraw/state'
import { useValue } from '@tldraw/state-react'
import type { TLUser } from '@tldraw/tlschema'
import { serverClockOffset, type SessionInfo } from './api.ts'
import { LinkUnknownPage, MessagePage, SessionDeletedPage } from './MessagePage.tsx'
import { useSessionGone } from './useSessionGone.ts'
import { publishCanvaslessPresence } from '../collab/canvaslessPresence.ts'
import { BoardTooNewError, type DocSync } from '../collab/useDocSync.ts'
import { ControlContext, useControlState } from '../facilitation/useControl.ts'
import type { Identity } from '../identity/identity.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { useWorkshopValue, WorkshopContext } from '../voting/workshopContext.ts'

export interface CanvaslessProps {
  token: string
  session: SessionInfo
  doc: DocSync
  identity: Atom<Identity>
  user: Signal<TLUser | null>
}

/** documentTitle: the tab's title before " · Samenbord" (the board's title unless the screen says otherwise). */
export function CanvaslessScreen(props: CanvaslessProps & { children: ReactNode; documentTitle?: string }) {
  const { token, session, doc, user } = props
  const t = useT()
  const open = doc.status.state === 'ready' ? doc.status.open : null
  const board = open?.board ?? null
  const control = useControlState(board, serverClockOffset())
  const color = useValue('color', () => props.identity.get().color, [props.identity])
  const workshop = useWorkshopValue(board, { sessionId: session.id, token }, session.role, color, open?.privateBoard ?? null)
  const gone = useSessionGone(doc.connection, token)

  useEffect(() => {
    document.title = `${props.documentTitle ?? session.title} · ${t('app.name')}`
  }, [props.documentTitle, session.title, t])

  useEffect(() => {
    if (!open) return
    return publishCanvaslessPresence(open.awareness, open.board, user)
  }, [open, user])

  // 4410: deleted while we were on it (server/sync/protocol.ts CloseCode.deleted).
  if (doc.closed?.code === 4410) return <SessionDeletedPage />
  if (gone || doc.closed?.code === 4404) return <LinkUnknownPage />
  if (doc.status.state === 'error') {
    return (
      <MessagePage
        title={t('error.title')}
        body={doc.status.error instanceof BoardTooNewError ? t('error.boardTooNew') : t('error.loadSession')}
        action={
          <button type="button" className="button primary" onClick={() => window.location.reload()}>
            {t('error.retry')}
          </button>
        }
      />
    )
  }

  return (
    <ControlContext.Provider value={control}>
      <WorkshopContext.Provider value={workshop}>{props.children}</WorkshopContext.Provider>
    </ControlContext.Provider>
  )
}
