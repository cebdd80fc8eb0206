// The facilitator's controls on a live session: lock, timer, follow, vote, silence, focus, and the
// participants' dots. The rules are the pure functions of shared/facilitation; this reads the room's
// document and writes through Rooms.change (origin 'server'), so every change is stored and reaches
// every screen at once. Every refusal is a value with the reason, never a throw.
import { nanoid } from 'nanoid'
import type { ControlAnswer, DotAnswer, DotBody, FollowBody, LockBody, SilentBody, VoteBody } from '../../shared/api/facilitation.ts'
import { listAreas } from '../../shared/areas/index.ts'
import { BoardDoc } from '../../shared/board/index.ts'
import {
  applyTimerCommand,
  castDot,
  clearDots,
  isVotable,
  readControl,
  voteNoteIds,
  writeControl,
  type CastError,
  type FocusState,
  type FollowState,
  type LockState,
  type SilentState,
  type TimerCommand,
  type TimerState,
  type VoteState,
} from '../../shared/facilitation/index.ts'
import type * as Y from 'yjs'
import type { SilentRounds } from '../silent/silentRounds.ts'
import type { Rooms } from '../sync/rooms.ts'

/** A refusal: the HTTP status that fits and a message for a person. */
export interface Refusal {
  ok: false
  status: 400 | 409
  error: string
}
export type Outcome<T> = ({ ok: true } & T) | Refusal

const refuse = (status: 400 | 409, error: string): Refusal => ({ ok: false, status, error })

const DOT_ERRORS: Record<CastError, Refusal> = {
  'no-open-vote': refuse(409, 'no vote is open'),
  'no-dots-left': refuse(409, 'no dots left: all of this voter\'s dots are placed (take one back first)'),
  'not-in-vote': refuse(400, 'this note is not part of the vote (unknown note, or outside the vote\'s area or selection)'),
  'no-dot-to-remove': refuse(409, 'this voter has no dot on this note to take back'),
}

function areaExists(doc: Y.Doc, areaId: string): boolean {
  return listAreas(BoardDoc.of(doc), 'nl').some((area) => area.id === areaId)
}

function unknownArea(areaId: string, sessionId: string): Refusal {
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

  vote(sessionId: string, body: VoteBody): Promise<Outcome<{ vote: VoteState | null }>> {
    return this.rooms.change(sessionId, (doc): Outcome<{ vote: VoteState | null }> => {
      const current = readControl(doc).vote
      if (body.do === 'start') return this.startVote(doc, sessionId, body)
      if (!current) return refuse(409, `no vote to ${body.do}: start one first`)
      let vote: VoteState | null
      switch (body.do) {
        case 'reveal':
          vote = { ...current, revealed: true }
          break
        case 'close':
          vote = { ...current, phase: 'closed' }
          break
        case 'reopen':
          vote = { ...current, phase: 'open' }
          break
        case 'reset':
          clearDots(doc, voteNoteIds(BoardDoc.of(doc), current), 'server')
          vote = null
          break
      }
      writeControl(doc, { vote }, 'server')
      return { ok: true, vote }
    })
  }

  /** Starting a vote replaces the previous one; dots already on notes stay where they are. */
  private startVote(doc: Y.Doc, sessionId: string, body: Extract<VoteBody, { do: 'start' }>): Outcome<{ vote: VoteState }> {
    if (body.area !== undefined && body.notes !== undefined) return refuse(400, 'give either area or notes, not both')
    if (body.area !== undefined && !areaExists(doc, body.area)) return unknownArea(body.area, sessionId)
    if (body.notes !== undefined) {
      const board = BoardDoc.of(doc)
      const unknown = body.notes.filter((id) => {
        const record = board.get(id)
        return !record || !isVotable(record)
      })
      if (unknown.length > 0) return refuse(400, `not a note or actor card on this board: ${unknown.slice(0, 5).join(', ')}`)
    }
    const vote: VoteState = {
      id: nanoid(),
      phase: 'open',
      dots: body.dots,
      areaId: body.area ?? null,
      noteIds: body.notes ? Array.from(new Set(body.notes)) : null,
      tally: body.tally ?? 'hidden',
      revealed: false,
    }
    writeControl(doc, { vote }, 'server')
    return { ok: true, vote }
  }

  /** One dot on or off a note; one request at a time per room, so a budget holds under concurrency. */
  dot(sessionId: string, body: DotBody): Promise<Outcome<DotAnswer>> {
    return this.rooms.change(sessionId, (doc): Outcome<DotAnswer> => {
      const result = castDot(doc, body.voter, body.note, body.delta, 'server')
      return result.ok ? { ok: true, votes: result.votes, left: result.left } : DOT_ERRORS[result.error]
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
