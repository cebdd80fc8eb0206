// /s/, /v/ and /f/: look the token up, ask for a name (not for viewers), then open the board: the live
// document first (useDocSync, no tldraw), then, fetched on demand, the list view (?view=list), the phone
// page or the canvas. A participant's phone never downloads tldraw unless they ask for the full board;
// switching between them keeps the one live document connection.
import { lazy, useEffect, useState } from 'react'
import { useDocSync } from '../collab/useDocSync.ts'
import { loadName, saveName, saveOrganisation } from '../identity/identity.ts'
import { NameDialog } from '../identity/NameDialog.tsx'
import { identityAtom, userRecordOf } from '../identity/userRecord.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { setListView, useListView } from '../listview/listViewMode.ts'
import { usePhoneMode } from '../phone/phoneMode.ts'
import type { SessionInfo } from './api.ts'
import type { CanvaslessProps } from './CanvaslessScreen.tsx'
import { takeSession } from './boardPrefetch.ts'
import { fetchConfig } from './config.ts'
import { LazyPage } from './LoadBoundary.tsx'
import { loadBoardScreen, loadListScreen, loadPhoneScreen } from './screens.ts'
import { LinkUnknownPage, MessagePage } from './MessagePage.tsx'
import { rememberSession } from '../home/mySessionsStore.ts'

const PhoneScreen = lazy(loadPhoneScreen)
const ListScreen = lazy(loadListScreen)
const BoardScreen = lazy(loadBoardScreen)

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
  // Until the session says otherwise, a phone is taken for a participant's (the phone page), anything else for the board.
  const { showPhonePage } = usePhoneMode(loaded.state === 'ready' ? loaded.session.role : 'join')
  const listView = useListView()

  useEffect(() => {
    void (listView ? loadListScreen() : showPhonePage ? loadPhoneScreen() : loadBoardScreen()).catch(() => {}) // shown by LoadBoundary when rendered
  }, [showPhonePage, listView])

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is the retry button: bumping it loads the session again
  useEffect(() => {
    let cancelled = false
    setLoaded({ state: 'loading' })
    Promise.all([takeSession(token), fetchConfig()])
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
            <button type="button" className="button primary" onClick={() => setAttempt((n) => n + 1)}>
              {t('error.retry')}
            </button>
          }
        />
      )
    case 'ready': {
      const { session, licenseKey } = loaded
      if (session.role === 'view') {
        return <LiveBoard token={token} session={session} licenseKey={licenseKey} name={t('viewer.name')} />
      }
      if (!name) {
        return (
          // The page around the first question still has its main landmark and its h1 (the session).
          <main className="board-page name-first">
            <h1 className="visually-hidden">{session.title}</h1>
            <NameDialog
              sessionTitle={session.title}
              onSubmit={(chosen, organisation) => {
                saveName(chosen)
                saveOrganisation(organisation)
                setName(chosen)
              }}
            />
          </main>
        )
      }
      return <LiveBoard token={token} session={session} licenseKey={licenseKey} name={name} />
    }
  }
}

function LiveBoard(props: { token: string; session: SessionInfo; licenseKey: string | null; name: string }) {
  const { token, session } = props
  const t = useT()
  // One identity per page load, kept across phone page ⇄ board; later name changes go through the atom.
  const [identity] = useState(() => identityAtom(props.name))
  const [user] = useState(() => userRecordOf(identity))
  const doc = useDocSync(session.id, token, session.role, user)
  const phone = usePhoneMode(session.role)
  const listView = useListView()
  const canvasless: CanvaslessProps = { token, session, doc, identity, user }
  return (
    <LazyPage title={t('loading.board')}>
      {listView ? (
        <ListScreen {...canvasless} onLeave={() => setListView(false)} leaveLabel={phone.showPhonePage ? t('listView.toPhone') : t('listView.toCanvas')} />
      ) : phone.showPhonePage ? (
        <PhoneScreen {...canvasless} onFullBoard={() => phone.choose('board')} onListView={() => setListView(true)} />
      ) : (
        <BoardScreen token={token} session={session} doc={doc} identity={identity} licenseKey={props.licenseKey} />
      )}
    </LazyPage>
  )
}
