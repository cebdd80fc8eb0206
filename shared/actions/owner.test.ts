import { describe, expect, it } from 'vitest'
import { parseQuickSyntax } from './parse.ts'

const JAN = new Date(2026, 0, 10, 12)
const parse = (text: string, options: Parameters<typeof parseQuickSyntax>[2] = {}) => parseQuickSyntax(text, JAN, options)

describe('@owner with a tussenvoegsel', () => {
  const cases: Array<[string, string, string]> = [
    ['@Jan de Vries kerstverlichting regelen', 'Jan de Vries', 'Kerstverlichting regelen'],
    ['@Anna van der Berg bellen', 'Anna van der Berg', 'Bellen'],
    ['@Piet van den Heuvel bellen', 'Piet van den Heuvel', 'Bellen'],
    ['@Kees van de Ven bellen', 'Kees van de Ven', 'Bellen'],
    ['@Ria ter Horst bellen', 'Ria ter Horst', 'Bellen'],
    ['@Bas ten Cate bellen', 'Bas ten Cate', 'Bellen'],
    ['@Els te Riele bellen', 'Els te Riele', 'Bellen'],
    ["@Joop 't Hart bellen", "Joop 't Hart", 'Bellen'],
    ["@Sanne in 't Veld bellen", "Sanne in 't Veld", 'Bellen'],
    ['@Henk op de Beek bellen', 'Henk op de Beek', 'Bellen'],
    ['@Wim uit den Bogaard bellen', 'Wim uit den Bogaard', 'Bellen'],
    ['@Fatima El Amrani bellen', 'Fatima El Amrani', 'Bellen'],
    ["@Jan d'Ancona bellen", "Jan d'Ancona", 'Bellen'],
    ['@Jan Van Dijk bellen', 'Jan Van Dijk', 'Bellen'],
    ['@de Vries bellen', 'de Vries', 'Bellen'],
    ['@Anne-Marie van Dijk-Bakker bellen', 'Anne-Marie van Dijk-Bakker', 'Bellen'],
    ['Zaal regelen @Jan de Vries.', 'Jan de Vries', 'Zaal regelen.'],
    // no surname: a lowercase word, a capitalised word without a particle, an organisation word
    ['@Jan kerstverlichting regelen', 'Jan', 'Kerstverlichting regelen'],
    ['@Jan de kerstverlichting regelen', 'Jan', 'De kerstverlichting regelen'],
    ['@Anna Buurt uitnodigen', 'Anna', 'Buurt uitnodigen'],
    ['@Jan Bakker Subsidie aanvragen', 'Jan', 'Bakker Subsidie aanvragen'],
    ['@Jan van de Gemeente bellen', 'Jan', 'Van de Gemeente bellen'],
    ['@Jan in de buurt vragen', 'Jan', 'In de buurt vragen'],
    ['@Jan op maandag bellen', 'Jan', 'Bellen'],
    ['@Jan van der', 'Jan', 'Van der'],
    // quoted names keep working
    ['@"Jan de Vries" bellen', 'Jan de Vries', 'Bellen'],
    ['@„Jan Jansen” bellen', 'Jan Jansen', 'Bellen'],
  ]
  it.each(cases)('reads %j as owner %j, text %j', (text, owner, rest) => {
    expect(parse(text)).toMatchObject({ owner, text: rest })
  })
})

describe('known names, matched first', () => {
  const cases: Array<[string, string[], string, string]> = [
    ['@Jan Bakker Subsidie aanvragen', ['Jan Bakker'], 'Jan Bakker', 'Subsidie aanvragen'],
    ['@jan bakker subsidie aanvragen', ['Jan Bakker'], 'Jan Bakker', 'Subsidie aanvragen'],
    ['@Jan Bakker Subsidie aanvragen', ['Jan', 'Jan Bakker'], 'Jan Bakker', 'Subsidie aanvragen'],
    ['@Jan Willem Bakker bellen', ['Jan Willem Bakker'], 'Jan Willem Bakker', 'Bellen'],
    // the grammar still reads a longer name than a known first name
    ['@Jan de Vries bellen', ['Jan'], 'Jan de Vries', 'Bellen'],
    // whole words only, diacritics as typed
    ['@Jan Bakkerij bellen', ['Jan Bakker'], 'Jan', 'Bakkerij bellen'],
    ['@Zoe Jansen bellen', ['Zoë Jansen'], 'Zoe', 'Jansen bellen'],
    ['@Zoë Jansen bellen', ['Zoë Jansen'], 'Zoë Jansen', 'Bellen'],
  ]
  it.each(cases)('reads %j knowing %j as owner %j, text %j', (text, known, owner, rest) => {
    expect(parse(text, { known })).toMatchObject({ owner, text: rest })
  })

  it('lets the owner set by hand decide where the name ends, at any @ in the text', () => {
    expect(parse('@Jan Bakker Subsidie aanvragen', { owner: 'Jan Bakker' })).toMatchObject({ owner: 'Jan Bakker', text: 'Subsidie aanvragen' })
    expect(parse('@Jan de Vries bellen', { owner: 'Jan' })).toMatchObject({ owner: 'Jan', text: 'De Vries bellen' })
    expect(parse('@Jan de Vries bellen', { owner: 'Piet' })).toMatchObject({ owner: 'Jan de Vries', text: 'Bellen' })
    expect(parse('En @Piet bellen\n@"Anna Smit"', { owner: 'Anna Smit' })).toMatchObject({ owner: 'Anna Smit', text: 'En @Piet bellen' })
  })

  it('lets the due date set by hand pick its own phrase, not the first', () => {
    expect(parse('Concept, definitief 15 april\nvóór 1 maart 2027', { due: '2027-03-01' })).toMatchObject({
      due: '2027-03-01',
      text: 'Concept, definitief 15 april',
    })
    expect(parse('Concept, definitief 15 april\nvóór 1 maart 2027', { due: '2027-06-01' })).toMatchObject({ due: '2026-04-15' })
  })
})

describe('an organisation before a colon at the start', () => {
  const owners: Array<[string, string, string]> = [
    ['Gemeente: vergunning aanvragen', 'Gemeente', 'Vergunning aanvragen'],
    ['gemeente: vergunning aanvragen', 'Gemeente', 'Vergunning aanvragen'],
    ['Politie: extra surveillance vóór 1 maart', 'Politie', 'Extra surveillance'],
    ['Ondernemersvereniging: kerstmarkt', 'Ondernemersvereniging', 'Kerstmarkt'],
    ['Wijkraad: bewoners uitnodigen', 'Wijkraad', 'Bewoners uitnodigen'],
    ['  Gemeente Oosterhout: zaal regelen', 'Gemeente Oosterhout', 'Zaal regelen'],
    ['Politie Den Bosch: verkeer', 'Politie Den Bosch', 'Verkeer'],
    ['GGD: voorlichting', 'GGD', 'Voorlichting'],
  ]
  it.each(owners)('reads %j as owner %j, text %j', (text, owner, rest) => {
    expect(parse(text)).toMatchObject({ owner, text: rest })
  })

  it('reads a known name before a colon too', () => {
    expect(parse('Petra: zaal regelen', { known: ['Petra'] })).toMatchObject({ owner: 'Petra', text: 'Zaal regelen' })
    expect(parse('Ondernemersvereniging Centrum: flyers', { known: ['Ondernemersvereniging Centrum'] }).owner).toBe('Ondernemersvereniging Centrum')
  })

  it('is no owner for a time, an unknown first name, a label, a web address or a colon later on', () => {
    for (const text of [
      '10:00 zaal open',
      'Petra: zaal regelen',
      'Idee: meer groen',
      'Let op: parkeren',
      'NB: vergunning',
      'Gemeente regelt de zaal',
      'https://gemeente.nl',
      'Zaal. Gemeente: betaalt',
    ]) {
      expect(parse(text), text).toMatchObject({ owner: null, text })
    }
  })

  it('gives way to an @owner, staying in the text', () => {
    expect(parse('Gemeente: @Jan bellen')).toMatchObject({ owner: 'Jan', text: 'Gemeente: bellen' })
  })
})

describe('the text left over', () => {
  const cases: Array<[string, string]> = [
    ['@Jan de Vries kerstverlichting regelen vóór 1 dec', 'Kerstverlichting regelen'],
    ['Gemeente: vergunning aanvragen uiterlijk eind januari', 'Vergunning aanvragen'],
    ['Subsidie aanvragen in Q1 2027 @Anna', 'Subsidie aanvragen'],
    ['Flyers drukken, vóór maandag.', 'Flyers drukken.'],
    ['over twee weken: verslag rondsturen', 'Verslag rondsturen'],
    ['Verslag (@Anna, 20-12) sturen', 'Verslag sturen'],
    ['@Anna iPad regelen', 'iPad regelen'],
    ['@Anna ijs halen', 'IJs halen'],
    ['- @Anna buurt uitnodigen', '- buurt uitnodigen'],
  ]
  it.each(cases)('%j leaves %j', (text, rest) => {
    expect(parse(text).text).toBe(rest)
  })
})
