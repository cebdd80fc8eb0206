// What the workshop rounds (voting, silent brainstorm, phone page) need from the board page: the live
// board document, the session to call the API for, who we are, and one line of feedback that the
// dot buttons on the canvas and the bar above it share.
import { createContext, useContext, useMemo } from 'react'
import { atom, type Atom } from '@tldraw/state'
import type { BoardDoc } from '../../../shared/board/index.ts'
import type { Role } from '../collab/types.ts'
import type { ControlTarget } from '../facilitation/controlApi.ts'
import { browserId } from '../identity/identity.ts'

export interface Notice {
  text: string
  /** Distinguishes two equal messages in a row (each shows afresh). */
  at: number
  tone: 'error' | 'info'
}

export interface Workshop {
  board: BoardDoc | null
  /** Our private document (silent-round notes only we and the server hold); null for viewers. */
  privateBoard: BoardDoc | null
  target: ControlTarget
  role: Role
  /** This browser's author id (its notes' meta.createdBy); votes go by its participant identity (myDots.ts). */
  authorId: string
  /** Our cursor colour: our own dots are drawn in it. */
  color: string
  notice: Atom<Notice | null>
}

export function useWorkshopValue(board: BoardDoc | null, target: ControlTarget, role: Role, color: string, privateBoard: BoardDoc | null = null): Workshop {
  const notice = useMemo(() => atom<Notice | null>('samenbord notice', null), [])
  const { sessionId, token } = target
  return useMemo(
    () => ({ board, privateBoard, target: { sessionId, token }, role, authorId: browserId(), color, notice }),
    [board, privateBoard, sessionId, token, role, color, notice],
  )
}

const fallback: Workshop = {
  board: null,
  privateBoard: null,
  target: { sessionId: '', token: '' },
  role: 'view',
  authorId: '',
  color: '#888888',
  notice: atom<Notice | null>('samenbord notice (none)', null),
}

export const WorkshopContext = createContext<Workshop>(fallback)

export function useWorkshop(): Workshop {
  return useContext(WorkshopContext)
}

/** Shows a message in the round bar (and on the phone page) for a few seconds. */
export function notify(workshop: Workshop, text: string, tone: Notice['tone'] = 'error'): void {
  workshop.notice.set({ text, tone, at: Date.now() })
}
