// Over the projector's canvas: the controls that show on mouse move (the join card has its own margin
// beside the canvas, see BoardView).
import { ProjectorControls } from './ProjectorControls.tsx'
import type { ProjectorState } from './useProjector.ts'

export function ProjectorOverlay(props: {
  /** Whether the session has a short join code (a server without short links has none). */
  hasJoin: boolean
  state: ProjectorState
  actionsCount: number
  actionsOpen: boolean
  onToggleActions: () => void
  onLeave: () => void
}) {
  const { state } = props
  return (
    <ProjectorControls
      actionsCount={props.actionsCount}
      actionsOpen={props.actionsOpen}
      onToggleActions={props.onToggleActions}
      joinShown={state.joinShown}
      onToggleJoin={props.hasJoin ? state.toggleJoin : null}
      cursorsShown={state.cursorsShown}
      onToggleCursors={state.toggleCursors}
      onLeave={props.onLeave}
    />
  )
}
