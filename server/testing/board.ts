// Board helpers shared by the integration tests: a note record, and the board as a fresh client reads it.
import { BoardDoc, type BoardRecord } from '../../shared/board/index.ts'
import type { ServerProcess } from './serverProcess.ts'
import { connectClient, whenSynced } from './yClient.ts'

export function note(id: string, text: string): BoardRecord {
  return { id, typeName: 'shape', type: 'note', x: 0, y: 0, parentId: 'page:board', props: { text } }
}

/** Every record of the board as a fresh client gets it, sorted by id: a stable encoding to compare. */
export async function readBoard(server: ServerProcess, token: string): Promise<BoardRecord[]> {
  const client = connectClient(server.wsUrl, token)
  try {
    await whenSynced(client)
    return BoardDoc.of(client.doc)
      .all()
      .sort((a, b) => a.id.localeCompare(b.id))
  } finally {
    client.destroy()
  }
}

export function shapeIds(records: readonly BoardRecord[]): string[] {
  return records.filter((r) => r.typeName === 'shape').map((r) => r.id)
}
