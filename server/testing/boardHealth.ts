// "The board still works", as integration tests check it after a hostile write: a fresh client gets a
// board whose every entry is a plain { key, val } record the record rules accept, and every REST route
// that reads the board answers 2xx (areas, outcomes, actions, export in every format, POST notes).
import { expect } from 'vitest'
import * as Y from 'yjs'
import type { CreatedSession } from '../../shared/api/types.ts'
import { BoardDoc } from '../../shared/board/boardDoc.ts'
import { boardProblems, entryProblem } from '../../shared/board/recordRules.ts'
import { EXPORT_FORMATS } from '../../shared/export/types.ts'
import type { ServerProcess } from './serverProcess.ts'
import { connectClient, whenSynced } from './yClient.ts'

/** The board as a fresh client receives it: every records entry sound, the records valid together. */
export async function expectSoundBoard(server: ServerProcess, token: string): Promise<Y.Doc> {
  const client = connectClient(server.wsUrl, token)
  try {
    await whenSynced(client)
    const raw = client.doc.getArray<unknown>('records').toArray()
    expect(raw.map((entry) => (entry instanceof Y.AbstractType ? 'a nested Yjs type' : entryProblem(entry)))).toEqual(raw.map(() => undefined))
    const records = BoardDoc.of(client.doc).all()
    expect(boardProblems(new Map(records.map((r) => [r.id, r])))).toEqual(new Map())
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(client.doc))
    return copy
  } finally {
    client.destroy()
  }
}

/** Every REST route that reads or writes the board answers 2xx. */
export async function expectRoutesWork(server: ServerProcess, session: CreatedSession): Promise<void> {
  const call = (path: string, token: string, body?: unknown) =>
    fetch(`${server.url}/api/sessions/${session.id}/${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  const answers: Array<[string, number]> = []
  for (const path of ['areas', 'outcomes', 'actions', 'control']) answers.push([path, (await call(path, session.view)).status])
  for (const format of EXPORT_FORMATS) answers.push([`export ${format}`, (await call(`export?format=${format}`, session.facilitator)).status])
  answers.push(['POST notes', (await call('notes', session.join, { text: 'Nog steeds bruikbaar' })).status])
  for (const [what, status] of answers) expect(status, what).toBeGreaterThanOrEqual(200)
  for (const [what, status] of answers) expect(status, what).toBeLessThan(300)
}
