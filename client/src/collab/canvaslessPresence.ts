// Presence for a screen without a canvas (the phone page): the same instance_presence record tldraw
// derived from an untouched store when the phone page still ran on one (shared/workshop/
// canvaslessPresence.ts), published as inactive like any untouched pointer. Others keep listing the
// person (and can follow them to their page) but draw no cursor. Re-sent when the name or colour
// changes, or when the first page does.
import { react, type Signal } from '@tldraw/state'
import type { TLUser } from '@tldraw/tlschema'
import type { Awareness } from 'y-protocols/awareness'
import type { BoardDoc } from '../../../shared/board/index.ts'
import { canvaslessPresence, firstPageId } from '../../../shared/workshop/canvaslessPresence.ts'
import { presenceIdFor, untouchedAsInactive } from './presence.ts'

export function publishCanvaslessPresence(awareness: Awareness, board: BoardDoc, user: Signal<TLUser | null>): () => void {
  const id = presenceIdFor(awareness.clientID)
  let page = firstPageId(board.all())
  let current: TLUser | null = null
  let sent = ''
  const send = () => {
    const presence = current && page ? untouchedAsInactive(canvaslessPresence(current, page, id)) : null
    const json = JSON.stringify(presence)
    if (json === sent) return
    sent = json
    awareness.setLocalStateField('presence', presence)
  }
  const stopUser = react('samenbord: canvasless presence', () => {
    current = user.get()
    send()
  })
  const stopBoard = board.observe((changes) => {
    const touchesPages = changes.removed.some((rid) => rid.startsWith('page:')) || [...changes.added, ...changes.updated].some((r) => r.typeName === 'page')
    if (!touchesPages) return
    page = firstPageId(board.all())
    send()
  })
  return () => {
    stopUser()
    stopBoard()
  }
}
