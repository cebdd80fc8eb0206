// The facilitator's tools in the "Begeleiden" menu, in the order shown. To add one: write it as a
// component of its own (tools/, given FacilitatorToolProps) and list it here. `wide` tools span the
// menu's two columns on a laptop.
import type { ComponentType } from 'react'
import { FocusTool } from './tools/FocusTool.tsx'
import { FollowTool } from './tools/FollowTool.tsx'
import { LockTool } from './tools/LockTool.tsx'
import { ProjectorTool } from './tools/ProjectorTool.tsx'
import { RoundsTool } from './tools/RoundsTool.tsx'
import { TimerTool } from './tools/TimerTool.tsx'
import type { FacilitatorToolProps } from './tools/types.ts'
import { HistoryTool } from './tools/HistoryTool.tsx'
import { MeetingTool } from './tools/MeetingTool.tsx'
import { TidyAreaItem } from '../layout/TidyAreaItem.tsx'

export interface FacilitatorTool {
  id: string
  wide?: boolean
  Tool: ComponentType<FacilitatorToolProps>
}

export const FACILITATOR_TOOLS: readonly FacilitatorTool[] = [
  { id: 'timer', Tool: TimerTool },
  { id: 'lock', Tool: LockTool },
  { id: 'focus', Tool: FocusTool },
  { id: 'follow', Tool: FollowTool },
  { id: 'tidy', Tool: TidyAreaItem },
  { id: 'projector', Tool: ProjectorTool },
  { id: 'meeting', Tool: MeetingTool },
  { id: 'history', Tool: HistoryTool },
  { id: 'rounds', wide: true, Tool: RoundsTool },
]
