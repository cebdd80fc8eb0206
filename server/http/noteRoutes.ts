// The answer to POST /api/sessions/:id/notes once the body passed and the board lock let it through.
// While a silent round covers the note's area, the note goes into the caller's private document, so
// it needs the caller's participant secret (PARTICIPANT_HEADER); a join link without one is refused
// with 409 rather than showing the note to everyone.
import { PARTICIPANT_HEADER } from '../../shared/api/identity.ts'
import { participantOf } from './identityRoutes.ts'
import { fail, sendJson } from './respond.ts'
import type { Ctx } from './sessionRouteKit.ts'

export async function addNoteAs(ctx: Ctx, note: { text: string; area?: string | undefined }): Promise<void> {
  const { req, res, deps, sessionId, role } = ctx
  const participant = await participantOf(ctx)
  if (!participant && req.headers[PARTICIPANT_HEADER] !== undefined) {
    return void fail(res, 403, `unknown participant: send the secret from POST /api/sessions/${sessionId}/identity in ${PARTICIPANT_HEADER}`)
  }
  const result = await deps.boards.addNote(sessionId, note.text, note.area, { role, ...(participant ? { participant } : {}) })
  if (result.ok) return void sendJson(res, 201, { id: result.id, private: result.private })
  switch (result.error) {
    case 'unknown-area':
      return void fail(res, 400, `unknown area "${note.area}": see GET /api/sessions/${sessionId}/areas`)
    case 'needs-participant':
      return void fail(
        res,
        409,
        `a silent round is running here: notes stay with their author until the reveal, so send your participant secret ` +
          `(POST /api/sessions/${sessionId}/identity) in the ${PARTICIPANT_HEADER} header`,
      )
    case 'storage':
      return void fail(res, 503, 'cannot store the note right now; try again shortly')
  }
}
