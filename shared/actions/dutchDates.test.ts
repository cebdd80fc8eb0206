import { describe, expect, it } from 'vitest'
import { parseQuickSyntax } from './parse.ts'

// Workshop days around the turn of the year and one in the middle of a week.
const SAT_JAN_10 = new Date(2026, 0, 10, 12)
const WED_MAR_11 = new Date(2026, 2, 11, 9)
const SUN_DEC_20 = new Date(2026, 11, 20, 12)
const MON_DEC_21 = new Date(2026, 11, 21, 23, 30)

const due = (text: string, reference: Date) => parseQuickSyntax(`Rapport ${text}`, reference)

describe('Dutch date phrases, relative to the workshop day', () => {
  const cases: Array<[string, Date, string]> = [
    // day-month with dashes, with and without a year
    ['20-12', SUN_DEC_20, '2026-12-20'],
    ['21-12', SUN_DEC_20, '2026-12-21'],
    ['19-12', SUN_DEC_20, '2027-12-19'],
    ['20-12', MON_DEC_21, '2027-12-20'],
    ['5-1', SUN_DEC_20, '2027-01-05'],
    ['20-12', SAT_JAN_10, '2026-12-20'],
    ['20-12-2026', MON_DEC_21, '2026-12-20'],
    ['29-02', SAT_JAN_10, '2028-02-29'],
    // what worked before, around the turn of the year
    ['15/12', SUN_DEC_20, '2027-12-15'],
    ['1 maart', SUN_DEC_20, '2027-03-01'],
    ['vóór 1 dec', SUN_DEC_20, '2027-12-01'],
    ['15 december 2026', SAT_JAN_10, '2026-12-15'],
    // end, start and middle of a month
    ['eind januari', SUN_DEC_20, '2027-01-31'],
    ['eind januari', SAT_JAN_10, '2026-01-31'],
    ['eind december', SUN_DEC_20, '2026-12-31'],
    ['einde februari 2028', SAT_JAN_10, '2028-02-29'],
    ['ultimo maart', WED_MAR_11, '2026-03-31'],
    ['begin maart', SUN_DEC_20, '2027-03-01'],
    ['begin maart', WED_MAR_11, '2027-03-01'],
    ['begin januari', SUN_DEC_20, '2027-01-04'],
    ['begin november', SAT_JAN_10, '2026-11-02'],
    ['primo december', SUN_DEC_20, '2027-12-01'],
    ['half april', SUN_DEC_20, '2027-04-15'],
    ['medio januari', SUN_DEC_20, '2027-01-15'],
    ['midden mei', SAT_JAN_10, '2026-05-15'],
    ['halverwege juni 2027', SAT_JAN_10, '2027-06-15'],
    ['eind dit jaar', SUN_DEC_20, '2026-12-31'],
    ['eind deze maand', WED_MAR_11, '2026-03-31'],
    ['eind volgende maand', SUN_DEC_20, '2027-01-31'],
    // weekdays: the next one, strictly after the workshop day
    ['maandag', SUN_DEC_20, '2026-12-21'],
    ['vóór maandag', SUN_DEC_20, '2026-12-21'],
    ['maandag', MON_DEC_21, '2026-12-28'],
    ['zondag', SUN_DEC_20, '2026-12-27'],
    ['donderdag', WED_MAR_11, '2026-03-12'],
    ['woensdag', WED_MAR_11, '2026-03-18'],
    ['aanstaande vrijdag', WED_MAR_11, '2026-03-13'],
    ['komende dinsdag', SUN_DEC_20, '2026-12-22'],
    ['maandag', SAT_JAN_10, '2026-01-12'],
    // next week: its Friday; or the named day in it
    ['volgende week', SUN_DEC_20, '2026-12-25'],
    ['volgende week', MON_DEC_21, '2027-01-01'],
    ['volgende week', WED_MAR_11, '2026-03-20'],
    ['komende week', SAT_JAN_10, '2026-01-16'],
    ['volgende week dinsdag', SUN_DEC_20, '2026-12-22'],
    ['volgende week vrijdag', WED_MAR_11, '2026-03-20'],
    // in so many days, weeks, months
    ['over twee weken', SUN_DEC_20, '2027-01-03'],
    ['over 2 weken', SUN_DEC_20, '2027-01-03'],
    ['over drie dagen', SUN_DEC_20, '2026-12-23'],
    ['over veertien dagen', WED_MAR_11, '2026-03-25'],
    ['binnen een maand', SUN_DEC_20, '2027-01-20'],
    ['in één week', WED_MAR_11, '2026-03-18'],
    ['over een half jaar', WED_MAR_11, '2026-09-11'],
    // quarters: the last day
    ['Q1', SUN_DEC_20, '2027-03-31'],
    ['Q4', SUN_DEC_20, '2026-12-31'],
    ['Q1 2027', SAT_JAN_10, '2027-03-31'],
    ['Q1', SAT_JAN_10, '2026-03-31'],
    ['q2-2027', SAT_JAN_10, '2027-06-30'],
    ['Q3 2026', SUN_DEC_20, '2026-09-30'],
  ]
  it.each(cases)('reads %j on %s as %s', (text, reference, expected) => {
    expect(due(text, reference)).toEqual({ text: 'Rapport', owner: null, due: expected })
  })

  it('keeps the guards: names, fractions, ranges, counts, phone numbers, times and recurring days are no deadlines', () => {
    const notDates = [
      ...['Jan bellen', 'In mei evalueren', 'Nu beginnen', 'Bel zo snel mogelijk', 'om 10 uur', 'om 10:00'],
      ...['1/2 dag workshop', '3/4 van de leden', 'Stap 2/3', 'Bel 06-12345678', '2-3 weken', '10-12 mensen', '6-12 jaar'],
      ...['Iedere maandag overleg', 'Elke vrijdag borrel', 'Om de woensdag', 'half werk', 'Begin met de buurt', 'Q5 halen', 'A4-12 printen'],
      ...['maandagochtend overleg', 'eindjanuari', '31-02', '2026-13-01'],
    ]
    for (const text of notDates) expect(parseQuickSyntax(text, SAT_JAN_10).due, text).toBeNull()
  })

  it('takes the first date phrase; of two starting at the same place, the longer', () => {
    expect(parseQuickSyntax('Concept eind januari, definitief Q1', SUN_DEC_20)).toMatchObject({ due: '2027-01-31', text: 'Concept, definitief Q1' })
    expect(parseQuickSyntax('Maandag 1 maart presenteren', SUN_DEC_20)).toMatchObject({ due: '2027-03-01', text: 'Presenteren' })
    expect(parseQuickSyntax('Volgende week vrijdag klaar', SUN_DEC_20)).toMatchObject({ due: '2026-12-25', text: 'Klaar' })
  })
})
