import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { Action } from '../actions/types.ts'
import { toCsv } from './csv.ts'
import { SORTED_ACTION_TEXTS, testPlan } from './testPlan.ts'

/** Read the file back as Excel would: strip the BOM, split on ';'. */
function parse(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ';', newline: '\r\n', skipEmptyLines: true })
  expect(result.errors).toEqual([])
  return result.data
}

describe('toCsv', () => {
  const csv = toCsv(testPlan())

  it('starts with a UTF-8 byte order mark, so Excel keeps the accents', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(csv.match(/^\uFEFF/g)).toHaveLength(1)
  })

  it('has the actions only, one row each, sorted, with the session and its date, overdue marked, no ids', () => {
    const session = ['Winkelstraat Oosterhout', '23-11-2026']
    expect(parse(csv)).toEqual([
      ['Sessie', 'Datum sessie', 'Actie', 'Wie', 'Wanneer', 'Status', 'Te laat', 'Gebied', 'Stemmen'],
      [...session, SORTED_ACTION_TEXTS[0], 'Bram de Vries', '01-12-2026', 'Open', 'ja', 'Acties', '2'],
      [...session, SORTED_ACTION_TEXTS[1], 'Anna Bakker', '15-12-2026', 'Klaar', '', 'Acties', '1'],
      [...session, SORTED_ACTION_TEXTS[2], 'Fatima El Amrani', '15-12-2026', 'Bezig', '', 'Acties', '3'],
      [...session, SORTED_ACTION_TEXTS[3], '', '', 'Open', '', '', '0'],
    ])
  })

  it('adds the technical ids only when asked (?ids=1)', () => {
    const rows = parse(toCsv(testPlan(), { ids: true }))
    expect(rows[0]!.at(-1)).toBe('Id')
    expect(rows.slice(1).map((r) => r.at(-1))).toEqual(['shape:act2', 'shape:act4', 'shape:act1', 'shape:act3'])
    expect(csv).not.toContain('shape:act')
  })

  it('does not mark a dropped action as overdue, nor anything without the day the plan was made', () => {
    const plan = testPlan()
    const dropped = { ...plan, actions: plan.actions.map((a) => (a.id === 'shape:act2' ? { ...a, status: 'dropped' as const } : a)) }
    expect(parse(toCsv(dropped))[1]!.slice(5, 7)).toEqual(['Vervallen', ''])
    const { today, ...undated } = plan
    void today
    expect(parse(toCsv(undated))[1]![6]).toBe('')
  })

  it('keeps ; and " inside a cell and accents intact', () => {
    expect(parse(csv)[1]![2]).toBe('Offerte lichtsnoeren; kleur "warm wit" kiezen')
    expect(csv).toContain('"Offerte lichtsnoeren; kleur ""warm wit"" kiezen"')
    expect(parse(csv)[3]![2]).toBe('Café-terras: vergunning aanvragen')
  })

  it('ends every row with CRLF and has no stray line feeds', () => {
    expect(csv.split('\r\n')).toHaveLength(6)
    expect(csv.endsWith(';Open;;;0\r\n')).toBe(true)
    expect(toCsv({ ...testPlan(), actions: [] })).toBe('\uFEFFSessie;Datum sessie;Actie;Wie;Wanneer;Status;Te laat;Gebied;Stemmen\r\n')
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('guards against formula injection, also when a line break follows', () => {
    const base = testPlan().actions[2]!
    const action = (id: string, text: string, owner: string | null = null): Action => ({ ...base, id, noteId: id, text, owner })
    const plan = {
      ...testPlan(),
      actions: [
        action('f1', '=HYPERLINK("http://example.test","klik")'),
        action('f2', '+31 6 12345678 bellen'),
        action('f3', '-2 stoelen te weinig'),
        action('f4', '@Anna vragen', '=cmd|"/c calc"!A1'),
        action('f5', '=1+1\nen verder'),
        action('f6', 'Gewoon 1 - 2 = -1'),
      ],
    }
    const byId = new Map(
      parse(toCsv(plan, { ids: true }))
        .slice(1)
        .map((r) => [r.at(-1), r]),
    )
    expect(['f1', 'f2', 'f3', 'f4', 'f5', 'f6'].map((id) => byId.get(id)![2])).toEqual([
      `'=HYPERLINK("http://example.test","klik")`,
      "'+31 6 12345678 bellen",
      "'-2 stoelen te weinig",
      "'@Anna vragen",
      "'=1+1\nen verder",
      'Gewoon 1 - 2 = -1',
    ])
    expect(byId.get('f4')![3]).toBe(`'=cmd|"/c calc"!A1`)
    // The session's title is typed text too.
    expect(parse(toCsv({ ...plan, title: '=1+1' }))[1]![0]).toBe("'=1+1")
  })

  it('uses English headers, statuses and ISO dates for an English plan', () => {
    const rows = parse(toCsv(testPlan('en')))
    expect(rows[0]).toEqual(['Session', 'Session date', 'Action', 'Who', 'When', 'Status', 'Overdue', 'Area', 'Votes'])
    expect(rows[1]!.slice(3, 8)).toEqual(['Bram de Vries', '2026-12-01', 'Open', 'yes', 'Actions'])
    expect(rows[1]![1]).toBe('2026-11-23')
    expect(rows[2]![5]).toBe('Done')
  })

  it('is just the header row when there are no actions', () => {
    expect(parse(toCsv({ ...testPlan(), actions: [] }))).toEqual([
      ['Sessie', 'Datum sessie', 'Actie', 'Wie', 'Wanneer', 'Status', 'Te laat', 'Gebied', 'Stemmen'],
    ])
  })
})
