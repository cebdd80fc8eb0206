import { describe, expect, it } from 'vitest'
import { toCsv } from '../../shared/export/csv.ts'
import { toMarkdown } from '../../shared/export/markdown.ts'
import { testPlan } from '../../shared/export/testPlan.ts'
import { EXPORT_FORMATS } from '../../shared/export/types.ts'
import { renderExport } from './index.ts'

describe('renderExport', () => {
  it('renders every format with its type and file name', async () => {
    const plan = testPlan()
    const files = await Promise.all(EXPORT_FORMATS.map((format) => renderExport(plan, format)))
    expect(files.map((f) => [f.fileName, f.contentType.split(';')[0], typeof f.body])).toEqual([
      ['actieplan-winkelstraat-oosterhout-2026-11-23.md', 'text/markdown', 'string'],
      ['actieplan-winkelstraat-oosterhout-2026-11-23.csv', 'text/csv', 'string'],
      ['actieplan-winkelstraat-oosterhout-2026-11-23.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'object'],
      ['actieplan-winkelstraat-oosterhout-2026-11-23.ics', 'text/calendar', 'string'],
      ['actieplan-winkelstraat-oosterhout-2026-11-23.json', 'application/json', 'string'],
    ])
    expect(files[0]!.body).toBe(toMarkdown(plan))
    expect(files[1]!.body).toBe(toCsv(plan))
    expect(files[2]!.body).toBeInstanceOf(Uint8Array)
    expect(files[3]!.body).toMatch(/^BEGIN:VCALENDAR/)
    expect(JSON.parse(files[4]!.body as string).title).toBe('Winkelstraat Oosterhout')
  })

  it('names the file in the plan language', async () => {
    expect((await renderExport(testPlan('en'), 'md')).fileName).toBe('action-plan-winkelstraat-oosterhout-2026-11-23.md')
  })
})
