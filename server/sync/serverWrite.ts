// The server's own writes to a board (API notes, templates, imports, restores, the reveal, follow-ups,
// votes, locks) meet the same size rule as a client's update (writePolicy.ts outgrowsDocument): a write
// that would take the document past MAX_DOC_BYTES is refused whole, and nothing changes.
//
// A Yjs change cannot be taken back once made, so a write that might not fit is made on a copy of the
// document first and only its difference is applied. A copy costs O(document), so it is made only when
// it can matter: when the document is within HEADROOM of its limit, or when the writer says its size is
// not bounded by a request body (`large`: imports, templates, restores, the reveal). Every other write
// (a note, a dot, a lock, an action) is far smaller than the headroom, so applied directly it cannot pass
// the limit; a direct write that grows more than the headroom is reported (`onOversized`), so a writer
// that should have said `large` shows up in the log.
import * as Y from 'yjs'
import { DocSize } from '../limits/docSize.ts'
import { outgrowsDocument } from './writePolicy.ts'

/** How close to its limit a document may come before every server write is tried on a copy first. */
const HEADROOM_BYTES = 256 * 1024

/** A server write refused by the size limit; the HTTP API answers 413 with its message. */
export class DocTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(docTooLargeMessage(limit))
  }
}

/** The one wording of the refusal. */
function docTooLargeMessage(limit: number): string {
  return `the board would be larger than this server allows (MAX_DOC_BYTES: ${limit} bytes); nothing was changed`
}

export interface ServerWriteOptions {
  /** The write's size is not bounded by a request body (a whole board, templates, a restore). */
  large?: boolean
}

/**
 * Runs `fn` as one server transaction on `doc` if what it writes fits within `limit`; throws
 * DocTooLargeError, the document untouched, if it does not. `fn` may run on a copy of `doc`.
 */
export function writeWithinLimit<T>(
  doc: Y.Doc,
  limit: number,
  fn: (doc: Y.Doc) => T,
  options: ServerWriteOptions & { onOversized?: (growth: number) => void } = {},
): T {
  if (limit === Infinity) return direct(doc, fn)
  const size = DocSize.of(doc, limit)
  const headroom = Math.min(HEADROOM_BYTES, Math.floor(limit / 8))
  if (options.large || !size.admits(headroom)) return viaCopy(doc, size, limit, fn)
  const before = size.bytes
  const result = direct(doc, fn)
  const growth = size.bytes - before
  if (growth > headroom) options.onOversized?.(growth)
  return result
}

function direct<T>(doc: Y.Doc, fn: (doc: Y.Doc) => T): T {
  let result!: T
  doc.transact(() => {
    result = fn(doc)
  }, 'server')
  return result
}

/** One client id per document for its copies, so trial writes do not add a writer per write. */
const copyClients = new WeakMap<Y.Doc, number>()

function viaCopy<T>(doc: Y.Doc, size: DocSize, limit: number, fn: (doc: Y.Doc) => T): T {
  const copy = new Y.Doc({ gc: true })
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
    // Set after loading: Yjs gives a document a new id when a loaded update carries its own.
    const client = copyClients.get(doc)
    if (client === undefined) copyClients.set(doc, copy.clientID)
    else copy.clientID = client
    // The transaction's own update: exactly what the write adds, and self-contained against `doc`.
    const written: Uint8Array[] = []
    copy.on('update', (update: Uint8Array) => written.push(update))
    let result!: T
    copy.transact(() => {
      result = fn(copy)
    }, 'server')
    if (written.length === 0) return result
    const update = written.length === 1 ? written[0]! : Y.mergeUpdates(written)
    if (outgrowsDocument(update.byteLength, (bytes) => size.admits(bytes))) throw new DocTooLargeError(limit)
    Y.applyUpdate(doc, update, 'server')
    return result
  } finally {
    copy.destroy()
  }
}
