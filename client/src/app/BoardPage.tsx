// /s/, /v/ and /f/: look the token up, ask for a name (not for viewers), then open the board.
import { useEffect, useMemo, useState } from 'react'
import { BoardView } from '../board/BoardView.tsx'
import { createTldrawUser } from '../board/tldrawUser.ts'
import { createIdentity, loadName, saveName } from '../identity/identity.ts'
import { NameDialog } from '../identity/NameDialog.tsx'
import { useLang, useT } from '../i18n/I18nProvider.tsx'
import { fetchSession, type SessionInfo } from './api.ts'
import { fetchConfig } from './config.ts'
import { LinkUnknownPage, MessagePage } from './MessagePage.tsx'
import { rememberSession } from '../home/mySessionsStore.ts'

type Loaded =
  | { state: 'loading' }
  | { state: 'unknown' }
  | { state: 'error' }
  | { state: 'no-live-sync' }
  | { state: 'ready'; session: SessionInfo; licenseKey: string | null }

export function BoardPage({ token }: { token: string }) {
  const t = useT()
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const [name, setName] = useState<string | null>(() => loadName())

  useEffect(() => {
    let cancelled = false
    setLoaded({ state: 'loading' })
    Promise.all([fetchSession(token), fetchConfig()])
      .then(([session, config]) => {
        if (cancelled) return
        if (session === 'unknown') setLoaded({ state: 'unknown' })
        else if (!config.liveSync) setLoaded({ state: 'no-live-sync' })
        else setLoaded({ state: 'ready', session, licenseKey: config.licenseKey })
      })
      .catch((error: unknown) => {
        console.error('samenbord: could not load the session', error)
        if (!cancelled) setLoaded({ state: 'error' })
      })
    return () => {
      cancelled = true
    }
  }, [token, attempt])

  // "Mijn sessies" on the home page: every facilitator visit keeps the way back, with the current title.
  useEffect(() => {
    if (loaded.state !== 'ready' || loaded.session.role !== 'facilitator') return
    const { id, title, createdAt } = loaded.session
    rememberSession({ id, title, facilitator: token, createdAt })
  }, [loaded, token])

  switch (loaded.state) {
    case 'loading':
      return <MessagePage busy title={t('loading.session')} />
    case 'unknown':
      return <LinkUnknownPage />
    case 'no-live-sync':
      return <MessagePage testId="no-live-sync" title={t('origin.unknown.title')} body={t('origin.unknown.body', { origin: window.location.origin })} />
    case 'error':
      return (
        <MessagePage
          title={t('error.title')}
          body={t('error.loadSession')}
          action={
            <button className="button primary" onClick={() => setAttempt((n) => n + 1)}>
              {t('error.retry')}
            </button>
          }
        />
      )
    case 'ready': {
      const { session, licenseKey } = loaded
      if (session.role === 'view') {
        return <ReadyBoard token={token} session={session} licenseKey={licenseKey} name={t('viewer.name')} />
      }
      if (!name) {
        return (
          <div className="board-page name-first">
            <NameDialog
              sessionTitle={session.title}
              onSubmit={(chosen) => {
                saveName(chosen)
                setName(chosen)
              }}
            />
          </div>
        )
      }
      return <ReadyBoard token={token} session={session} licenseKey={licenseKey} name={name} />
    }
  }
}

function ReadyBoard(props: { token: string; session: SessionInfo; licenseKey: string | null; name: string }) {
  const lang = useLang()
  // One identity per page load; later name changes go through the identity atom, not this prop.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const user = useMemo(() => createTldrawUser(createIdentity(props.name), lang), [])
  return <BoardView token={props.token} session={props.session} user={user} licenseKey={props.licenseKey} />
}
