// Actions on a session's board: the live list, hand edits from the API, the action plan for export.
// The rules are the pure functions of shared/actions; this only finds the board and writes back.
import type { Action, ActionPatch } from '../../shared/actions/index.ts'
import { BoardDoc } from '../../shared/board/index.ts'
import type { ActionPlan } from '../../shared/export/types.ts'
import { sketchBoard } from '../../shared/export/sketch.ts'
import type { Lang } from '../../shared/i18n/index.ts'
import { readOutcomes } from '../../shared/outcomes/index.ts'
import type { SessionRecord } from '../storage/types.ts'
import type { Rooms } from '../sync/rooms.ts'

export type PatchResult = { ok: true; action: Action } | { ok: false; error: 'unknown-action' }

/**
 * Reading actions parses due dates with chrono-node's grammars (~12 MB and ~0.4 s to load, the
 * largest part of a cold start): loaded on the first action read, not when the server starts.
 */
async function actionRules() {
  const [{ readActions }, { applyActionPatch }] = await Promise.all([
    import('../../shared/actions/readActions.ts'),
    import('../../shared/actions/edit.ts'),
  ])
  return { readActions, applyActionPatch }
}

/** Dates on notes are read relative to the day of the workshop, so "15/12" never means last year's. */
function reference(session: SessionRecord): Date {
  return new Date(session.createdAt)
}

export class ActionService {
  constructor(private readonly rooms: Rooms) {}

  async list(session: SessionRecord, lang: Lang): Promise<Action[]> {
    const { readActions } = await actionRules()
    return this.rooms.read(session.id, (doc) => readActions(BoardDoc.of(doc), { reference: reference(session), lang }))
  }

  async patch(session: SessionRecord, actionId: string, patch: ActionPatch, lang: Lang): Promise<PatchResult> {
    const { readActions, applyActionPatch } = await actionRules()
    return this.rooms.change(session.id, (doc): PatchResult => {
      const board = BoardDoc.of(doc)
      const opts = { reference: reference(session), lang }
      if (!readActions(board, opts).some((a) => a.id === actionId)) return { ok: false, error: 'unknown-action' }
      board.apply({ put: [applyActionPatch(board.get(actionId)!, patch)] }, 'server')
      return { ok: true, action: readActions(board, opts).find((a) => a.id === actionId)! }
    })
  }

  async plan(session: SessionRecord, lang: Lang): Promise<ActionPlan> {
    const { readActions } = await actionRules()
    return this.rooms.read(session.id, (doc) => {
      const board = BoardDoc.of(doc)
      return {
        lang,
        sessionId: session.id,
        title: session.title,
        date: session.createdAt.slice(0, 10),
        participants: board.participants().map((p) => p.name),
        outcomes: readOutcomes(board, lang),
        actions: readActions(board, { reference: reference(session), lang }),
        sketches: sketchBoard(board, lang),
      }
    })
  }
}
