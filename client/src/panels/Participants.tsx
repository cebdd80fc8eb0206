// Who has the board open: a colour dot and a name each, from awareness. Clicking yourself changes
// your name; clicking someone else follows their view (handy on the projector), again to stop.
import type { CSSProperties } from 'react'
import type { Peer } from '../collab/types.ts'
import { useT } from '../i18n/I18nProvider.tsx'

export function Participants(props: {
  peers: readonly Peer[]
  followingUserId: string | null
  onEditSelf?: () => void
  onFollow?: (peer: Peer) => void
}) {
  const t = useT()
  const { peers, followingUserId, onEditSelf, onFollow } = props
  return (
    <section className="participants" aria-label={t('participants.title')}>
      <span className="participants-count" aria-hidden="true">
        {peers.length}
      </span>
      <ul data-testid="participants" className="participants-list">
        {peers.map((peer) => {
          const following = peer.userId !== null && peer.userId === followingUserId
          const clickable = peer.isSelf ? !!onEditSelf : !!onFollow && peer.userId !== null
          const title = [
            peer.name,
            peer.isSelf ? t('participants.you') : '',
            `· ${t(`role.${peer.role}`)}`,
            peer.isSelf && onEditSelf ? `— ${t('participants.changeName')}` : '',
          ]
            .filter(Boolean)
            .join(' ')
          return (
            <li
              key={peer.clientId}
              data-testid="participant"
              data-self={peer.isSelf ? 'true' : undefined}
              data-role={peer.role}
              data-following={following ? 'true' : undefined}
              className="participant"
              style={{ '--peer-color': peer.color } as CSSProperties}
              title={title}
              data-initial={peer.name.slice(0, 1).toUpperCase()}
              role={clickable ? 'button' : undefined}
              tabIndex={clickable ? 0 : undefined}
              onClick={() => {
                if (peer.isSelf) onEditSelf?.()
                else if (peer.userId) onFollow?.(peer)
              }}
              onKeyDown={(event) => {
                if (event.key !== 'Enter' && event.key !== ' ') return
                event.preventDefault()
                if (peer.isSelf) onEditSelf?.()
                else if (peer.userId) onFollow?.(peer)
              }}
            >
              <span className="participant-name">{peer.name}</span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
