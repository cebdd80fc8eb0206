// Board helpers shared by the integration tests: a note record, and the board as a fresh client reads it.
import { BoardDoc, FIRST_PAGE_ID, noteRecord, type BoardRecord } from '../../shared/board/index.ts'
import type { ServerProcess } from './serverProcess.ts'
import { connectClient, whenSynced } from './yClient.ts'

/** A sticky note as tldraw would write it (the server refuses records its validators refuse). */
export function note(id: string, text: string, at: { x: number; y: number } = { x: 0, y: 0 }): BoardRecord {
  return noteRecord({ id, text, ...at, pageId: FIRST_PAGE_ID, index: 'a1' as never })
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
