// What a participant's paste and drop may bring onto the board: text and tldraw shapes, no files (no
// images or videos uploaded), a link as its text rather than a bookmark card. Together with the
// hidden tools and actions in roleUi.ts this keeps participants' boards free of media.
import { defaultHandleExternalTextContent, type Editor } from 'tldraw'
import type { Role } from '../collab/types.ts'

/** Call after tldraw has registered its own handlers (onMount); only join links are limited. */
export function limitExternalContent(editor: Editor, role: Role): void {
  if (role !== 'join') return
  const ignore = () => {}
  editor.registerExternalContentHandler('files', ignore)
  editor.registerExternalContentHandler('file-replace', ignore)
  editor.registerExternalContentHandler('svg-text', ignore)
  editor.registerExternalContentHandler('embed', ignore)
  editor.registerExternalContentHandler('url', ({ point, url }) => defaultHandleExternalTextContent(editor, { point, text: url }))
}
