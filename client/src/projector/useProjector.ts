// Projector mode's state in one place: what it points at and its camera (pages), and the room's
// choices on the projector's laptop (join card in its margin or hidden, other people's cursors).
import { useMemo, useState } from 'react'
import { useValue, type Editor } from 'tldraw'
import type { ControlState } from '../../../shared/facilitation/types.ts'
import { projectorSubject } from '../../../shared/workshop/projectorView.ts'
import type { Peer } from '../collab/types.ts'
import { areaExists } from './projectorTargets.ts'
import { useProjectorCamera, type ProjectorPaging } from './useProjectorCamera.ts'

export interface ProjectorState {
  paging: ProjectorPaging
  turn: (step: 1 | -1) => void
  joinShown: boolean
  toggleJoin: () => void
  /** Other people's cursors, selections and brushes: off by default (they sit on the notes). */
  cursorsShown: boolean
  toggleCursors: () => void
}

export function useProjector(editor: Editor | null, enabled: boolean, control: ControlState, peers: readonly Peer[]): ProjectorState {
  const [joinShown, setJoinShown] = useState(true)
  const [cursorsShown, setCursorsShown] = useState(false)
  const focusArea = control.focus.areaId
  const focusExists = useValue('projector focus area exists', () => (editor && focusArea ? areaExists(editor, focusArea) : false), [editor, focusArea])
  const subject = projectorSubject(control, peers, (id) => id === focusArea && focusExists)
  const key = subject.kind === 'follow' ? `f:${subject.userId}` : subject.kind === 'area' ? `a:${subject.areaId}` : 'b'
  // One object per subject, so the camera does not restart on every render.
  // biome-ignore lint/correctness/useExhaustiveDependencies: key names the subject: one object per subject, so the camera does not restart on every render
  const stable = useMemo(() => subject, [key])
  const { paging, turn } = useProjectorCamera(editor, enabled, enabled ? stable : null)
  return {
    paging,
    turn,
    joinShown,
    toggleJoin: () => setJoinShown((shown) => !shown),
    cursorsShown,
    toggleCursors: () => setCursorsShown((shown) => !shown),
  }
}
