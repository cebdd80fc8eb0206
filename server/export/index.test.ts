import { describe, expect, it } from 'vitest'
import { toCsv } from '../../shared/export/csv.ts'
import { toMarkdown } from '../../shared/export/markdown.ts'
import { testPlan } from '../../shared/export/testPlan.ts'
import { sketchBoard } from '../../shared/export/sketch.ts'
import { workshopBoard } from '../../shared/export/testBoard.ts'
import { EXPORT_FORMATS } from '../../shared/export/types.ts'
import { refuseExport, renderExport } from './index.ts'

describe('renderExport', () => {
  it('renders every format with its type and file name', async () => {
    // One template image keeps the docx, pdf and png cheap (a few seconds on a busy 2-core machine).
    const plan = { ...testPlan(), sketches: sketchBoard(workshopBoard(8), 'nl').slice(0, 1) }
    const files = await Promise.all(EXPORT_FORMATS.map((format) => renderExport(plan, format)))
    expect(files.map((f) => [f.fileName, f.contentType.split(';')[0], typeof f.body])).toEqual([
      ['actieplan-winkelstraat-oosterhout-2026-11-23.md', 'text/markdown', 'string'],
      ['actieplan-winkelstraat-oosterhout-2026-11-23.csv', 'text/csv', 'string'],
      ['actieplan-winkelstraat-oosterhout-2026-11-23.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'object'],
      ['actieplan-winkelstraat-oosterhout-2026-11-23.ics', 'text/calendar', 'string'],
      ['actieplan-winkelstraat-oosterhout-2026-11-23.json', 'application/json', 'string'],
      ['actieplan-winkelstraat-oosterhout-2026-11-23.pdf', 'application/pdf', 'object'],
      ['bord-winkelstraat-oosterhout-2026-11-23.png', 'image/png', 'object'],
    ])
    expect(files[0]!.body).toBe(toMarkdown(plan))
    expect(files[1]!.body).toBe(toCsv(plan))
    expect(files[2]!.body).toBeInstanceOf(Uint8Array)
    expect(files[3]!.body).toMatch(/^BEGIN:VCALENDAR/)
    expect(JSON.parse(files[4]!.body as string).title).toBe('Winkelstraat Oosterhout')
    expect(new TextDecoder().decode((files[5]!.body as Uint8Array).slice(0, 5))).toBe('%PDF-')
    expect([...(files[6]!.body as Uint8Array).slice(1, 4)]).toEqual([0x50, 0x4e, 0x47])
  }, 30_000)

  it('draws one template per A4 page: all of them one under the other, or the one asked for', async () => {
    const plan = { ...testPlan(), sketches: sketchBoard(workshopBoard(8), 'nl') }
    const height = (png: Uint8Array) => new DataView(png.buffer, png.byteOffset).getUint32(20)
    const all = (await renderExport(plan, 'png')).body as Uint8Array
    const one = await renderExport(plan, 'png', { template: plan.sketches[1]!.instance })
    expect(height(all)).toBe(4 * height(one.body as Uint8Array))
    expect(one.fileName).toBe('bord-winkelstraat-oosterhout-participatieladder-2026-11-23.png')
    expect(refuseExport(plan, 'png', { template: 'nope' })?.status).toBe(404)
    expect(refuseExport({ ...plan, sketches: [] }, 'png', {})?.status).toBe(404)
    expect(refuseExport(plan, 'png', {})).toBeUndefined()
  }, 30_000)

  it('names the file in the plan language', async () => {
    expect((await renderExport(testPlan('en'), 'md')).fileName).toBe('action-plan-winkelstraat-oosterhout-2026-11-23.md')
  })
})
