// Which client updates a private document takes (server/silent/privateRoom.ts), judged on the
// analysis of the update (sync/updateGuard.ts) before anything is applied or stored:
//
//   writes any root but `records`                → closed with 4403 (the `revealed` list is the server's)
//   inserts an entry that is not a sticky note     → closed with 4403 (privateNoteProblem, shared/)
//     stored under its own `shape:` id
//   something Yjs could not integrate yet          → not applied; the client is asked for its whole difference
// Deleting entries is always fine: they are the author's own notes.
import { RECORDS_KEY } from '../../shared/board/boardDoc.ts'
import { privateNoteProblem } from '../../shared/facilitation/silent.ts'
import { CloseCode } from '../sync/protocol.ts'
import type { UpdateAnalysis } from '../sync/updateGuard.ts'

export type PrivateVerdict = { do: 'apply' } | { do: 'resync'; why: string } | { do: 'close'; code: number; reason: string }

export function judgePrivateUpdate(analysis: UpdateAnalysis): PrivateVerdict {
  for (const root of analysis.roots) {
    if (root !== RECORDS_KEY) return { do: 'close', code: CloseCode.forbidden, reason: `a private document holds notes only ("${root.slice(0, 40)}")` }
  }
  if (analysis.unresolved) return { do: 'resync', why: 'update depends on changes the server does not have' }
  for (const touch of analysis.inserted) {
    const problem = privateNoteProblem(touch.key, touch.val)
    if (problem) return { do: 'close', code: CloseCode.forbidden, reason: problem }
  }
  return { do: 'apply' }
}
