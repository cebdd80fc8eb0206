// Who has the board open, as a stack of a few faces and "+N": one button, however many people are
// online, so the top bar's commands never give way to it. It opens a tldraw popover with everyone
// online (your own name to change it, anyone else's to follow their view, again to stop) and, for the
// facilitator, "Deelnemers": everyone who took part, online or gone, with their notes.
import type { CSSProperties } from 'react'
import { TldrawUiPopover, TldrawUiPopoverContent, TldrawUiPopoverTrigger, useMenuIsOpen, type Editor } from 'tldraw'
import type { Peer } from '../collab/types.ts'
import { useMediaQuery } from '../app/useMediaQuery.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { ParticipantsPanel, useParticipantRows } from './ParticipantsPanel.tsx'
import { useWorkshop } from '../voting/workshopContext.ts'
import { stackFaces } from '../../../shared/workshop/avatarStack.ts'
import { readableTextOn } from '../../../shared/a11y/contrast.ts'
import type { MeetingTarget } from '../meeting/meetingApi.ts'

const MENU_ID = 'samenbord-people'

export function Participants(props: {
  peers: readonly Peer[]
  followingUserId: string | null
  onEditSelf?: () => void
  onFollow?: (peer: Peer) => void
  /** The facilitator's list of everyone who took part (absent: no such list); the board comes from WorkshopContext. */
  directory?: { editor: Editor | null; target?: MeetingTarget }
}) {
  const t = useT()
  const narrow = useMediaQuery('(max-width: 720px)')
  const { faces, more } = stackFaces(props.peers, narrow ? 1 : 4)
  const [, setOpen] = useMenuIsOpen(MENU_ID)
  // The name comes from the button's content (WCAG 2.5.3: it holds what the button shows, however many
  // are online): a hidden "42 aanwezig: toon wie er zijn", then the visible "+38". The faces are
  // pictures of people (their initials drawn by CSS from data-initial), hidden from the name.
  const label = t('people.button', { count: props.peers.length })
  const shown = label + (more > 0 ? ` +${more}` : '')
  return (
    <TldrawUiPopover id={MENU_ID} className="chrome-popover">
      <TldrawUiPopoverTrigger>
        <button type="button" className="avatar-stack" data-testid="participants-toggle" data-command="people" data-count={props.peers.length} title={shown}>
          <span className="visually-hidden">{label}</span>
          <span className="avatar-stack-faces" data-testid="participants" aria-hidden="true">
            {faces.map((peer) => (
              <span
                key={peer.clientId}
                className="avatar"
                data-testid="participant"
                data-self={peer.isSelf ? 'true' : undefined}
                data-role={peer.role}
                data-following={peer.userId !== null && peer.userId === props.followingUserId ? 'true' : undefined}
                style={{ '--peer-color': peer.color, color: readableTextOn(peer.color) } as CSSProperties}
                data-initial={initial(peer.name)}
              >
                {/* for whoever looks for a face by name (tests, the page's find); not part of the button's name */}
                <span className="visually-hidden">{peer.name}</span>
              </span>
            ))}
          </span>
          {more > 0 && (
            <span className="avatar-more" data-testid="participants-more">
              +{more}
            </span>
          )}
        </button>
      </TldrawUiPopoverTrigger>
      <TldrawUiPopoverContent side="bottom" align="end" sideOffset={8} collisionPadding={8} autoFocusFirstButton={false}>
        <div className="people-panel" data-testid="people-panel">
          <OnlineList {...props} onDone={() => setOpen(false)} />
          {props.directory && <Directory editor={props.directory.editor} target={props.directory.target} peers={props.peers} onClose={() => setOpen(false)} />}
        </div>
      </TldrawUiPopoverContent>
    </TldrawUiPopover>
  )
}

function initial(name: string): string {
  return name.trim().slice(0, 1).toUpperCase() || '?'
}

function OnlineList(props: {
  peers: readonly Peer[]
  followingUserId: string | null
  onEditSelf?: () => void
  onFollow?: (peer: Peer) => void
  onDone: () => void
}) {
  const t = useT()
  const { peers, followingUserId, onEditSelf, onFollow } = props
  return (
    <section className="people-online" aria-labelledby="people-online-heading">
      <h2 id="people-online-heading" className="insert-heading">
        {t('participants.title')} <span className="people-count">{peers.length}</span>
      </h2>
      <ul className="people-list" data-testid="online-list">
        {peers.map((peer) => {
          const following = peer.userId !== null && peer.userId === followingUserId
          const clickable = peer.isSelf ? !!onEditSelf : !!onFollow && peer.userId !== null
          const action = peer.isSelf ? t('participants.changeName') : following ? t('people.stopFollowing') : t('people.follow')
          return (
            <li key={peer.clientId}>
              <button
                type="button"
                className="person"
                data-testid="online-person"
                data-self={peer.isSelf ? 'true' : undefined}
                data-role={peer.role}
                data-following={following ? 'true' : undefined}
                style={{ '--peer-color': peer.color } as CSSProperties}
                disabled={!clickable}
                title={clickable ? action : undefined}
                onClick={() => {
                  if (peer.isSelf) onEditSelf?.()
                  else if (peer.userId) onFollow?.(peer)
                  props.onDone()
                }}
              >
                <span className="avatar" aria-hidden="true" style={{ color: readableTextOn(peer.color) }}>
                  {initial(peer.name)}
                </span>
                <span className="person-text">
                  <strong className="person-name">
                    {peer.name} {peer.isSelf ? t('participants.you') : ''}
                  </strong>
                  <span className="hint">
                    {t(`role.${peer.role}`)}
                    {clickable ? ` · ${action}` : ''}
                  </span>
                </span>
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

function Directory(props: { editor: Editor | null; target?: MeetingTarget; peers: readonly Peer[]; onClose: () => void }) {
  const { board } = useWorkshop()
  const rows = useParticipantRows(board, props.peers)
  return <ParticipantsPanel rows={rows} editor={props.editor} target={props.target} onClose={props.onClose} />
}
