// A tldraw sticky note made outside the editor (server API, follow-up boards): the props tldraw's
// NoteShapeUtil would give it, with the text as rich text.
import type { IndexKey } from '@tldraw/utils'
import { toRichText } from '@tldraw/tlschema'
import type { BoardRecord } from './boardDoc.ts'
import { boardSchema } from './schema.ts'

export const NOTE_SIZE = 200

export function noteRecord(fields: { id: string; text: string; x: number; y: number; pageId: string; index: IndexKey; color?: string }): BoardRecord {
  return boardSchema().types.shape.create({
    id: fields.id,
    type: 'note',
    x: fields.x,
    y: fields.y,
    parentId: fields.pageId,
    index: fields.index,
    props: {
      color: fields.color ?? 'yellow',
      richText: toRichText(fields.text),
      size: 'm',
      font: 'draw',
      align: 'middle',
      verticalAlign: 'middle',
      labelColor: 'black',
      growY: 0,
      fontSizeAdjustment: 1,
      url: '',
      scale: 1,
      textLastEditedBy: null,
    },
  } as never) as unknown as BoardRecord
}
