// The facilitator's controls on a live session: lock, timer, follow, silence and focus (votes and dots:
// server/voting/votingService.ts). The rules are the pure functions of shared/facilitation; this reads the room's
// document and writes through Rooms.change (origin 'server'), so every change is stored and reaches
// every screen at once. Every refusal is a value with the reason, never a throw.
import type { ControlAnswer, FollowBody, LockBody, SilentBody } from '../../shared/api/facilitation.ts'
import { listAreas } from '../../shared/areas/index.ts'
import { BoardDoc } from '../../shared/board/index.ts'
import {
  applyTimerCommand,
  readControl,
  writeControl,
  type FocusState,
  type FollowState,
  type LockState,
  type SilentState,
  type TimerCommand,
  type TimerState,
} from '../../shared/facilitation/index.ts'
import type * as Y from 'yjs'
import type { SilentRounds } from '../silent/silentRounds.ts'
import type { Rooms } from '../sync/rooms.ts'

/** A refusal: the HTTP status that fits and a message for a person. */
export interface Refusal {
  ok: false
  status: 400 | 409 | 503
  error: string
}
export type Outcome<T> = ({ ok: true } & T) | Refusal

export const refuse = (status: Refusal['status'], error: string): Refusal => ({ ok: false, status, error })

export function areaExists(doc: Y.Doc, areaId: string): boolean {
  return listAreas(BoardDoc.of(doc), 'nl').some((area) => area.id === areaId)
}

export function unknownArea(areaId: string, sessionId: string): Refusal {
  return refuse(400, `unknown area "${areaId}": see GET /api/sessions/${sessionId}/areas`)
}

export class FacilitationService {
  constructor(
    private readonly rooms: Rooms,
    private readonly silentRounds: SilentRounds,
    private readonly now: () => number = Date.now,
  ) {}

  control(sessionId: string): Promise<ControlAnswer> {
    return this.rooms.read(sessionId, (doc) => ({ ...readControl(doc), serverNow: this.now() }))
  }

  /** Whether participants' edits are refused now (the facilitator's are not). */
  boardLocked(sessionId: string): Promise<boolean> {
    return this.rooms.read(sessionId, (doc) => readControl(doc).lock.board)
  }

  lock(sessionId: string, body: LockBody): Promise<{ lock: LockState }> {
    return this.rooms.change(sessionId, (doc) => {
      const current = readControl(doc).lock
      const lock: LockState = { board: body.locked ?? current.board, structure: body.structure ?? current.structure }
      writeControl(doc, { lock }, 'server')
      return { lock }
    })
  }

  timer(sessionId: string, command: TimerCommand): Promise<{ timer: TimerState; serverNow: number }> {
    return this.rooms.change(sessionId, (doc) => {
      const now = this.now()
      const timer = applyTimerCommand(readControl(doc).timer, command, now)
      writeControl(doc, { timer }, 'server')
      return { timer, serverNow: now }
    })
  }

  follow(sessionId: string, body: FollowBody): Promise<{ follow: FollowState }> {
    return this.rooms.change(sessionId, (doc) => {
      const current = readControl(doc).follow
      // seq goes up on every call, so "bring everyone here" twice jumps twice.
      const follow: FollowState = { userId: body.userId, keep: body.userId === null ? false : (body.keep ?? false), seq: current.seq + 1 }
      writeControl(doc, { follow }, 'server')
      return { follow }
    })
  }

  /** Start a silent round, or reveal it (silentRounds: the private notes merged into the board). */
  silent(sessionId: string, body: SilentBody): Promise<Outcome<{ silent: SilentState }>> {
    return this.silentRounds.set(sessionId, body)
  }

  focus(sessionId: string, areaId: string | null): Promise<Outcome<{ focus: FocusState }>> {
    return this.rooms.change(sessionId, (doc): Outcome<{ focus: FocusState }> => {
      if (areaId !== null && !areaExists(doc, areaId)) return unknownArea(areaId, sessionId)
      const focus: FocusState = { areaId }
      writeControl(doc, { focus }, 'server')
      return { ok: true, focus }
    })
  }
}
