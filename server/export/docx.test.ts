import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { SORTED_ACTION_TEXTS, testPlan } from '../../shared/export/testPlan.ts'
import type { ActionPlan } from '../../shared/export/types.ts'
import { toDocx } from './docx.ts'

const decode = (xml: string) =>
  xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

/** The visible text of a piece of WordprocessingML: its w:t runs, line breaks as \n. */
function text(xml: string): string {
  return decode(
    [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => (m[0] === '<w:br/>' ? '\n' : m[1])).join(''),
  )
}

const all = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}[ >][\\s\\S]*?</${tag}>`, 'g'))].map((m) => m[0])

async function open(plan: ActionPlan) {
  const zip = await JSZip.loadAsync(await toDocx(plan))
  const read = (path: string) => zip.file(path)!.async('string')
  const document = await read('word/document.xml')
  return { zip, read, document, paragraphs: all(document.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, ''), 'w:p').map(text), tables: all(document, 'w:tbl') }
}

/** A table as rows of cell texts. */
const rows = (table: string) => all(table, 'w:tr').map((tr) => all(tr, 'w:tc').map(text))

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

  it('opens with the title, the date and who took part', () => {
    expect(doc.document).toMatch(/<w:pStyle w:val="Title"\/><\/w:pPr><w:r><w:t xml:space="preserve">Actieplan: Winkelstraat Oosterhout<\/w:t>/)
    expect(doc.paragraphs.slice(0, 3)).toEqual([
      'Actieplan: Winkelstraat Oosterhout',
      'Datum: 23 november 2026',
      'Deelnemers: Anna Bakker, Bram de Vries, Fatima El Amrani',
    ])
    expect(doc.paragraphs).toEqual(expect.arrayContaining(['Actorenkaart', 'Participatieladder', 'Brainstorm', 'Visiesessie', 'Acties: wie doet wat, wanneer']))
  })

  it('has a table of actors per quadrant and one for the ladder', () => {
    const tables = doc.tables.map(rows)
    expect(tables[1]).toEqual([
      ['Naam', 'Soort partij', 'Houding', 'Gewenste rol', 'Belang'],
      ['Vastgoed Brabant BV', 'Vastgoedeigenaar', 'Negatief (−)', '–', 'Huurinkomsten'],
    ])
    expect(tables[2]![0]).toEqual(['Trede', 'Nu', 'Volgende stap'])
    expect(tables[2]).toContainEqual(['Meebeslissen', '–', 'Bewoners'])
  })

  it('bullets the notes, with their votes, and keeps a two-line note on two lines', async () => {
    const bullets = all(doc.document, 'w:p').filter((p) => p.includes('<w:numPr>')).map(text)
    expect(bullets).toEqual(expect.arrayContaining(["Gevelverlichting 's avonds aan (5 stemmen)", 'Plantenbakken', 'Een levendige, groene winkelstraat\nwaar je graag blijft']))
    expect(await doc.read('word/numbering.xml')).toContain('w:numFmt w:val="bullet"')
  })

  it('lists every action in the actions table, whose header row is shaded and repeats on each page', () => {
    const actions = doc.tables.at(-1)!
    const table = rows(actions)
    expect(table[0]).toEqual(['Actie', 'Wie', 'Wanneer', 'Status', 'Gebied'])
    expect(table.slice(1).map((r) => r[0])).toEqual(SORTED_ACTION_TEXTS)
    expect(table[3]).toEqual(['Café-terras: vergunning aanvragen', 'Fatima El Amrani', '15 december 2026', 'Bezig', 'Acties'])
    const header = all(actions, 'w:tr')[0]!
    expect(header).toContain('<w:tblHeader/>')
    expect(header).toMatch(/<w:shd [^>]*w:fill="D9E2F3"/)
    expect(all(actions, 'w:tr').every((tr) => tr.includes('<w:cantSplit/>'))).toBe(true)
  })

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
    expect(en.paragraphs.slice(0, 2)).toEqual(['Action plan: Winkelstraat Oosterhout', 'Date: 23 November 2026'])
    expect(rows(en.tables.at(-1)!)[0]).toEqual(['Action', 'Who', 'When', 'Status', 'Area'])
    expect(text(await en.read('word/footer1.xml'))).toBe('Page  of ')
    expect(await en.read('word/styles.xml')).toContain('<w:lang w:val="en-GB"/>')
  })

  it('keeps control characters out of the XML, which Word would refuse, and breaks lines at a lone CR', async () => {
    const plan = testPlan()
    plan.actions = [{ ...plan.actions[0]!, text: 'Plan\u0007\u0000\rtweede regel', owner: 'Jan\u001b' }]
    const out = await open(plan)
    expect(out.document).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/)
    expect(rows(out.tables.at(-1)!)[1]!.slice(0, 2)).toEqual(['Plan\ntweede regel', 'Jan'])
  })

  it('says so when nothing was recorded', async () => {
    const empty = await open({ ...testPlan(), outcomes: { templates: [] }, actions: [] })
    expect(empty.tables).toEqual([])
    expect(empty.paragraphs).toEqual(expect.arrayContaining(['Er staan geen werkvormen op het bord.', 'Er zijn geen acties vastgelegd.']))
  })
})
