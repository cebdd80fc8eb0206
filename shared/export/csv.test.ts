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

  it('has the actions only, one row each, sorted, with all columns', () => {
    expect(parse(csv)).toEqual([
      ['Actie', 'Wie', 'Wanneer', 'Status', 'Gebied', 'Stemmen', 'Id'],
      [SORTED_ACTION_TEXTS[0], 'Bram de Vries', '01-12-2026', 'Open', 'Acties', '2', 'shape:act2'],
      [SORTED_ACTION_TEXTS[1], 'Anna Bakker', '15-12-2026', 'Klaar', 'Acties', '1', 'shape:act4'],
      [SORTED_ACTION_TEXTS[2], 'Fatima El Amrani', '15-12-2026', 'Bezig', 'Acties', '3', 'shape:act1'],
      [SORTED_ACTION_TEXTS[3], '', '', 'Open', '', '0', 'shape:act3'],
    ])
  })

  it('keeps ; and " inside a cell and accents intact', () => {
    expect(parse(csv)[1]![0]).toBe('Offerte lichtsnoeren; kleur "warm wit" kiezen')
    expect(csv).toContain('"Offerte lichtsnoeren; kleur ""warm wit"" kiezen"')
    expect(parse(csv)[3]![0]).toBe('Café-terras: vergunning aanvragen')
  })

  it('ends every row with CRLF and has no stray line feeds', () => {
    expect(csv.split('\r\n')).toHaveLength(6)
    expect(csv.endsWith('shape:act3\r\n')).toBe(true)
    expect(toCsv({ ...testPlan(), actions: [] })).toBe('\uFEFFActie;Wie;Wanneer;Status;Gebied;Stemmen;Id\r\n')
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
    const byId = new Map(parse(toCsv(plan)).slice(1).map((r) => [r[6], r]))
    expect(['f1', 'f2', 'f3', 'f4', 'f5', 'f6'].map((id) => byId.get(id)![0])).toEqual([
      `'=HYPERLINK("http://example.test","klik")`,
      "'+31 6 12345678 bellen",
      "'-2 stoelen te weinig",
      "'@Anna vragen",
      "'=1+1\nen verder",
      'Gewoon 1 - 2 = -1',
    ])
    expect(byId.get('f4')![1]).toBe(`'=cmd|"/c calc"!A1`)
  })

  it('uses English headers, statuses and ISO dates for an English plan', () => {
    const rows = parse(toCsv(testPlan('en')))
    expect(rows[0]).toEqual(['Action', 'Who', 'When', 'Status', 'Area', 'Votes', 'Id'])
    expect(rows[1]!.slice(1, 5)).toEqual(['Bram de Vries', '2026-12-01', 'Open', 'Actions'])
    expect(rows[2]![3]).toBe('Done')
  })

  it('is just the header row when there are no actions', () => {
    expect(parse(toCsv({ ...testPlan(), actions: [] }))).toEqual([['Actie', 'Wie', 'Wanneer', 'Status', 'Gebied', 'Stemmen', 'Id']])
  })
})
