import { describe, expect, it } from 'vitest'
import { parseQuickSyntax } from './parse.ts'

// Workshop dates on either side of the year, to show dates without a year go forward from them.
const JAN = new Date(2026, 0, 10, 12)
const DEC = new Date(2026, 11, 20, 12)

const parse = (text: string, reference = JAN) => parseQuickSyntax(text, reference)

describe('owner', () => {
  it('reads @Name, quoted names with straight and typographic quotes', () => {
    expect(parse('@Anna subsidie aanvragen').owner).toBe('Anna')
    expect(parse('Bellen @"Jan de Vries"').owner).toBe('Jan de Vries')
    expect(parse('Bellen @“Jan de Vries”').owner).toBe('Jan de Vries')
    expect(parse('Bellen @„Jan de Vries”').owner).toBe('Jan de Vries')
    expect(parse('Bellen @"  Jan   de Vries "').owner).toBe('Jan de Vries')
  })

  it('keeps diacritics, hyphens and apostrophes inside a name, not punctuation after it', () => {
    expect(parse('@Anne-Marie bellen').owner).toBe('Anne-Marie')
    expect(parse('@Zoë, bel de wethouder').owner).toBe('Zoë')
    expect(parse("@D'Hondt.").owner).toBe("D'Hondt")
    expect(parse('Taak voor @Anna-').owner).toBe('Anna')
  })

  it('does not take an e-mail address for an owner', () => {
    expect(parse('Mail a@b.nl over de subsidie')).toEqual({ text: 'Mail a@b.nl over de subsidie', owner: null, due: null })
    expect(parse('Mail info@gemeente.nl, @Piet doet het').owner).toBe('Piet')
  })

  it('takes the first owner and leaves a second one in the text', () => {
    expect(parse('@Anna en @Piet bellen de wethouder')).toMatchObject({ owner: 'Anna', text: 'En @Piet bellen de wethouder' })
  })

  it('has no owner without an @, or with nothing after it', () => {
    expect(parse('Anna belt').owner).toBeNull()
    expect(parse('Bel @ 10 uur').owner).toBeNull()
    expect(parse('@"" bellen').owner).toBeNull()
  })
})

describe('due date', () => {
  it.each([
    ['Rapport 15-12-2026', '2026-12-15'],
    ['Rapport 15/12', '2026-12-15'],
    ['Rapport 15 dec', '2026-12-15'],
    ['Rapport 15 december', '2026-12-15'],
    ['Rapport vóór 1 maart', '2026-03-01'],
    ['Rapport voor 1 maart', '2026-03-01'],
    ['Rapport 2026-12-15', '2026-12-15'],
    ['Rapport uiterlijk 3 februari', '2026-02-03'],
    ['Rapport 24/12/2026', '2026-12-24'],
  ])('reads %j (workshop in January: this year)', (text, due) => {
    expect(parse(text, JAN)).toEqual({ text: 'Rapport', owner: null, due })
  })

  it('reads a date without a year in December as the next one, never one in the past', () => {
    expect(parse('Rapport 15/12', DEC).due).toBe('2027-12-15')
    expect(parse('Rapport 15 dec', DEC).due).toBe('2027-12-15')
    expect(parse('Rapport vóór 1 maart', DEC).due).toBe('2027-03-01')
    expect(parse('Rapport uiterlijk 3 februari', DEC).due).toBe('2027-02-03')
    // The workshop's own day and later ones this month stay this year.
    expect(parse('Rapport 20 dec', DEC).due).toBe('2026-12-20')
    expect(parse('Rapport 28/12', DEC).due).toBe('2026-12-28')
  })

  it('takes a written year as written, even in the past', () => {
    expect(parse('Rapport 15-12-2025', JAN).due).toBe('2025-12-15')
    expect(parse('Rapport 2026-03-01', DEC).due).toBe('2026-03-01')
  })

  it('does not read "@Jan" as January, nor a name, month, weekday or fraction as a due date', () => {
    expect(parse('@Jan bellen')).toEqual({ text: 'Bellen', owner: 'Jan', due: null })
    expect(parse('@Mei bellen').due).toBeNull()
    const notDates = [
      ...['Jan bellen', 'In mei evalueren', 'Nu beginnen', 'Bel zo snel mogelijk', 'elke vrijdag klaar', 'om 10 uur', 'om 10:00'],
      ...['1/2 dag workshop', '3/4 van de leden', 'Stap 2/3', 'Bel 06-12345678', '2-3 weken', '10-12 mensen', '15/12 mensen'],
      ...['Iedere maandag overleg', 'Om de woensdag', 'half werk', 'Begin met de buurt', 'Eind goed al goed', 'Q5 halen'],
    ]
    for (const text of notDates) {
      expect(parse(text).due, text).toBeNull()
    }
  })

  it('accepts a day after the month-like number when it is a date (5/3 is 5 March)', () => {
    expect(parse('Rapport 5/3').due).toBe('2026-03-05')
  })

  it('does not read impossible dates', () => {
    expect(parse('Rapport 31/02').due).toBeNull()
    expect(parse('Rapport 30-02-2026').due).toBeNull()
  })

  it('takes the first date and leaves later ones in the text', () => {
    expect(parse('Concept 1 maart, definitief 15 april')).toMatchObject({ due: '2026-03-01', text: 'Concept, definitief 15 april' })
  })

  it('reads a lead-in word written with a combining accent', () => {
    expect(parse('Rapport vo\u0301o\u0301r 1 maart')).toEqual({ text: 'Rapport', owner: null, due: '2026-03-01' })
  })
})

describe('text', () => {
  it('drops the owner, the date and its lead-in word', () => {
    expect(parse('@Jan Subsidie aanvragen vóór 1 maart')).toEqual({ text: 'Subsidie aanvragen', owner: 'Jan', due: '2026-03-01' })
    expect(parse('Subsidie aanvragen @"Jan de Vries" uiterlijk 3 februari')).toMatchObject({ text: 'Subsidie aanvragen' })
    expect(parse('Vóór 1 maart subsidie aanvragen').text).toBe('Subsidie aanvragen')
    expect(parse('Overleg plannen op 15-12-2026').text).toBe('Overleg plannen')
  })

  it('tidies the separators and brackets the syntax leaves behind', () => {
    expect(parse('Subsidie aanvragen, @Jan, vóór 1 maart.').text).toBe('Subsidie aanvragen.')
    expect(parse('Rapport - @Anna - 2026-12-15').text).toBe('Rapport')
    expect(parse('Overleg (@Anna) met de buurt').text).toBe('Overleg met de buurt')
    expect(parse('Bel   de    wethouder  @Anna ').text).toBe('Bel de wethouder')
  })

  it('keeps lines and bullets, dropping lines that held only syntax', () => {
    expect(parse('- @Anna\n- Buurt uitnodigen 15/12\n\nZaal regelen').text).toBe('- Buurt uitnodigen\nZaal regelen')
  })

  it('leaves text without quick syntax as it is, tidied', () => {
    expect(parse('  Zaal regelen  ')).toEqual({ text: 'Zaal regelen', owner: null, due: null })
    expect(parse('')).toEqual({ text: '', owner: null, due: null })
  })
})
