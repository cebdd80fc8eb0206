import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { sketchBoard } from '../../shared/export/sketch.ts'
import { workshopBoard } from '../../shared/export/testBoard.ts'
import { SORTED_ACTION_TEXTS, testPlan } from '../../shared/export/testPlan.ts'
import type { ActionPlan } from '../../shared/export/types.ts'
import { toDocx } from './docx.ts'

const decode = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

/** The visible text of a piece of WordprocessingML: its w:t runs, line breaks as \n. */
function text(xml: string): string {
  return decode([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => (m[0] === '<w:br/>' ? '\n' : m[1])).join(''))
}

const all = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}[ >][\\s\\S]*?</${tag}>`, 'g'))].map((m) => m[0])

async function open(plan: ActionPlan) {
  const zip = await JSZip.loadAsync(await toDocx(plan))
  const read = (path: string) => zip.file(path)!.async('string')
  const document = await read('word/document.xml')
  return { zip, read, document, paragraphs: all(document.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, ''), 'w:p').map(text), tables: all(document, 'w:tbl') }
}

/** A table as rows of cell texts; a cell's lines (one paragraph each) joined by \n. */
const rows = (table: string) => all(table, 'w:tr').map((tr) => all(tr, 'w:tc').map((tc) => all(tc, 'w:p').map(text).join('\n')))

describe('toDocx', () => {
  let doc: Awaited<ReturnType<typeof open>>
  beforeAll(async () => {
    doc = await open(testPlan())
  })

  it('is a Word file: a zip with the main document part', async () => {
    const bytes = await toDocx(testPlan())
    expect(bytes).toBeInstanceOf(Uint8Array)
    expect(Buffer.isBuffer(bytes)).toBe(false)
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]) // "PK"
    expect(await doc.read('[Content_Types].xml')).toContain('wordprocessingml.document.main+xml')
  })

  it('opens with what was agreed: title, date, time, place, facilitator, then actions, decisions, next meeting', () => {
    expect(doc.document).toMatch(/<w:pStyle w:val="Title"\/><\/w:pPr><w:r><w:t xml:space="preserve">Actieplan: Winkelstraat Oosterhout<\/w:t>/)
    expect(doc.paragraphs.slice(0, 6)).toEqual([
      'Actieplan: Winkelstraat Oosterhout',
      'Datum: maandag 23 november 2026',
      'Tijd: 19:30',
      'Plaats: Buurthuis De Linde, Oosterhout',
      'Gespreksleiding: Petra Jansen',
      'Acties: wie doet wat, wanneer',
    ])
    const at = (text: string) => doc.paragraphs.indexOf(text)
    expect(at('Besluiten')).toBeGreaterThan(at('Acties: wie doet wat, wanneer'))
    expect(at('Volgende bijeenkomst')).toBeGreaterThan(at('Besluiten'))
    expect(doc.paragraphs[at('Volgende bijeenkomst') + 1]).toBe('Wanneer: dinsdag 12 januari 2027, 19:30')
    // The outcomes start on a page of their own.
    expect(doc.paragraphs[at('Uitkomsten') - 1]).toBe('')
    expect(doc.document).toContain('<w:br w:type="page"/>')
    expect(at('Actorenkaart')).toBeGreaterThan(at('Uitkomsten'))
    expect(at('Deelnemers')).toBeGreaterThan(at('Visiesessie'))
  })

  it('has a table of actors per quadrant and one for the ladder', () => {
    const tables = doc.tables.slice(1).map(rows)
    expect(tables[1]).toEqual([
      ['Naam', 'Soort partij', 'Houding', 'Gewenste rol', 'Belang'],
      ['Vastgoed Brabant BV', 'Vastgoedeigenaar', 'Negatief (−)', '–', 'Huurinkomsten'],
    ])
    expect(tables[2]![0]).toEqual(['Trede', 'Nu', 'Volgende stap'])
    expect(tables[2]).toContainEqual(['Meebeslissen', '–', 'Bewoners'])
  })

  it('bullets the notes, with their votes, and keeps a two-line note on two lines', async () => {
    const bullets = all(doc.document, 'w:p')
      .filter((p) => p.includes('<w:numPr>'))
      .map(text)
    expect(bullets).toEqual(
      expect.arrayContaining(["Gevelverlichting 's avonds aan (5 stemmen)", 'Plantenbakken', 'Een levendige, groene winkelstraat\nwaar je graag blijft']),
    )
    expect(await doc.read('word/numbering.xml')).toContain('w:numFmt w:val="bullet"')
  })

  it('lists every action in the first table, whose header row is shaded and repeats on each page; overdue rows in red', () => {
    const actions = doc.tables[0]!
    const table = rows(actions)
    expect(table[0]).toEqual(['Wie', 'Actie', 'Wanneer', 'Status'])
    expect(table.slice(1).map((r) => r[1])).toEqual(SORTED_ACTION_TEXTS)
    expect(table[3]).toEqual(['Fatima El Amrani', 'Café-terras: vergunning aanvragen', '15 december 2026', 'Bezig'])
    const trs = all(actions, 'w:tr')
    expect(trs[0]!).toContain('<w:tblHeader/>')
    expect(trs[0]!).toMatch(/<w:shd [^>]*w:fill="D9E2F3"/)
    expect(trs.every((tr) => tr.includes('<w:cantSplit/>'))).toBe(true)
    // Bram's action was due 1 December; the plan was made on 10 December.
    expect(table[1]).toEqual(['Bram de Vries', 'Offerte lichtsnoeren; kleur "warm wit" kiezen', '1 december 2026', 'Open\nTe laat'])
    expect(trs[1]!).toMatch(/<w:shd [^>]*w:fill="FBE4E4"/)
    expect(trs[1]!).toMatch(/<w:color w:val="A50E0E"\/>[\s\S]*Te laat/)
    expect(trs.slice(2).some((tr) => tr.includes('FBE4E4'))).toBe(false)
  })

  it('groups the participants by organisation, the facilitator marked', () => {
    expect(rows(doc.tables.at(-1)!)).toEqual([
      ['Organisatie of rol', 'Namen'],
      ['Gemeente Oosterhout', 'Petra Jansen (gespreksleider)\nFatima El Amrani'],
      ['Politie', 'Anna Bakker'],
      ['Winkeliersvereniging De Markt', 'Bram de Vries'],
      ['Zonder organisatie', 'Kees'],
    ])
  })

  it('puts an image of each template on a landscape A4 page of its own', async () => {
    const sketches = sketchBoard(workshopBoard(12), 'nl').slice(0, 2)
    const out = await open({ ...testPlan(), sketches })
    const media = Object.keys(out.zip.files).filter((f) => f.startsWith('word/media/'))
    expect(media).toHaveLength(2)
    expect(out.document.match(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/g)).toHaveLength(2)
    expect(out.document).toContain('descr="Actorenkaart"')
  }, 30_000)

  it('is A4 with "Pagina X van Y" in the footer', async () => {
    expect(doc.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    const footer = await doc.read('word/footer1.xml')
    expect(text(footer)).toBe('Pagina  van ')
    const fields = [...footer.matchAll(/<w:instrText[^>]*>([^<]+)<\/w:instrText>/g)].map((m) => m[1])
    expect(fields).toEqual(['PAGE', 'NUMPAGES'])
    expect(footer.indexOf('PAGE<')).toBeLessThan(footer.indexOf('van'))
  })

  it('carries the title and the proofing language in the file', async () => {
    expect(await doc.read('docProps/core.xml')).toContain('<dc:title>Actieplan: Winkelstraat Oosterhout</dc:title>')
    expect(await doc.read('word/styles.xml')).toContain('<w:lang w:val="nl-NL"/>')
  })

  it('is English throughout for an English plan', async () => {
    const en = await open(testPlan('en'))
    expect(en.paragraphs.slice(0, 2)).toEqual(['Action plan: Winkelstraat Oosterhout', 'Date: Monday, 23 November 2026'])
    expect(rows(en.tables[0]!)[0]).toEqual(['Who', 'Action', 'When', 'Status'])
    expect(text(await en.read('word/footer1.xml'))).toBe('Page  of ')
    expect(await en.read('word/styles.xml')).toContain('<w:lang w:val="en-GB"/>')
  })

  it('keeps control characters out of the XML, which Word would refuse, and breaks lines at a lone CR', async () => {
    const plan = testPlan()
    plan.actions = [{ ...plan.actions[0]!, text: 'Plan\u0007\u0000\rtweede regel', owner: 'Jan\u001b' }]
    const out = await open(plan)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for the control characters XML 1.0 forbids
    expect(out.document).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/)
    expect(rows(out.tables[0]!)[1]!.slice(0, 2)).toEqual(['Jan', 'Plan\ntweede regel'])
  })

  it('says so when nothing was recorded', async () => {
    const empty = await open({ ...testPlan(), outcomes: { templates: [] }, actions: [], decisions: [], people: [], nextMeeting: undefined })
    expect(empty.tables).toEqual([])
    expect(empty.paragraphs).toEqual(
      expect.arrayContaining([
        'Er staan geen werkvormen op het bord.',
        'Er zijn geen acties vastgelegd.',
        'Er zijn geen besluiten vastgelegd.',
        'Nog niet afgesproken.',
        'Deelnemers',
        'niet vastgelegd',
      ]),
    )
  })
})
