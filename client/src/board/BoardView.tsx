// One open board: the live sync, the top bar and the canvas.
import { workshopReference } from '../../../shared/sessions/workshopDay.ts'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { useValue, type Editor, type TLUserId } from 'tldraw'
import { useMediaQuery } from '../app/useMediaQuery.ts'
import { serverClockOffset, type SessionInfo } from '../app/api.ts'
import { useSessionGone } from '../app/useSessionGone.ts'
import { ControlContext, useControlState } from '../facilitation/useControl.ts'
import { LinkUnknownPage, MessagePage, SessionDeletedPage } from '../app/MessagePage.tsx'
import { BoardTooNewError, useBoardSync } from '../collab/useBoardSync.ts'
import type { DocSync } from '../collab/useDocSync.ts'
import type { Peer } from '../collab/types.ts'
import { NameDialog } from '../identity/NameDialog.tsx'
import { saveName, saveOrganisation } from '../identity/identity.ts'
import { useLang, useT } from '../i18n/I18nProvider.tsx'
import { ActionsPanel } from '../actions/ActionsPanel.tsx'
import { ActionListContext, useActionList } from '../actions/useActions.ts'
import { BoardCanvas } from './BoardCanvas.tsx'
import { FacilitationLayer } from '../facilitation/FacilitationLayer.tsx'
import { ProjectorHeader } from '../projector/ProjectorHeader.tsx'
import { ProjectorOverlay } from '../projector/ProjectorOverlay.tsx'
import { useProjectorMode } from '../projector/projectorMode.ts'
import { JoinCard } from '../projector/JoinCard.tsx'
import { useProjector } from '../projector/useProjector.ts'
import { PhoneBackButton } from '../phone/PhoneBackButton.tsx'
import { usePhoneMode } from '../phone/phoneMode.ts'
import { RoundBar } from '../voting/RoundBar.tsx'
import { StorageBanner } from '../panels/StorageBanner.tsx'
import { useWorkshopValue, WorkshopContext } from '../voting/workshopContext.ts'
import type { TldrawUser } from './tldrawUser.ts'
import { TopBar } from './TopBar.tsx'
import { ChromeProvider } from './ChromeProvider.tsx'
import { roleUiOverrides } from './roleUi.ts'

export function BoardView(props: { token: string; session: SessionInfo; doc: DocSync; user: TldrawUser; licenseKey: string | null }) {
  const { token, session, user } = props
  const t = useT()
  const lang = useLang()
  const sync = useBoardSync(props.doc, user.record)
  // Dates on notes ("15 dec") are read relative to the workshop's day, the same for everyone.
  const reference = useMemo(() => workshopReference(session.createdAt), [session.createdAt])
  const actionList = useActionList(sync.board, reference, lang)
  const control = useControlState(sync.board, serverClockOffset())
  const [actionsOpen, setActionsOpen] = useState(false)
  const isPhone = useMediaQuery('(max-width: 720px)')
  const [editor, setEditor] = useState<Editor | null>(null)
  const [editingName, setEditingName] = useState(false)
  const name = useValue('name', () => user.identity.get().name, [user])
  const color = useValue('color', () => user.identity.get().color, [user])
  // Voting and the silent brainstorm (client/src/voting, silent); the phone page is app/BoardPage's other screen.
  const workshop = useWorkshopValue(sync.board, { sessionId: session.id, token }, session.role, color, sync.privateBoard)
  const phone = usePhoneMode(session.role)
  const followingUserId = useValue('following', () => editor?.getInstanceState().followingUserId ?? null, [editor])
  // The view link shows the projector layout unless the person left it (?chrome=1).
  const [projectorMode, setProjectorMode] = useProjectorMode()
  const projector = session.role === 'view' && projectorMode
  const projectorState = useProjector(editor, projector, control.control, sync.peers)
  const joinCode = typeof session.joinCode === 'string' && session.joinCode ? session.joinCode : null

  useEffect(() => {
    document.title = `${session.title} · ${t('app.name')}`
  }, [session.title, t])

  const gone = useSessionGone(sync.connection, token)

  const onFollow = useCallback(
    (peer: Peer) => {
      if (!editor || !peer.userId) return
      if (editor.getInstanceState().followingUserId === peer.userId) editor.stopFollowingUser()
      else editor.startFollowingUser(peer.userId as TLUserId)
    },
    [editor],
  )

  // 4410: deleted while we were on it (server/sync/protocol.ts CloseCode.deleted).
  if (sync.closed?.code === 4410) return <SessionDeletedPage />
  if (gone || sync.closed?.code === 4404) return <LinkUnknownPage />
  if (sync.storeWithStatus.status === 'error') {
    const tooNew = sync.storeWithStatus.error instanceof BoardTooNewError
    return (
      <MessagePage
        title={t('error.title')}
        body={tooNew ? t('error.boardTooNew') : t('error.loadSession')}
        action={
          <button type="button" className="button primary" onClick={() => window.location.reload()}>
            {t('error.retry')}
          </button>
        }
      />
    )
  }

  const links =
    session.role === 'view' || !session.links
      ? null
      : { ...session.links, joinCode: session.joinCode, ...(session.role === 'facilitator' ? { facilitator: token } : {}) }

  return (
    <ControlContext.Provider value={control}>
      <WorkshopContext.Provider value={workshop}>
        <div className="board-page" data-role={session.role} data-projector={projector || undefined}>
          {projector ? (
            <ProjectorHeader title={session.title} connection={sync.connection} paging={projectorState.paging} onTurn={projectorState.turn} />
          ) : (
            <ChromeProvider editor={editor} overrides={roleUiOverrides(session.role)}>
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
                actionsCount={actionList.actions.length}
                actionsOpen={actionsOpen}
                onToggleActions={() => setActionsOpen((open) => !open)}
                exportTarget={session.role === 'facilitator' ? { sessionId: session.id, token } : null}
                onProjector={session.role === 'view' ? () => setProjectorMode(true) : undefined}
              />
            </ChromeProvider>
          )}
          <ActionListContext.Provider value={actionList}>
            <div className="board-body" data-actions-open={actionsOpen}>
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
                    projector={projector}
                    showCursors={!projector || projectorState.cursorsShown}
                  />
                )}
                <FacilitationLayer editor={editor} role={session.role} peers={sync.peers} projector={projector} followingUserId={followingUserId} />
                <RoundBar />
                <StorageBanner state={sync.serverStorage} role={session.role} />
                {phone.isPhone && session.role === 'join' && <PhoneBackButton onClick={() => phone.choose('phone')} />}
                {projector && (
                  <ProjectorOverlay
                    hasJoin={joinCode !== null}
                    state={projectorState}
                    actionsCount={actionList.actions.length}
                    actionsOpen={actionsOpen}
                    onToggleActions={() => setActionsOpen((open) => !open)}
                    onLeave={() => setProjectorMode(false)}
                  />
                )}
              </main>
              {/* The join card's own margin: the canvas (and so the camera's view) ends where it begins. */}
              {projector && joinCode && projectorState.joinShown && (
                <aside className="projector-margin" data-testid="projector-margin">
                  <JoinCard joinCode={joinCode} />
                </aside>
              )}
              {actionsOpen && (
                <ActionsPanel
                  actions={actionList.actions}
                  editor={editor}
                  board={sync.board}
                  reference={reference}
                  readOnly={session.role === 'view'}
                  closeOnShow={isPhone}
                  onClose={() => setActionsOpen(false)}
                  series={session.role === 'view' ? undefined : { prefix: session.role === 'facilitator' ? 'f' : 's', token }}
                />
              )}
            </div>
          </ActionListContext.Provider>
          {editingName && (
            <NameDialog
              initialName={name}
              initialOrganisation={user.identity.get().organisation}
              onCancel={() => setEditingName(false)}
              onSubmit={(next, organisation) => {
                user.identity.update((identity) => ({ ...identity, name: next, organisation }))
                saveName(next)
                saveOrganisation(organisation)
                setEditingName(false)
              }}
            />
          )}
        </div>
      </WorkshopContext.Provider>
    </ControlContext.Provider>
  )
}
