// Actions on a session's board: the live list, hand edits from the API, the action plan for export.
// The rules are the pure functions of shared/actions; this only finds the board and writes back.
import { applyActionPatch, readActions, type Action, type ActionPatch } from '../../shared/actions/index.ts'
import { BoardDoc } from '../../shared/board/index.ts'
import type { ActionPlan } from '../../shared/export/types.ts'
import type { Lang } from '../../shared/i18n/index.ts'
import { readOutcomes } from '../../shared/outcomes/index.ts'
import type { SessionRecord } from '../storage/types.ts'
import type { Rooms } from '../sync/rooms.ts'

export type PatchResult = { ok: true; action: Action } | { ok: false; error: 'unknown-action' }

/** Dates on notes are read relative to the day of the workshop, so "15/12" never means last year's. */
function reference(session: SessionRecord): Date {
  return new Date(session.createdAt)
}

export class ActionService {
  constructor(private readonly rooms: Rooms) {}

  list(session: SessionRecord, lang: Lang): Promise<Action[]> {
    return this.rooms.read(session.id, (doc) => readActions(BoardDoc.of(doc), { reference: reference(session), lang }))
  }

  patch(session: SessionRecord, actionId: string, patch: ActionPatch, lang: Lang): Promise<PatchResult> {
    return this.rooms.change(session.id, (doc): PatchResult => {
      const board = BoardDoc.of(doc)
      const opts = { reference: reference(session), lang }
      if (!readActions(board, opts).some((a) => a.id === actionId)) return { ok: false, error: 'unknown-action' }
      board.apply({ put: [applyActionPatch(board.get(actionId)!, patch)] }, 'server')
      return { ok: true, action: readActions(board, opts).find((a) => a.id === actionId)! }
    })
  }

  plan(session: SessionRecord, lang: Lang): Promise<ActionPlan> {
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
      }
    })
  }
}
