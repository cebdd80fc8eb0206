// The projector's header: the session title and the timer, large enough to read from the back of the
// room, with what the room is doing now (board locked, voting open, silent brainstorm, which part of a
// large area is shown) and a small connection dot (a projector that lost the server must not look live).
import type { ConnectionState } from '../collab/types.ts'
import { LockIcon } from '../facilitation/FacilitationLayer.tsx'
import { TimerBadge } from '../facilitation/TimerBadge.tsx'
import { useControl } from '../facilitation/useControl.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { ConnectionBadge } from '../panels/ConnectionBadge.tsx'
import type { ProjectorPaging } from './useProjectorCamera.ts'

export function ProjectorHeader(props: {
  title: string
  connection: ConnectionState
  /** What is shown is one of several parts (pages) of a target too big for one screen. */
  paging: ProjectorPaging
  onTurn: (step: 1 | -1) => void
}) {
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
          {props.paging.count > 1 && (
            <button
              type="button"
              className="projector-chip chip-page"
              data-testid="projector-page"
              data-index={props.paging.index}
              data-count={props.paging.count}
              title={t('projector.pageNext')}
              onClick={() => props.onTurn(1)}
            >
              {t('projector.page', { index: props.paging.index + 1, count: props.paging.count })}
            </button>
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
