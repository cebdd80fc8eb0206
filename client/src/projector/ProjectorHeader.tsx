// The projector's header: the session title and the timer, large enough to read from the back of the
// room, with what the room is doing now (board locked, voting open, silent brainstorm) and a small
// connection dot (a projector that lost the server must not look live).
import type { ConnectionState } from '../collab/types.ts'
import { LockIcon } from '../facilitation/FacilitationLayer.tsx'
import { TimerBadge } from '../facilitation/TimerBadge.tsx'
import { useControl } from '../facilitation/useControl.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { ConnectionBadge } from '../panels/ConnectionBadge.tsx'

export function ProjectorHeader(props: { title: string; connection: ConnectionState }) {
  const t = useT()
  const { control } = useControl()
  const vote = control.vote
  return (
    <header className="projector-header" data-testid="projector-header">
      <span className="topbar-brand projector-brand" aria-hidden="true" />
      <div className="projector-heading">
        <h1 className="projector-title" data-testid="board-title" title={props.title}>
          {props.title}
        </h1>
        <div className="projector-status">
          {control.lock.board && (
            <span className="projector-chip chip-locked" data-testid="projector-locked">
              <LockIcon />
              {t('projector.locked')}
            </span>
          )}
          {vote?.phase === 'open' && (
            <span className="projector-chip chip-vote" data-testid="projector-vote">
              <span className="chip-dots" aria-hidden="true">
                ●●●
              </span>
              {t('projector.voteOpen', { dots: vote.dots })}
            </span>
          )}
          {control.silent.on && (
            <span className="projector-chip chip-silent" data-testid="projector-silent">
              {t('projector.silent')}
            </span>
          )}
        </div>
      </div>
      <div className="projector-header-end">
        <TimerBadge size="large" />
        <ConnectionBadge state={props.connection} />
      </div>
    </header>
  )
}
