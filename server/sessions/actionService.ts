// Actions on a session's board: the live list, hand edits from the API, the action plan for export.
// The rules are the pure functions of shared/actions; this only finds the board and writes back.
import { workshopReference } from '../../shared/sessions/workshopDay.ts'
import type { Action, ActionPatch } from '../../shared/actions/index.ts'
import { BoardDoc } from '../../shared/board/index.ts'
import { todayIso } from '../../shared/actions/dates.ts'
import { readDecisions } from '../../shared/decisions/readDecisions.ts'
import type { ActionPlan, PlanParticipant } from '../../shared/export/types.ts'
import { sketchBoard } from '../../shared/export/sketch.ts'
import type { Lang } from '../../shared/i18n/index.ts'
import { readOutcomes } from '../../shared/outcomes/index.ts'
import { actionsToCarry } from '../../shared/followUp/carryOver.ts'
import type { SessionRecord } from '../storage/types.ts'
import type { Rooms } from '../sync/rooms.ts'

export type PatchResult = { ok: true; action: Action } | { ok: false; error: 'unknown-action' }

/**
 * Reading actions parses due dates with chrono-node's grammars (~12 MB and ~0.4 s to load, the
 * largest part of a cold start): loaded on the first action read, not when the server starts.
 */
async function actionRules() {
  const [{ readActions }, { planActionEdit }, { boardKnownNames }] = await Promise.all([
    import('../../shared/actions/readActions.ts'),
    import('../../shared/actions/editNote.ts'),
    import('../../shared/actions/knownNames.ts'),
  ])
  return { readActions, planActionEdit, boardKnownNames }
}

/** Dates on notes are read relative to the day of the workshop, so "15/12" never means last year's. */
function reference(session: SessionRecord): Date {
  return workshopReference(session.createdAt)
}

export class ActionService {
  constructor(private readonly rooms: Rooms) {}

  async list(session: SessionRecord, lang: Lang): Promise<Action[]> {
    const { readActions } = await actionRules()
    return this.rooms.read(session.id, (doc) => readActions(BoardDoc.of(doc), { reference: reference(session), lang }))
  }

  /** Actions a follow-up of this session starts with (shared/followUp/carryOver.ts decides which). */
  async carryOver(session: SessionRecord, lang: Lang): Promise<Action[]> {
    const { readActions } = await actionRules()
    return this.rooms.read(session.id, (doc) => {
      const board = BoardDoc.of(doc)
      return actionsToCarry(readActions(board, { reference: reference(session), lang }), (id) => board.get(id))
    })
  }

  async patch(session: SessionRecord, actionId: string, patch: ActionPatch, lang: Lang): Promise<PatchResult> {
    const { readActions, planActionEdit, boardKnownNames } = await actionRules()
    return this.rooms.change(session.id, (doc): PatchResult => {
      const board = BoardDoc.of(doc)
      const opts = { reference: reference(session), lang }
      if (!readActions(board, opts).some((a) => a.id === actionId)) return { ok: false, error: 'unknown-action' }
      // The canvas's and the list view's rule (shared/actions/editNote.ts): a new owner or date is written
      // into the note's text too where the text spells one, with the names the board knew as the note
      // was read; in a Terugblik the note moves to the lane of the status asked for (growing it).
      const plan = planActionEdit(board.all(), actionId, patch, { reference: opts.reference, known: boardKnownNames(board) }, { grow: true })
      if (!plan.ok) return { ok: false, error: 'unknown-action' }
      board.apply({ put: plan.put }, 'server')
      return { ok: true, action: readActions(board, opts).find((a) => a.id === actionId)! }
    })
  }

  async plan(session: SessionRecord, lang: Lang): Promise<ActionPlan> {
    const { readActions } = await actionRules()
    return this.rooms.read(session.id, (doc) => {
      const board = BoardDoc.of(doc)
      // Names the facilitator marked as not a participant (test names, observers) are left out; view
      // links are never recorded as participants.
      const people: PlanParticipant[] = board
        .participants()
        .filter((p) => p.excluded !== true)
        .map((p) => ({ name: p.name, organisation: p.organisation ?? '', facilitator: p.role === 'facilitator' }))
      return {
        lang,
        sessionId: session.id,
        title: session.title,
        date: session.createdAt.slice(0, 10),
        participants: people.map((p) => p.name),
        outcomes: readOutcomes(board, lang),
        actions: readActions(board, { reference: reference(session), lang }),
        ...(session.startsAt ? { startsAt: session.startsAt } : {}),
        ...(session.place ? { place: session.place } : {}),
        facilitators: people.filter((p) => p.facilitator).map((p) => p.name),
        people,
        decisions: readDecisions(board, lang),
        ...(session.nextMeeting ? { nextMeeting: { ...session.nextMeeting } } : {}),
        today: todayIso(new Date()),
        sketches: sketchBoard(board, lang),
      }
    })
  }
}
