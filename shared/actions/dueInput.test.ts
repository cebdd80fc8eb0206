import { describe, expect, it } from 'vitest'
import { parseDueInput } from './dueInput.ts'

const SUN_DEC_20 = new Date(2026, 11, 20, 15)

describe('parseDueInput', () => {
  it.each([
    ['01-12-2026', '2026-12-01'],
    ['1-12-2026', '2026-12-01'],
    ['1/12/2026', '2026-12-01'],
    ['2026-12-01', '2026-12-01'],
    ['20-12', '2026-12-20'],
    ['1-12', '2027-12-01'],
    ['2-3', '2027-03-02'],
    ['vrijdag', '2026-12-25'],
    ['Vrijdag', '2026-12-25'],
    ['eind januari', '2027-01-31'],
    ['vóór 1 dec', '2027-12-01'],
    ['1 dec 2026', '2026-12-01'],
    ['over twee weken', '2027-01-03'],
    ['Q1', '2027-03-31'],
    ['  volgende week. ', '2026-12-25'],
    ['morgen', '2026-12-21'],
    ['vandaag', '2026-12-20'],
  ])('reads %j as %s', (input, due) => {
    expect(parseDueInput(input, SUN_DEC_20)).toEqual({ kind: 'date', due })
  })

  it('reads an empty field as no date', () => {
    expect(parseDueInput('   ', SUN_DEC_20)).toEqual({ kind: 'empty' })
  })

  it('refuses nonsense, impossible days and a date with other words around it', () => {
    for (const input of ['morgen ofzo', 'gisteren', 'asap', '31-02-2027', '12/31/2026', '32-1', 'vrijdag de buurt bellen', 'bel vrijdag', '2026-13-01', '12']) {
      expect(parseDueInput(input, SUN_DEC_20), input).toEqual({ kind: 'invalid' })
    }
  })
})
