// Who has the board open: a colour dot and a name each, from awareness. Clicking yourself changes
// your name; clicking someone else follows their view (handy on the projector), again to stop.
// The facilitator also gets "Deelnemers": everyone who took part, online or gone, with their notes.
import { useRef, useState, type CSSProperties } from 'react'
import type { Editor } from 'tldraw'
import type { Peer } from '../collab/types.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { ParticipantsPanel, useParticipantRows } from './ParticipantsPanel.tsx'
import { useWorkshop } from '../voting/workshopContext.ts'
import { useDismiss } from './useDismiss.ts'

export function Participants(props: {
  peers: readonly Peer[]
  followingUserId: string | null
  onEditSelf?: () => void
  onFollow?: (peer: Peer) => void
  /** The facilitator's list of everyone who took part (absent: no such list); the board comes from WorkshopContext. */
  directory?: { editor: Editor | null }
}) {
  const t = useT()
  const { peers, followingUserId, onEditSelf, onFollow } = props
  return (
    <section className={props.directory ? 'participants has-directory' : 'participants'} aria-label={t('participants.title')}>
      {props.directory ? (
        <Directory editor={props.directory.editor} peers={peers} />
      ) : (
        <span className="participants-count" aria-hidden="true">
          {peers.length}
        </span>
      )}
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

function Directory(props: { editor: Editor | null; peers: readonly Peer[] }) {
  const t = useT()
  const { board } = useWorkshop()
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const rows = useParticipantRows(board, props.peers)
  useDismiss(open, rootRef, () => setOpen(false))
  return (
    <div className="participants-directory" ref={rootRef}>
      <button
        type="button"
        className="button secondary participants-toggle"
        data-testid="participants-toggle"
        aria-expanded={open}
        title={t('participantsPanel.title')}
        onClick={() => setOpen((value) => !value)}
      >
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
          <circle cx="7.5" cy="7" r="3" fill="none" stroke="currentColor" strokeWidth="1.7" />
          <path d="M2 16.5c.6-3 2.8-4.5 5.5-4.5s4.9 1.5 5.5 4.5" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" />
          <path d="M13 4.3a3 3 0 010 5.4M15 12.3c1.5.7 2.6 2 3 4.2" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" />
        </svg>
        <span className="participants-toggle-label">{t('participantsPanel.button')}</span>
        <span className="participants-toggle-count">{rows.length}</span>
      </button>
      {open && <ParticipantsPanel rows={rows} editor={props.editor} onClose={() => setOpen(false)} />}
    </div>
  )
}
