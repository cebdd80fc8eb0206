// A new board: the tldraw document record, one page and the schema stamp, written once by the server
// when a session is created, so that clients never race to create the first page.
import { DocumentRecordType, PageRecordType, TLDOCUMENT_ID, type TLPageId } from '@tldraw/tlschema'
import type { IndexKey } from '@tldraw/utils'
import type { BoardDoc, BoardRecord } from './boardDoc.ts'
import { serializedBoardSchema } from './schema.ts'

export const FIRST_PAGE_ID = 'page:board'

export function initBoard(board: BoardDoc, opts: { pageName: string }, origin?: unknown): void {
  if (board.get(TLDOCUMENT_ID)) return
  const document = DocumentRecordType.create({ id: TLDOCUMENT_ID })
  const page = PageRecordType.create({ id: FIRST_PAGE_ID as TLPageId, name: opts.pageName, index: 'a1' as IndexKey })
  board.doc.transact(() => {
    board.setSchema(serializedBoardSchema(), origin)
    board.apply({ put: [document as unknown as BoardRecord, page as unknown as BoardRecord] }, origin)
  }, origin)
}
