// Dot votes on a live session: the facilitator's vote commands and each person's dots. The rules are
// shared/facilitation/votes.ts; who placed which dot is kept in the ballot box (server only, committed
// before any answer), and the board document gets what the room may see: per-note totals while the
// tally is live, revealed or closed (all at once at the reveal), and control.vote.voters, the number
// of people who placed a dot. Every refusal is a value with the reason, never a throw.
//
// The ballots and the board are stored apart, each write awaited, so every command and dot of a session
// takes its turn (sessionQueue.ts) and goes in three steps: read what it means on the board (through a
// change that writes nothing, so a board whose storage refuses writes is refused before anything
// changes), change the ballots (the budget checked and the dot stored in one turn of the ballot box),
// then write to the board what the room may see. Two dots racing for a budget of one: one gets it.
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
import { SessionQueue } from '../storage/sessionQueue.ts'
import { ballotsCopy, BallotStoreError, type BallotBox, type SessionBallots } from './ballotBox.ts'

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
  /** Vote commands and dots, one at a time per session. */
  private readonly turns = new SessionQueue()

  constructor(
    private readonly rooms: Rooms,
    private readonly ballots: BallotBox,
    private readonly now: () => number = Date.now,
  ) {}

  vote(sessionId: string, body: VoteBody): Promise<Outcome<{ vote: VoteState | null }>> {
    return this.turns.run(sessionId, async (): Promise<Outcome<{ vote: VoteState | null }>> => {
      const plan = await this.rooms.change(sessionId, (doc) => this.planVote(doc, sessionId, body))
      if (!plan.ok) return plan
      const ballots = await this.commit(sessionId, plan.totals, (b) => plan.clear && clearDots(b, plan.clear))
      if (!ballots) return STORE_FAILED
      return this.show(sessionId, ballots, (doc): Outcome<{ vote: VoteState | null }> => {
        let vote = plan.vote
        if (vote && body.do === 'start') vote = { ...vote, id: nanoid(), voters: votersIn(ballots, voteNoteIds(BoardDoc.of(doc), vote)) }
        writeControl(doc, { vote }, 'server')
        this.publish(doc, ballots, vote)
        return { ok: true, vote: body.do === 'start' ? vote : vote && readControl(doc).vote }
      })
    })
  }

  /** One of the caller's own dots on or off a note; one request at a time per session, so a budget holds. */
  dot(sessionId: string, voterId: string, body: DotBody): Promise<Outcome<DotAnswer>> {
    return this.turns.run(sessionId, async (): Promise<Outcome<DotAnswer>> => {
      const { vote, notes, totals } = await this.rooms.change(sessionId, (doc) => {
        const vote = readControl(doc).vote
        return { vote, notes: vote ? voteNoteIds(BoardDoc.of(doc), vote) : new Set<string>(), totals: voteTotals(doc) }
      })
      let result: ReturnType<typeof castDot> | undefined
      const ballots = await this.commit(sessionId, totals, (b) => (result = castDot(b, vote, notes, voterId, body.note, body.delta)))
      if (!ballots) return STORE_FAILED
      return this.show(sessionId, ballots, (doc): Outcome<DotAnswer> => {
        if (!result!.ok) return DOT_ERRORS[result!.error]
        writeVoteTotal(doc, body.note, shownTotal(ballots, vote, notes, body.note))
        this.countVoters(doc, ballots)
        return { ok: true, vote: vote!.id, mine: result!.mine, left: result!.left }
      })
    })
  }

  /** The caller's own dots in the current vote and how many are left. */
  async myDots(sessionId: string, voterId: string): Promise<DotAnswer> {
    const { vote, notes } = await this.rooms.read(sessionId, (doc) => {
      const vote = readControl(doc).vote
      return { vote, notes: vote ? voteNoteIds(BoardDoc.of(doc), vote) : new Set<string>() }
    })
    if (!vote) return { vote: null, mine: {}, left: 0 }
    return { vote: vote.id, ...(await this.ballots.read(sessionId, (ballots) => myDots(ballots, voterId, vote, notes))) }
  }

  /**
   * What a vote command means on the board as it stands, or its refusal: the vote to write (a new
   * one gets its id and count of voters when written), and the notes whose dots a reset clears.
   */
  private planVote(doc: Y.Doc, sessionId: string, body: VoteBody): VotePlan | Refusal {
    const totals = voteTotals(doc)
    if (body.do === 'start') {
      const refused = this.startProblem(doc, sessionId, body)
      if (refused) return refused
      const vote: VoteState = {
        id: '',
        phase: 'open',
        dots: body.dots,
        areaId: body.area ?? null,
        noteIds: body.notes ? Array.from(new Set(body.notes)) : null,
        ...(body.scope ? { scope: normalScope(body.scope) } : {}),
        tally: body.tally ?? 'hidden',
        revealed: false,
      }
      return { ok: true, vote, totals }
    }
    const current = readControl(doc).vote
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
    return { ok: true, vote, totals, ...(body.do === 'reset' ? { clear: voteNoteIds(BoardDoc.of(doc), current) } : {}) }
  }

  /** Starting a vote replaces the previous one; dots already on notes stay where they are. */
  private startProblem(doc: Y.Doc, sessionId: string, body: Extract<VoteBody, { do: 'start' }>): Refusal | undefined {
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
    return undefined
  }

  /**
   * Runs `fn` on the session's ballots and stores them; what they hold then (a copy), or undefined when
   * storage refused (nothing changed). The first time, an older board's dots (per-browser entries or
   * totals in the document, whose people are unknown) are taken in as BOARD_VOTER's, so they still
   * count and nobody owns them.
   */
  private async commit(sessionId: string, totals: ReadonlyMap<string, number>, fn: (ballots: SessionBallots) => unknown): Promise<Ballots | undefined> {
    try {
      return await this.ballots.change(sessionId, (ballots) => {
        if (!ballots.adopted) {
          for (const [noteId, total] of totals) ballots.set(noteId, BOARD_VOTER, total)
          ballots.markAdopted()
        }
        fn(ballots)
        return ballotsCopy(ballots)
      })
    } catch (error) {
      if (error instanceof BallotStoreError) return undefined
      throw error
    }
  }

  /**
   * Writes to the board what the room may see (after the ballots are stored). Should the board refuse
   * it, the next command rewrites the document from the ballots.
   */
  private async show<T>(sessionId: string, ballots: Ballots, fn: (doc: Y.Doc) => T): Promise<T> {
    try {
      return await this.rooms.change(sessionId, (doc) => {
        this.reconcile(sessionId, doc, ballots)
        return fn(doc)
      })
    } catch (error) {
      this.reconciled.delete(sessionId)
      throw error
    }
  }

  /**
   * A crash between a ballot's commit and the document's, or an older board's per-browser entries:
   * the document is rewritten from the ballots once per process.
   */
  private reconcile(sessionId: string, doc: Y.Doc, ballots: Ballots): void {
    if (this.reconciled.has(sessionId) && !hasVoterEntries(doc)) return
    this.reconciled.add(sessionId)
    this.publish(doc, ballots, readControl(doc).vote)
  }

  /** Writes every note's total as the room may see it now, and the vote's count of voters. */
  private publish(doc: Y.Doc, ballots: Ballots, vote: VoteState | null): void {
    const notes = vote ? voteNoteIds(BoardDoc.of(doc), vote) : new Set<string>()
    const all = new Set<string>([...ballots.notes(), ...votesMap(doc).keys()])
    for (const noteId of all) writeVoteTotal(doc, noteId, shownTotal(ballots, vote, notes, noteId))
    this.countVoters(doc, ballots)
  }

  private countVoters(doc: Y.Doc, ballots: Ballots): void {
    const vote = readControl(doc).vote
    if (!vote) return
    const voters = votersIn(ballots, voteNoteIds(BoardDoc.of(doc), vote))
    if (vote.voters !== voters) writeControl(doc, { vote: { ...vote, voters } }, 'server')
  }

  /** Forgets a deleted session's ballots (files included). */
  async remove(sessionId: string): Promise<void> {
    this.reconciled.delete(sessionId)
    await this.ballots.remove(sessionId)
  }
}

/** A vote command as planned on the board: the vote to write, and the notes whose dots a reset clears. */
interface VotePlan {
  ok: true
  vote: VoteState | null
  totals: ReadonlyMap<string, number>
  clear?: ReadonlySet<string>
}
