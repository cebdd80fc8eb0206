// The action plan as a PDF, made on the server with pdfkit (no browser, no LibreOffice): A4 in the
// board's font (IBM Plex Sans). The first page is what was agreed (title, date, time, place, facilitator,
// the actions table with overdue rows marked, decisions, next meeting); then the outcomes per template,
// the participants by organisation, and an image of each template on a landscape page of its own.
// Tables wrap their cells, repeat their header row on a new page and never split a row; every page
// carries the plan's title and "Pagina n van m".
import PDFDocument from 'pdfkit'
import { buildDocument, type Block, type Figure, type Heading, type Table } from '../../shared/export/document.ts'
import { oneLine } from '../../shared/export/labels.ts'
import { plainPlan, type ActionPlan } from '../../shared/export/types.ts'
import { translate } from '../../shared/i18n/translate.ts'
import { registerFonts, type FontName } from './pdfFonts.ts'
import { sketchPng } from './sketchPng.ts'

const MARGIN = 56 // 2 cm
const INK = '#1F3864'
const TEXT = '#1d1d1d'
const MUTED = '#595959'
const RULE = '#A6A6A6'
const HEADER_FILL = '#D9E2F3'
const LATE_FILL = '#FBE4E4'
const LATE_INK = '#A50E0E'
const BODY = 10
const CELL = 9.5
const PAD = 4

const HEADINGS: Record<Heading['level'], { size: number; before: number; after: number }> = {
  1: { size: 20, before: 0, after: 10 },
  2: { size: 14, before: 14, after: 6 },
  3: { size: 12, before: 12, after: 4 },
  4: { size: 10.5, before: 8, after: 3 },
}

type Doc = PDFKit.PDFDocument

function bottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom
}

function width(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right
}

/** A new page unless at least `needed` points are left (or the page is still empty). */
function ensureRoom(doc: Doc, needed: number): void {
  if (doc.y + needed > bottom(doc) && doc.y > doc.page.margins.top + 1) doc.addPage()
}

function style(doc: Doc, font: FontName, size: number, color: string): Doc {
  return doc.font(font).fontSize(size).fillColor(color)
}

function heading(doc: Doc, block: Heading): void {
  const h = HEADINGS[block.level]
  const text = oneLine(block.text)
  style(doc, 'bold', h.size, INK)
  // Keep a heading with at least two lines of what follows it.
  const at = doc.y === doc.page.margins.top ? 0 : h.before
  ensureRoom(doc, at + doc.heightOfString(text, { width: width(doc) }) + 3 * BODY * 1.3)
  if (doc.y > doc.page.margins.top + 1) doc.y += h.before
  doc.text(text, doc.page.margins.left, doc.y, { width: width(doc) })
  doc.y += h.after
}

function paragraph(doc: Doc, block: Extract<Block, { type: 'paragraph' }>): void {
  const x = doc.page.margins.left
  if (block.label) {
    style(doc, 'bold', BODY, TEXT).text(`${block.label}: `, x, doc.y, { width: width(doc), continued: true })
    style(doc, block.muted ? 'italic' : 'body', BODY, block.muted ? MUTED : TEXT).text(block.text)
  } else {
    style(doc, block.muted ? 'italic' : 'body', BODY, block.muted ? MUTED : TEXT).text(block.text, x, doc.y, { width: width(doc) })
  }
  doc.y += BODY * 0.5
}

function list(doc: Doc, block: Extract<Block, { type: 'list' }>): void {
  const x = doc.page.margins.left
  const indent = 12
  for (const item of block.items) {
    style(doc, 'body', BODY, TEXT)
    ensureRoom(doc, doc.heightOfString(item.text, { width: width(doc) - indent }))
    const y = doc.y
    doc.text('•', x + 2, y)
    doc.text(item.text, x + indent, y, { width: width(doc) - indent, continued: item.detail !== undefined })
    if (item.detail) style(doc, 'body', BODY * 0.85, MUTED).text(` (${item.detail})`)
    doc.y += 2
  }
  doc.y += BODY * 0.4
}

interface Line {
  text: string
  font: FontName
  color: string
}

function cellLines(table: Table, row: number, col: number, header: boolean): Line[] {
  if (header) return [{ text: table.columns[col]!.label, font: 'bold', color: TEXT }]
  const lines = table.rows[row]![col]!
  const late = table.flagged?.[row] === true
  const isStatus = col === table.columns.length - 1
  return lines.map((text, i) => {
    if (late && isStatus && i === lines.length - 1) return { text, font: 'bold', color: LATE_INK }
    const rowHeading = (table.kind === 'lanes' || table.kind === 'people') && col === 0
    return { text, font: rowHeading ? 'bold' : 'body', color: TEXT }
  })
}

function linesHeight(doc: Doc, lines: Line[], w: number): number {
  return lines.reduce((sum, line) => sum + style(doc, line.font, CELL, line.color).heightOfString(line.text || ' ', { width: w }), 0)
}

function tableRow(doc: Doc, table: Table, widths: number[], row: number, header: boolean): void {
  const x0 = doc.page.margins.left
  const cells = widths.map((_, col) => cellLines(table, row, col, header))
  const height = Math.max(...cells.map((lines, col) => linesHeight(doc, lines, widths[col]! - 2 * PAD))) + 2 * PAD
  const y = doc.y
  const fill = header ? HEADER_FILL : table.flagged?.[row] ? LATE_FILL : undefined
  let x = x0
  for (const [col, lines] of cells.entries()) {
    const w = widths[col]!
    if (fill) doc.rect(x, y, w, height).fill(fill)
    doc.lineWidth(0.5).rect(x, y, w, height).stroke(RULE)
    let ty = y + PAD
    for (const line of lines) {
      style(doc, line.font, CELL, line.color).text(line.text, x + PAD, ty, { width: w - 2 * PAD })
      ty = doc.y
    }
    x += w
  }
  doc.x = x0
  doc.y = y + height
}

/** Rows are measured first: one that does not fit goes whole to the next page, under the header again. */
function table(doc: Doc, block: Table): void {
  const total = width(doc)
  const widths = block.columns.map((c) => (total * c.width) / 100)
  const heightOf = (row: number, header: boolean) =>
    Math.max(...widths.map((w, col) => linesHeight(doc, cellLines(block, row, col, header), w - 2 * PAD))) + 2 * PAD
  const headerHeight = heightOf(0, true)
  ensureRoom(doc, headerHeight + (block.rows.length > 0 ? heightOf(0, false) : 0))
  tableRow(doc, block, widths, 0, true)
  for (let row = 0; row < block.rows.length; row++) {
    if (doc.y + heightOf(row, false) > bottom(doc)) {
      doc.addPage()
      tableRow(doc, block, widths, 0, true)
    }
    tableRow(doc, block, widths, row, false)
  }
  doc.y += BODY
}

/** The sketch keeps its own white border: the page adds little. */
const LANDSCAPE_MARGIN = 14

function figure(doc: Doc, png: Uint8Array, caption: string): void {
  doc.addPage({
    size: 'A4',
    layout: 'landscape',
    margins: { top: LANDSCAPE_MARGIN, bottom: LANDSCAPE_MARGIN, left: LANDSCAPE_MARGIN, right: LANDSCAPE_MARGIN },
  })
  const w = doc.page.width - 2 * LANDSCAPE_MARGIN
  const h = doc.page.height - 2 * LANDSCAPE_MARGIN - 10 // the page number below
  doc.image(Buffer.from(png.buffer, png.byteOffset, png.byteLength), LANDSCAPE_MARGIN, LANDSCAPE_MARGIN, { fit: [w, h], align: 'center', valign: 'center' })
  // The image is a picture of text: its caption makes the page findable and readable aloud.
  doc.outline.addItem(caption)
}

/** The title in the header of every page but the first, and "Pagina n van m" at the foot of every page. */
function pageChrome(doc: Doc, title: string, pageLabel: (page: number, pages: number) => string): void {
  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    const { margins } = doc.page
    // Writing into the margins must not make pdfkit start a new page.
    const saved = { ...margins }
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 }
    style(doc, 'body', 8, MUTED)
    if (i > range.start)
      doc.text(title, saved.left, Math.max(12, saved.top / 2 - 4), { width: doc.page.width - saved.left - saved.right, align: 'right', lineBreak: false })
    doc.text(pageLabel(i - range.start + 1, range.count), 0, doc.page.height - Math.max(18, saved.bottom / 2), {
      width: doc.page.width,
      align: 'center',
      lineBreak: false,
    })
    doc.page.margins = saved
  }
}

export async function toPdf(typed: ActionPlan): Promise<Uint8Array> {
  const plan = plainPlan(typed)
  const { lang } = plan
  const title = translate(lang, 'export.title', { title: oneLine(plan.title) })
  const blocks = buildDocument(plan)
  const sketches = plan.sketches ?? []
  const figures = blocks.filter((b): b is Figure => b.type === 'figure')
  const images = await Promise.all(figures.map((f) => sketchPng(sketches[f.sketch]!)))
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    autoFirstPage: true,
    lang: lang === 'nl' ? 'nl-NL' : 'en-GB',
    displayTitle: true,
    info: { Title: title, Author: 'Samenbord', Creator: 'Samenbord', Subject: translate(lang, 'export.description', { title: oneLine(plan.title) }) },
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve)
    doc.on('error', reject)
  })
  registerFonts(doc)
  let figureIndex = 0
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        heading(doc, block)
        break
      case 'paragraph':
        paragraph(doc, block)
        break
      case 'list':
        list(doc, block)
        break
      case 'table':
        table(doc, block)
        break
      case 'pageBreak':
        if (doc.y > doc.page.margins.top + 1) doc.addPage()
        break
      case 'figure':
        figure(doc, images[figureIndex++]!, block.caption)
        break
    }
  }
  pageChrome(doc, title, (page, pages) => translate(lang, 'export.page', { page, pages }))
  doc.end()
  await done
  const bytes = Buffer.concat(chunks)
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
