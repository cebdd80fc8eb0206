// One open board: the live sync, the top bar and the canvas.
import { useCallback, useEffect, useState } from 'react'
import { useValue, type Editor, type TLUserId } from 'tldraw'
import { fetchSession, type SessionInfo } from '../app/api.ts'
import { LinkUnknownPage, MessagePage } from '../app/MessagePage.tsx'
import { BoardTooNewError, useBoardSync } from '../collab/useBoardSync.ts'
import type { Peer } from '../collab/types.ts'
import { NameDialog } from '../identity/NameDialog.tsx'
import { saveName } from '../identity/identity.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { BoardCanvas } from './BoardCanvas.tsx'
import type { TldrawUser } from './tldrawUser.ts'
import { TopBar } from './TopBar.tsx'

/** While the connection is down, check this often whether the session still exists. */
const RECHECK_MS = 15_000

export function BoardView(props: { token: string; session: SessionInfo; user: TldrawUser; licenseKey: string | null }) {
  const { token, session, user } = props
  const t = useT()
  const sync = useBoardSync(token, session.role, user.record)
  const [editor, setEditor] = useState<Editor | null>(null)
  const [editingName, setEditingName] = useState(false)
  const [gone, setGone] = useState(false)
  const name = useValue('name', () => user.identity.get().name, [user])
  const followingUserId = useValue('following', () => editor?.getInstanceState().followingUserId ?? null, [editor])

  useEffect(() => {
    document.title = `${session.title} · ${t('app.name')}`
  }, [session.title, t])

  // A session deleted while we were away: the socket just fails, so ask the API.
  useEffect(() => {
    if (sync.connection !== 'offline' || !navigator.onLine) return
    const check = () =>
      fetchSession(token)
        .then((result) => result === 'unknown' && setGone(true))
        .catch(() => {})
    check()
    const timer = setInterval(check, RECHECK_MS)
    return () => clearInterval(timer)
  }, [sync.connection, token])

  const onFollow = useCallback(
    (peer: Peer) => {
      if (!editor || !peer.userId) return
      if (editor.getInstanceState().followingUserId === peer.userId) editor.stopFollowingUser()
      else editor.startFollowingUser(peer.userId as TLUserId)
    },
    [editor],
  )

  if (gone || sync.closed?.code === 4404) return <LinkUnknownPage />
  if (sync.storeWithStatus.status === 'error') {
    const tooNew = sync.storeWithStatus.error instanceof BoardTooNewError
    return (
      <MessagePage
        title={t('error.title')}
        body={tooNew ? t('error.boardTooNew') : t('error.loadSession')}
        action={
          <button className="button primary" onClick={() => window.location.reload()}>
            {t('error.retry')}
          </button>
        }
      />
    )
  }

  const links =
    session.role === 'view' || !session.links
      ? null
      : { ...session.links, ...(session.role === 'facilitator' ? { facilitator: token } : {}) }

  return (
    <div className="board-page" data-role={session.role}>
      <TopBar
        title={session.title}
        role={session.role}
        connection={sync.connection}
        peers={sync.peers}
        links={links}
        followingUserId={followingUserId}
        editor={editor}
        onEditName={session.role === 'view' ? undefined : () => setEditingName(true)}
        onFollow={onFollow}
      />
      <main className="board-canvas">
        {sync.storeWithStatus.status === 'loading' ? (
          <div className="canvas-loading" role="status">
            <div className="spinner" aria-hidden="true" />
            <p>{t('loading.board')}</p>
          </div>
        ) : (
          <BoardCanvas
            storeWithStatus={sync.storeWithStatus}
            role={session.role}
            user={user.currentUser}
            licenseKey={props.licenseKey}
            onEditor={setEditor}
          />
        )}
      </main>
      {editingName && (
        <NameDialog
          initialName={name}
          onCancel={() => setEditingName(false)}
          onSubmit={(next) => {
            user.identity.update((identity) => ({ ...identity, name: next }))
            saveName(next)
            setEditingName(false)
          }}
        />
      )}
    </div>
  )
}
