// The slim bar above the canvas: title, who is here, connection state, the share links.
import type { ConnectionState, Peer, Role } from '../collab/types.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { ConnectionBadge } from '../panels/ConnectionBadge.tsx'
import { Participants } from '../panels/Participants.tsx'
import { SessionLinks, type LinkTokens } from '../panels/SessionLinks.tsx'

export function TopBar(props: {
  title: string
  role: Role
  connection: ConnectionState
  peers: readonly Peer[]
  links: LinkTokens | null
  followingUserId: string | null
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
