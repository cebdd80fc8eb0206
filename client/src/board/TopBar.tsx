// The slim bar above the canvas: title, the insert menu, who is here, connection state, the share links.
import type { Editor } from 'tldraw'
import type { ConnectionState, Peer, Role } from '../collab/types.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { ConnectionBadge } from '../panels/ConnectionBadge.tsx'
import { Participants } from '../panels/Participants.tsx'
import { SessionLinks, type LinkTokens } from '../panels/SessionLinks.tsx'
import { InsertMenu } from '../templates/InsertMenu.tsx'

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
      </div>
      <div className="topbar-end">
        <Participants
          peers={props.peers}
          followingUserId={props.followingUserId}
          onEditSelf={props.onEditName}
          onFollow={props.onFollow}
        />
        <ConnectionBadge state={props.connection} />
        {props.links && <SessionLinks tokens={props.links} initiallyOpen={props.role === 'facilitator'} />}
      </div>
    </header>
  )
}
