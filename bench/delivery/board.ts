// The board the delivery scenario opens: what a workshop looks like an hour in. Two templates and 60
// notes posted through the notes API as phones do (every sixth one long), spread over three areas.
import type { CreatedSession } from '../../shared/api/types.ts'
import { BoardDoc } from '../../shared/board/boardDoc.ts'
import { postNotes } from '../../e2e/crowd.ts'
import { sessionApi } from '../../server/testing/sessionApi.ts'
import { connectClient, whenSynced } from '../../server/testing/yClient.ts'

export const TEMPLATES = ['brainstorm', 'actor-map']
export const NOTES = 60

export interface BenchBoard {
  session: CreatedSession
  /** Shapes on the board (templates' frames and texts plus the notes): the board page is usable once its editor holds them all. */
  shapes: number
}

export async function makeBoard(baseUrl: string): Promise<BenchBoard> {
  const api = sessionApi(() => baseUrl)
  const session = await api.create(TEMPLATES, 'Bench: centrum Oosterhout')
  const areas = await api.areas(session)
  // The brainstorm's ideas area first (the phone page's question), then the actor map's first two.
  const ideas = areas.find((a) => a.template === 'brainstorm' && a.kind === 'ideas')
  const targets = [...(ideas ? [ideas] : []), ...areas.filter((a) => a !== ideas)].slice(0, 3)
  if (targets.length === 0) throw new Error('the templates made no areas')
  for (const [i, area] of targets.entries()) {
    const count = Math.floor(NOTES / targets.length) + (i < NOTES % targets.length ? 1 : 0)
    await postNotes(baseUrl, session.id, session.join, area.id, count)
  }
  const client = connectClient(baseUrl.replace(/^http/, 'ws'), session.view)
  try {
    await whenSynced(client, 20_000)
    const shapes = BoardDoc.of(client.doc)
      .all()
      .filter((r) => r.typeName === 'shape').length
    return { session, shapes }
  } finally {
    client.destroy()
  }
}
