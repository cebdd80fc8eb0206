// Plain text out of tldraw's rich text (TipTap/ProseMirror JSON), for outcomes, exports and search.
// Records come from other clients and older versions, so anything unexpected yields '' rather than
// an exception: one odd note must never break an export of the whole board.
import type { BoardRecord } from './boardDoc.ts'

/** Inline nodes are joined as they are; every other node with content is a block on its own line. */
const INLINE_TEXT: Readonly<Record<string, string>> = { hardBreak: '\n' }

/** Deeper than any real document; stops runaway input (e.g. a hand-built cyclic object). */
const MAX_DEPTH = 64

interface Node {
  type?: unknown
  text?: unknown
  content?: unknown
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isInline(node: Node): boolean {
  return node.type === 'text' || (typeof node.type === 'string' && Object.hasOwn(INLINE_TEXT, node.type))
}

function inlineText(node: Node): string {
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : ''
  return typeof node.type === 'string' && Object.hasOwn(INLINE_TEXT, node.type) ? INLINE_TEXT[node.type]! : ''
}

/**
 * A block's text: runs of inline children make one line, each child block makes its own line(s).
 * An empty paragraph is an empty line, as the editor shows it.
 */
function blockText(node: Node, depth: number): string {
  if (depth > MAX_DEPTH || !Array.isArray(node.content)) return ''
  const lines: string[] = []
  let run: string | undefined
  for (const child of node.content) {
    if (!isNode(child)) continue
    if (isInline(child)) {
      run = (run ?? '') + inlineText(child)
      continue
    }
    if (run !== undefined) lines.push(run)
    run = undefined
    lines.push(blockText(child, depth + 1))
  }
  if (run !== undefined) lines.push(run)
  return lines.join('\n')
}

/**
 * TipTap JSON → plain text. Paragraphs and hard breaks become '\n'; trailing whitespace (of each
 * line and of the whole) is dropped because it is invisible on the board. Never throws.
 */
export function plainText(richText: unknown): string {
  try {
    if (!isNode(richText)) return ''
    const text = isInline(richText) ? inlineText(richText) : blockText(richText, 0)
    return text
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .trimEnd()
  } catch {
    // Getters or proxies in junk input: still no exception for the caller.
    return ''
  }
}

/** The text of a note, text or geo shape (anything with props.richText); '' for other records. */
export function noteText(record: BoardRecord): string {
  const props = record.props
  if (!isNode(props)) return ''
  return plainText((props as { richText?: unknown }).richText)
}
