// The action plan as a Word document, for the people who print it, mark it up and bring it to the next
// meeting: A4; first what was agreed (the actions table, overdue rows marked, with a header row that
// comes back on every page; decisions; next meeting), then every template's outcome, the participants,
// and an image of each template on a landscape page of its own. It renders the same document model as
// the Markdown and PDF exports. On the server because docx's Packer.toBuffer needs Node.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import { buildDocument, type Block, type Figure, type Table as TableBlock } from '../../shared/export/document.ts'
import { plainPlan, type ActionPlan } from '../../shared/export/types.ts'
import { oneLine } from '../../shared/export/labels.ts'
import { translate, type Lang } from '../../shared/i18n/translate.ts'
import { sketchPng } from './sketchPng.ts'

// Sizes in twentieths of a point (twips): A4 with 2 cm margins.
const A4 = { width: 11906, height: 16838 }
const MARGIN = 1134
const CONTENT_WIDTH = A4.width - 2 * MARGIN

const INK = '1F3864' // headings: dark blue, still dark in greyscale print
const MUTED = '595959'
const HEADER_FILL = 'D9E2F3'
const RULE = 'A6A6A6'
/** Overdue actions: a light red row, "Te laat" in dark red. */
const LATE_FILL = 'FBE4E4'
const LATE_INK = 'A50E0E'

/** Word's proofing language, so that the spelling check does not underline every Dutch word. */
const PROOFING: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' }

const HEADING = {
  1: HeadingLevel.TITLE,
  2: HeadingLevel.HEADING_1,
  3: HeadingLevel.HEADING_2,
  4: HeadingLevel.HEADING_3,
} as const

/** A text with line breaks (a note typed over two lines) as runs with breaks, not as one long line. */
function runs(text: string, style: { bold?: boolean; italics?: boolean; color?: string } = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, ...style, ...(i > 0 ? { break: 1 } : {}) }))
}

function cell(lines: string[], width: number, opts: { header?: boolean; bold?: boolean; late?: boolean } = {}): TableCell {
  const fill = opts.header ? HEADER_FILL : opts.late ? LATE_FILL : undefined
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
    children: lines.map(
      (line) =>
        new Paragraph({
          spacing: { before: 0, after: 40 },
          children: runs(line, { bold: opts.header || opts.bold, ...(opts.late ? { color: LATE_INK } : {}) }),
        }),
    ),
  })
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: RULE }

function table(block: TableBlock): Table {
  const widths = block.columns.map((c) => Math.round((CONTENT_WIDTH * c.width) / 100))
  // tableHeader repeats the row on every page the table runs onto; cantSplit keeps a row in one piece.
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((c, i) => cell([c.label], widths[i]!, { header: true })),
  })
  const rows = block.rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: true,
        // In the ladder and the rings, the first column names the rung or ring: it reads as a row heading.
        children: row.map((lines, i) => {
          const late = block.flagged?.[r] === true
          // The last column is the status: "Te laat" there in bold dark red, the rest of the row tinted.
          if (late && i === row.length - 1) {
            return new TableCell({
              width: { size: widths[i]!, type: WidthType.DXA },
              shading: { type: ShadingType.CLEAR, color: 'auto', fill: LATE_FILL },
              children: lines.map(
                (line, j) =>
                  new Paragraph({ spacing: { before: 0, after: 40 }, children: runs(line, j === lines.length - 1 ? { bold: true, color: LATE_INK } : {}) }),
              ),
            })
          }
          return cell(lines, widths[i]!, { bold: (block.kind === 'lanes' || block.kind === 'people') && i === 0, late })
        }),
      }),
  )
  return new Table({
    rows: [header, ...rows],
    columnWidths: widths,
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
  })
}

function render(block: Exclude<Block, Figure>): Array<Paragraph | Table> {
  switch (block.type) {
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })]
    case 'heading':
      return [new Paragraph({ heading: HEADING[block.level], children: [new TextRun(oneLine(block.text))] })]
    case 'paragraph': {
      const label = block.label ? [new TextRun({ text: `${block.label}: `, bold: true })] : []
      const style = block.muted ? { italics: true, color: MUTED } : {}
      return [new Paragraph({ children: [...label, ...runs(block.text, style)] })]
    }
    case 'list':
      return block.items.map(
        (item) =>
          new Paragraph({
            bullet: { level: 0 },
            spacing: { after: 60 },
            children: [...runs(item.text), ...(item.detail ? [new TextRun({ text: ` (${item.detail})`, color: MUTED, size: 20 })] : [])],
          }),
      )
    case 'table':
      // An empty paragraph after a table gives air before what follows, and keeps two tables apart
      // (Word merges tables that touch).
      return [table(block), new Paragraph({ spacing: { after: 120 }, children: [] })]
  }
}

/** "Pagina {page} van {pages}" with Word's PAGE and NUMPAGES fields in place of the placeholders. */
function pageNumbers(lang: Lang): Paragraph {
  const parts = translate(lang, 'export.page')
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? PageNumber.CURRENT : part === '{pages}' ? PageNumber.TOTAL_PAGES : part))
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: parts, size: 18, color: MUTED })] })
}

/** Landscape A4, 2 cm margins: the image's height in pixels at 96 dpi, leaving room for header and footer. */
const FIGURE_HEIGHT_PX = 600

function figureSection(figure: Figure, png: Uint8Array, width: number, height: number, chrome: { headers: { default: Header }; footers: { default: Footer } }) {
  const h = FIGURE_HEIGHT_PX
  return {
    properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN } } },
    ...chrome,
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new ImageRun({
            type: 'png',
            data: png,
            transformation: { width: Math.round((h * width) / height), height: h },
            altText: { name: figure.caption, description: figure.caption, title: figure.caption },
          }),
        ],
      }),
    ],
  }
}

export async function toDocx(typed: ActionPlan): Promise<Uint8Array> {
  // XML 1.0 allows no control characters but tab and line ends: one in a note would make Word refuse the file.
  const plan = plainPlan(typed)
  const { lang } = plan
  const title = translate(lang, 'export.title', { title: oneLine(plan.title) })
  const heading = (size: number, before: number) => ({
    run: { size, bold: true, color: INK },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  })
  const blocks = buildDocument(plan)
  const figures = blocks.filter((b): b is Figure => b.type === 'figure')
  const sketches = plan.sketches ?? []
  const images = await Promise.all(figures.map((f) => sketchPng(sketches[f.sketch]!)))
  const chrome = () => ({
    headers: {
      default: new Header({
        children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: title, size: 18, color: MUTED })] })],
      }),
    },
    footers: { default: new Footer({ children: [pageNumbers(lang)] }) },
  })
  const doc = new Document({
    title,
    creator: 'Samenbord',
    description: translate(lang, 'export.description', { title: oneLine(plan.title) }),
    styles: {
      default: {
        document: {
          run: { font: 'Calibri', size: 22, language: { value: PROOFING[lang] } },
          paragraph: { spacing: { after: 120 } },
        },
        title: heading(40, 0),
        heading1: heading(32, 360),
        heading2: heading(28, 280),
        heading3: heading(24, 200),
      },
    },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN } } },
        ...chrome(),
        children: blocks.flatMap((b) => (b.type === 'figure' ? [] : render(b))),
      },
      ...figures.map((f, i) => {
        const sketch = sketches[f.sketch]!
        return figureSection(f, images[i]!, sketch.width, sketch.height, chrome())
      }),
    ],
  })
  const buffer = await Packer.toBuffer(doc)
  // A plain view on the same bytes: callers get a Uint8Array, not Node's Buffer with its own quirks.
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}
