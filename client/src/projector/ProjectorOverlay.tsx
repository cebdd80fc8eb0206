// Over the projector's canvas: the join card in a corner and the controls that show on mouse move.
import { useState } from 'react'
import { JoinCard } from './JoinCard.tsx'
import { ProjectorControls } from './ProjectorControls.tsx'

export function ProjectorOverlay(props: {
  /** Short join code from the session; missing on a server without short links. */
  joinCode: string | undefined
  actionsCount: number
  actionsOpen: boolean
  onToggleActions: () => void
  onLeave: () => void
}) {
  const [joinShown, setJoinShown] = useState(true)
  const joinCode = typeof props.joinCode === 'string' && props.joinCode ? props.joinCode : null
  return (
    <>
      {joinCode && joinShown && <JoinCard joinCode={joinCode} />}
      <ProjectorControls
        actionsCount={props.actionsCount}
        actionsOpen={props.actionsOpen}
        onToggleActions={props.onToggleActions}
        joinShown={joinShown}
        onToggleJoin={joinCode ? () => setJoinShown((shown) => !shown) : null}
        onLeave={props.onLeave}
      />
    </>
  )
}
