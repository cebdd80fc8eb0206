// The action plan as Markdown: to paste into an e-mail, a wiki or a ticket. It has to read well both
// rendered and as plain text, so only what the text needs is escaped.
import { buildDocument, type Block, type Cell, type Table } from './document.ts'
import { oneLine } from './labels.ts'
import { plainPlan, type ActionPlan } from './types.ts'

/**
 * Typed text is text, never markup: a note "*belangrijk*" or "# 1 prioriteit" must come out as typed.
 * Backslash escapes of ASCII punctuation are valid anywhere in CommonMark, so this is always safe;
 * `|` is escaped everywhere so that a cell never splits a table row.
 */
function escapeLine(line: string): string {
  const escaped = line.replace(/[\\`*_[\]<>|~]/g, '\\$&')
  // At the start of a line these would begin a heading, a list, a quote or a setext underline.
  return escaped.replace(/^(\s*)([#+\-=])/, '$1\\$2').replace(/^(\s*\d+)([.)])(\s|$)/, '$1\\$2$3')
}

/** Several lines in one paragraph or list item: hard line breaks, continuation lines indented. */
function text(value: string, indent = ''): string {
  return value
    .split('\n')
    .map((line) => escapeLine(line.trim()))
    .filter((line) => line !== '')
    .join(`\\\n${indent}`)
}

/** A table cell is one line: items are separated by "; ", line breaks inside an item become spaces. */
function cell(value: Cell): string {
  return value.map((item) => escapeLine(oneLine(item))).join('; ')
}

function table(block: Table): string[] {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [row(block.columns.map((c) => escapeLine(c.label))), row(block.columns.map(() => '---')), ...block.rows.map((r) => row(r.map(cell)))]
}

function render(block: Block): string | undefined {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${escapeLine(oneLine(block.text))}`
    case 'paragraph': {
      const body = block.muted ? `_${text(block.text)}_` : text(block.text)
      return block.label ? `**${escapeLine(block.label)}:** ${body}` : body
    }
    case 'list':
      return block.items.map((item) => `- ${text(item.text, '  ')}${item.detail ? ` _(${escapeLine(item.detail)})_` : ''}`).join('\n')
    case 'table':
      return table(block).join('\n')
    // Markdown has no pages, and a plan pasted into an e-mail carries no images: the PDF and Word file do.
    case 'pageBreak':
    case 'figure':
      return undefined
  }
}

export function toMarkdown(plan: ActionPlan): string {
  // A blank line between blocks keeps lists, tables and paragraphs apart in every Markdown dialect.
  return `${buildDocument(plainPlan(plan))
    .map(render)
    .filter((text) => text !== undefined)
    .join('\n\n')}\n`
}
