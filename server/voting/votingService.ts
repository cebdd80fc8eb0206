// Dot votes on a live session: the facilitator's vote commands and each person's dots. The rules are
// shared/facilitation/votes.ts; who placed which dot is kept in the ballot box (server only, committed
// before any answer), and the board document gets what the room may see: per-note totals while the
// tally is live, revealed or closed (all at once at the reveal), and control.vote.voters, the number
// of people who placed a dot. Every refusal is a value with the reason, never a throw.
import { nanoid } from 'nanoid'
import type * as Y from 'yjs'
import type { DotAnswer, DotBody, VoteBody } from '../../shared/api/facilitation.ts'
import { BoardDoc } from '../../shared/board/index.ts'
import { listAreas } from '../../shared/areas/index.ts'
import {
  BOARD_VOTER,
  castDot,
  clearDots,
  hasVoterEntries,
  isVotable,
  myDots,
  normalScope,
  readControl,
  scopeProblem,
  shownTotal,
  voteNoteIds,
  votersIn,
  voteTotals,
  votesMap,
  writeControl,
  writeVoteTotal,
  type Ballots,
  type CastError,
  type ScopeProblem,
  type VoteState,
} from '../../shared/facilitation/index.ts'
import { areaExists, refuse, unknownArea, type Outcome, type Refusal } from '../sessions/facilitationService.ts'
import type { Rooms } from '../sync/rooms.ts'
import { BallotStoreError, type BallotBox, type SessionBallots } from './ballotBox.ts'

const DOT_ERRORS: Record<CastError, Refusal> = {
  'no-open-vote': refuse(409, 'no vote is open'),
  'no-dots-left': refuse(409, 'no dots left: all of your dots are placed (take one back first)'),
  'not-in-vote': refuse(400, "this note is not part of the vote (unknown note, or outside the vote's area or selection)"),
  'no-dot-to-remove': refuse(409, 'you have no dot on this note to take back'),
}

const SCOPE_ERRORS: Record<ScopeProblem, (sessionId: string) => string> = {
  'unknown-template': (id) => `scope.instance is no template on this board: see "instance" in GET /api/sessions/${id}/areas`,
  'not-a-brainstorm': (id) => `scope.instance is not a brainstorm: use { "kind": "template" } or see GET /api/sessions/${id}/areas`,
  'no-brainstorm': () => 'there is no brainstorm (ideas or cluster area) on this board',
}

const STORE_FAILED = refuse(503, 'the server cannot store dots right now (its disk refuses writes); nothing changed, try again in a moment')

export class VotingService {
  /** Sessions whose document was brought in line with their ballots since this process started. */
  private readonly reconciled = new Set<string>()

  constructor(
    private readonly rooms: Rooms,
    private readonly ballots: BallotBox,
    private readonly now: () => number = Date.now,
  ) {}

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
          // When, on the server's clock: every screen hides the closed round's banner a while after.
          vote = { ...current, phase: 'closed', closedAt: this.now() }
          break
        case 'reopen': {
          const { closedAt: _closedAt, ...rest } = current
          vote = { ...rest, phase: 'open' }
          break
        }
        case 'reset':
          vote = null
          break
      }
      const notes = voteNoteIds(BoardDoc.of(doc), current)
      if (!this.commit(sessionId, doc, (ballots) => body.do === 'reset' && clearDots(ballots, notes))) return STORE_FAILED
      writeControl(doc, { vote }, 'server')
      this.publish(sessionId, doc, vote)
      return { ok: true, vote: vote && readControl(doc).vote }
    })
  }

  /** One of the caller's own dots on or off a note; one request at a time per room, so a budget holds. */
  dot(sessionId: string, voterId: string, body: DotBody): Promise<Outcome<DotAnswer>> {
    return this.rooms.change(sessionId, (doc): Outcome<DotAnswer> => {
      const vote = readControl(doc).vote
      const notes = vote ? voteNoteIds(BoardDoc.of(doc), vote) : new Set<string>()
      let result: ReturnType<typeof castDot> | undefined
      if (!this.commit(sessionId, doc, (ballots) => (result = castDot(ballots, vote, notes, voterId, body.note, body.delta)))) return STORE_FAILED
      if (!result!.ok) return DOT_ERRORS[result!.error]
      this.ballots.read(sessionId, (ballots) => writeVoteTotal(doc, body.note, shownTotal(ballots, vote, notes, body.note)))
      this.countVoters(sessionId, doc)
      return { ok: true, vote: vote!.id, mine: result!.mine, left: result!.left }
    })
  }

  /** The caller's own dots in the current vote and how many are left. */
  myDots(sessionId: string, voterId: string): Promise<DotAnswer> {
    return this.rooms.read(sessionId, (doc) => {
      const vote = readControl(doc).vote
      if (!vote) return { vote: null, mine: {}, left: 0 }
      const notes = voteNoteIds(BoardDoc.of(doc), vote)
      return { vote: vote.id, ...this.ballots.read(sessionId, (ballots) => myDots(ballots, voterId, vote, notes)) }
    })
  }

  /** Starting a vote replaces the previous one; dots already on notes stay where they are. */
  private startVote(doc: Y.Doc, sessionId: string, body: Extract<VoteBody, { do: 'start' }>): Outcome<{ vote: VoteState }> {
    const targets = [body.area, body.notes, body.scope].filter((target) => target !== undefined).length
    if (targets > 1) return refuse(400, 'give either area, notes or scope, not more than one')
    if (body.area !== undefined && !areaExists(doc, body.area)) return unknownArea(body.area, sessionId)
    const problem = body.scope && scopeProblem(listAreas(BoardDoc.of(doc), 'nl'), body.scope)
    if (problem) return refuse(400, SCOPE_ERRORS[problem](sessionId))
    if (body.notes !== undefined) {
      const board = BoardDoc.of(doc)
      const unknown = body.notes.filter((id) => {
        const record = board.get(id)
        return !record || !isVotable(record)
      })
      if (unknown.length > 0) return refuse(400, `not a note or actor card on this board: ${unknown.slice(0, 5).join(', ')}`)
    }
    if (!this.commit(sessionId, doc, () => undefined)) return STORE_FAILED
    const vote: VoteState = {
      id: nanoid(),
      phase: 'open',
      dots: body.dots,
      areaId: body.area ?? null,
      noteIds: body.notes ? Array.from(new Set(body.notes)) : null,
      ...(body.scope ? { scope: normalScope(body.scope) } : {}),
      tally: body.tally ?? 'hidden',
      revealed: false,
    }
    vote.voters = this.ballots.read(sessionId, (ballots) => votersIn(ballots, voteNoteIds(BoardDoc.of(doc), vote)))
    writeControl(doc, { vote }, 'server')
    this.publish(sessionId, doc, vote)
    return { ok: true, vote }
  }

  /**
   * Runs `fn` on the session's ballots and commits them to disk; false when the disk refused (nothing
   * changed). The first time, an older board's dots (per-browser entries or totals in the document,
   * whose people are unknown) are taken in as BOARD_VOTER's, so they still count and nobody owns them.
   */
  private commit(sessionId: string, doc: Y.Doc, fn: (ballots: SessionBallots) => unknown): boolean {
    try {
      this.ballots.change(sessionId, (ballots) => {
        if (!ballots.adopted) {
          for (const [noteId, total] of voteTotals(doc)) ballots.set(noteId, BOARD_VOTER, total)
          ballots.markAdopted()
        }
        fn(ballots)
      })
    } catch (error) {
      if (error instanceof BallotStoreError) return false
      throw error
    }
    // A crash between a ballot's commit and the document's, or an older board's per-browser entries:
    // the document is rewritten from the ballots once per process.
    if (!this.reconciled.has(sessionId) || hasVoterEntries(doc)) {
      this.reconciled.add(sessionId)
      this.publish(sessionId, doc, readControl(doc).vote)
    }
    return true
  }

  /** Writes every note's total as the room may see it now, and the vote's count of voters. */
  private publish(sessionId: string, doc: Y.Doc, vote: VoteState | null): void {
    const notes = vote ? voteNoteIds(BoardDoc.of(doc), vote) : new Set<string>()
    this.ballots.read(sessionId, (ballots: Ballots) => {
      const all = new Set<string>([...ballots.notes(), ...votesMap(doc).keys()])
      for (const noteId of all) writeVoteTotal(doc, noteId, shownTotal(ballots, vote, notes, noteId))
    })
    this.countVoters(sessionId, doc)
  }

  private countVoters(sessionId: string, doc: Y.Doc): void {
    const vote = readControl(doc).vote
    if (!vote) return
    const voters = this.ballots.read(sessionId, (ballots) => votersIn(ballots, voteNoteIds(BoardDoc.of(doc), vote)))
    if (vote.voters !== voters) writeControl(doc, { vote: { ...vote, voters } }, 'server')
  }

  /** Forgets a deleted session's ballots (files included). */
  remove(sessionId: string): void {
    this.reconciled.delete(sessionId)
    this.ballots.remove(sessionId)
  }
}
