// The slim bar above the canvas: title, the commands (insert, actions, export, facilitate), who is here
// (an avatar stack), connection state, the share links. Its menus are tldraw's (TldrawUi*), mounted
// through ChromeProvider. Every command keeps its label from 1280 px up whatever the number of people
// online (the stack has a fixed width); below that the labels give way to icons (names in tooltips).
import { lazy, Suspense } from 'react'
import type { Editor } from 'tldraw'
import type { ConnectionState, Peer, Role } from '../collab/types.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { ConnectionBadge } from '../panels/ConnectionBadge.tsx'
import { Participants } from '../panels/Participants.tsx'
import { SessionLinks, type LinkTokens } from '../panels/SessionLinks.tsx'
import { InsertMenu } from '../templates/InsertMenu.tsx'
import { LoadBoundary } from '../app/LoadBoundary.tsx'
import { ListViewToggle } from '../listview/ListViewToggle.tsx'

// Export, "Begeleiden" and the history drawers: fetched only when a facilitator opens the board.
const FacilitatorMenus = lazy(() => import('../facilitation/FacilitatorMenus.tsx'))

export function TopBar(props: {
  title: string
  role: Role
  connection: ConnectionState
  peers: readonly Peer[]
  links: LinkTokens | null
  followingUserId: string | null
  /** The live editor, once the canvas is up (for the insert menu). */
  editor: Editor | null
  onEditName?: () => void
  onFollow?: (peer: Peer) => void
  actionsCount: number
  actionsOpen: boolean
  onToggleActions: () => void
  /** The facilitator's session id and token, for the export menu (null: no export menu). */
  exportTarget: { sessionId: string; token: string } | null
  /** Viewers: back to the projector layout (see client/src/projector/). */
  onProjector?: () => void
}) {
  const t = useT()
  return (
    <header className={`topbar role-${props.role}`}>
      <div className="topbar-start">
        <span className="topbar-brand" aria-hidden="true" />
        <h1 className="board-title" data-testid="board-title" title={props.title}>
          {props.title}
        </h1>
        {props.role === 'view' && <span className="readonly-badge">{t('viewer.badge')}</span>}
        {props.role !== 'view' && <InsertMenu editor={props.editor} />}
        <button
          type="button"
          className="button secondary actions-toggle"
          data-testid="actions-toggle"
          data-command="actions"
          data-count={props.actionsCount}
          aria-expanded={props.actionsOpen}
          aria-pressed={props.actionsOpen}
          title={t('actionsPanel.toggle', { count: props.actionsCount })}
          // The name starts with what the button shows ("Acties 3"), so voice control finds it (WCAG 2.5.3).
          aria-label={`${t('actionsPanel.toggleShort')} ${props.actionsCount}`}
          onClick={(event) => {
            props.onToggleActions()
            // A click (not a key press) goes back to the board, so its shortcuts keep working.
            if (event.detail > 0 && props.editor && !props.editor.getEditingShapeId()) props.editor.getContainer().focus()
          }}
        >
          <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" className="actions-toggle-icon">
            <path
              d="M3 5.5l1.6 1.6L7.5 4M3 11.5l1.6 1.6 2.9-3.1M10 6h7M10 12h7M3 16h14"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          <span className="actions-toggle-label chrome-label">{t('actionsPanel.toggleShort')}</span>{' '}
          <span className="actions-toggle-count">{props.actionsCount}</span>
        </button>
        <ListViewToggle />
        {props.role === 'facilitator' && props.exportTarget && (
          // Without its chunk (a failed fetch) the bar still works, only without these menus.
          <LoadBoundary failed={null}>
            <Suspense fallback={null}>
              <FacilitatorMenus
                editor={props.editor}
                target={props.exportTarget}
                title={props.title}
                viewToken={props.links?.view ?? null}
                peers={props.peers}
              />
            </Suspense>
          </LoadBoundary>
        )}
        {props.onProjector && (
          <button
            type="button"
            className="button secondary projector-enter"
            data-testid="projector-enter"
            data-command="projector"
            title={t('projector.enterHint')}
            onClick={props.onProjector}
          >
            {t('projector.enter')}
          </button>
        )}
      </div>
      <div className="topbar-end">
        <Participants
          peers={props.peers}
          followingUserId={props.followingUserId}
          onEditSelf={props.onEditName}
          onFollow={props.onFollow}
          directory={props.role === 'facilitator' ? { editor: props.editor, ...(props.exportTarget ? { target: props.exportTarget } : {}) } : undefined}
        />
        <ConnectionBadge state={props.connection} />
        {props.links && <SessionLinks tokens={props.links} initiallyOpen={props.role === 'facilitator'} />}
      </div>
    </header>
  )
}
