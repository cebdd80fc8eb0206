// Silent rounds on the server: starting one, the reveal (every private note merged into the board as
// one server write, then taken out of the private documents), the facilitator's count, and notes the
// API puts in a participant's private document. The round's state lives in control.silent.
import type { SilentBody } from '../../shared/api/facilitation.ts'
import { listAreas } from '../../shared/areas/index.ts'
import { BoardDoc } from '../../shared/board/index.ts'
import { readControl, silentRoundCovers, writeControl, type SilentState } from '../../shared/facilitation/index.ts'
import { settleNotes } from '../../shared/layout/index.ts'
import { addNoteToBoard } from '../../shared/templates/index.ts'
import { DocSize } from '../limits/docSize.ts'
import type { Logger } from '../log.ts'
import { SessionDeletedError, type Rooms } from '../sync/rooms.ts'
import { SessionQueue } from '../storage/sessionQueue.ts'
import type { PrivateDocs } from './privateDocs.ts'
import { planReveal } from './reveal.ts'

export type SilentOutcome = { ok: true; silent: SilentState } | { ok: false; status: 400; error: string }
export type PrivateNoteResult = { ok: true; id: string } | { ok: false; error: 'unknown-area' | 'storage' }

export class SilentRounds {
  private readonly recounts = new SessionQueue()

  constructor(
    private readonly rooms: Rooms,
    private readonly privateDocs: PrivateDocs,
    private readonly opts: { log: Logger; maxDocBytes: number; now?: () => number },
  ) {}

  private now(): number {
    return (this.opts.now ?? Date.now)()
  }

  /** POST silent: on starts a round (counting what already waits), off is the reveal. */
  async set(sessionId: string, body: SilentBody): Promise<SilentOutcome> {
    if (!body.on) return this.reveal(sessionId)
    const counts = await this.privateDocs.countsOf(sessionId)
    return this.rooms.change(sessionId, (doc): SilentOutcome => {
      if (body.area !== undefined && !listAreas(BoardDoc.of(doc), 'nl').some((a) => a.id === body.area)) {
        return { ok: false, status: 400, error: `unknown area "${body.area}": see GET /api/sessions/${sessionId}/areas` }
      }
      const silent: SilentState = { on: true, areaId: body.area ?? null, since: this.now(), ...counts }
      writeControl(doc, { silent }, 'server')
      return { ok: true, silent }
    })
  }

  /** Whether a note into `areaId` (none: a free spot) now belongs to the running round. */
  covers(sessionId: string, areaId: string | undefined): Promise<boolean> {
    return this.rooms.read(sessionId, (doc) => silentRoundCovers(readControl(doc).silent, areaId))
  }

  /** A note from the API into the participant's private document, placed clear of the board's notes and theirs. */
  async addNote(sessionId: string, participant: string, text: string, areaId: string | undefined, id: `shape:${string}`): Promise<PrivateNoteResult> {
    const room = await this.privateDocs.open(sessionId, participant)
    // The board is not written now (the note is private): the area grows at the reveal if it must.
    const added = await this.rooms.read(sessionId, (doc) =>
      addNoteToBoard({
        board: BoardDoc.of(doc),
        text,
        areaId,
        id,
        meta: { createdBy: null, createdAt: this.now() },
        alsoTaken: room.records(),
        grow: false,
      }),
    )
    if (!added.ok) return added
    return (await room.change((board) => board.apply({ put: [added.record] }))) ? { ok: true, id } : { ok: false, error: 'storage' }
  }

  /** Brings the banner's count up to date (after a private document changed); one at a time per session, so the last count is written last. */
  recount(sessionId: string): Promise<void> {
    return this.recounts.run(sessionId, () => this.writeCount(sessionId))
  }

  private async writeCount(sessionId: string): Promise<void> {
    try {
      const counts = await this.privateDocs.countsOf(sessionId)
      await this.rooms.change(sessionId, (doc) => {
        const silent = readControl(doc).silent
        if (!silent.on) return
        if (counts.notes === silent.notes && counts.people === silent.people) return
        writeControl(doc, { silent: { ...silent, ...counts } }, 'server')
      })
    } catch (error) {
      if (!(error instanceof SessionDeletedError))
        this.opts.log.error({ session: sessionId, err: (error as Error).message }, 'silent round: cannot update the count')
    }
  }

  /**
   * Ends the round: every private note that passes the checks goes onto the board in the same server
   * write that turns the round off. Only once that write is on disk are the notes taken out of the
   * private documents; until then (a failing disk) they stay there and the next reveal merges them again.
   */
  private async reveal(sessionId: string): Promise<SilentOutcome> {
    const { log, maxDocBytes } = this.opts
    // Notes that arrive after this are not part of this reveal: they stay private for the next one.
    const collected = await this.privateDocs.collect(sessionId)
    const { silent, plan } = await this.rooms.change(
      sessionId,
      (doc) => {
        const board = BoardDoc.of(doc)
        const size = DocSize.of(doc, maxDocBytes)
        const plan = planReveal(board, collected, (bytes) => size.admits(bytes))
        board.apply({ put: plan.put }, 'server')
        // Everyone wrote alone, so their notes may sit on each other's: the shared layout rule moves
        // those that do (and grows a full area), in the same server write.
        const settled = settleNotes(
          board.all(),
          plan.put.map((r) => r.id),
          { grow: true },
        )
        if (settled.length > 0) board.apply({ put: settled }, 'server')
        // Where and since stay, so screens can say what was revealed.
        const silent: SilentState = { ...readControl(doc).silent, on: false }
        writeControl(doc, { silent }, 'server')
        return { silent, plan }
      },
      { large: true },
    )
    for (const p of plan.problems)
      log.warn({ session: sessionId, participant: p.participant, note: p.id, problem: p.problem }, 'silent round: private note not revealed')
    if (plan.deferred > 0) log.warn({ session: sessionId, deferred: plan.deferred }, 'silent round: notes left private, the board would outgrow MAX_DOC_BYTES')
    if (this.rooms.get(sessionId)?.hasUnsavedChanges) {
      log.error({ session: sessionId }, 'silent round: the reveal is not on disk yet; private notes kept until the next reveal')
    } else {
      const failed = await this.privateDocs.empty(sessionId, plan.settled)
      if (failed.length > 0)
        log.error({ session: sessionId, participants: failed.length }, 'silent round: could not empty some private documents; revealed again next time')
    }
    log.info({ session: sessionId, notes: plan.put.length }, 'silent round revealed')
    return { ok: true, silent }
  }
}
