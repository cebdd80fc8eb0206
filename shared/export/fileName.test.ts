import { describe, expect, it } from 'vitest'
import { EXPORT_FORMATS } from './types.ts'
import { contentType, exportFileName, slugify } from './fileName.ts'

describe('exportFileName', () => {
  it('is "actieplan-", the title as a slug, the date and the extension', () => {
    expect(exportFileName('Winkelstraat Oosterhout', '2026-11-23', 'md')).toBe('actieplan-winkelstraat-oosterhout-2026-11-23.md')
    expect(EXPORT_FORMATS.map((f) => exportFileName('Markt', '2026-11-23', f))).toEqual([
      'actieplan-markt-2026-11-23.md',
      'actieplan-markt-2026-11-23.csv',
      'actieplan-markt-2026-11-23.docx',
      'actieplan-markt-2026-11-23.ics',
      'actieplan-markt-2026-11-23.json',
      'actieplan-markt-2026-11-23.pdf',
      // The image of the board is named like the client's board image.
      'bord-markt-2026-11-23.png',
    ])
    expect(exportFileName('Markt', '2026-11-23', 'png', 'nl', 'Actorenkaart')).toBe('bord-markt-actorenkaart-2026-11-23.png')
  })

  it('folds accents and turns everything else into single dashes', () => {
    expect(slugify('Café de Ĳssel – bewonersavond (’s-Hertogenbosch)!')).toBe('cafe-de-ijssel-bewonersavond-s-hertogenbosch')
    expect(slugify('  Groß & Søn: Ærø Łódź  ')).toBe('gross-son-aero-lodz')
    expect(slugify('Marktplein 2.0 / Fase #3')).toBe('marktplein-2-0-fase-3')
  })

  it('keeps the slug to 60 characters without a dash at the end', () => {
    const slug = slugify('Herinrichting van de Nieuwe Markt en de aangrenzende winkelstraten in het centrum')
    expect(slug.length).toBeLessThanOrEqual(60)
    expect(slug).toBe('herinrichting-van-de-nieuwe-markt-en-de-aangrenzende-winkels')
    expect(slugify(`${'a'.repeat(59)} b`)).toBe('a'.repeat(59))
  })

  it('is never empty, and leaves out a date that is not one', () => {
    expect(exportFileName('', '2026-11-23', 'csv')).toBe('actieplan-sessie-2026-11-23.csv')
    expect(exportFileName('!!! ???', '2026-11-23', 'csv')).toBe('actieplan-sessie-2026-11-23.csv')
    expect(exportFileName('Встреча', 'gisteren', 'md')).toBe('actieplan-sessie.md')
    expect(exportFileName('', '', 'md', 'en')).toBe('action-plan-session.md')
  })

  it('is in the plan language', () => {
    expect(exportFileName('Winkelstraat Oosterhout', '2026-11-23', 'docx', 'en')).toBe('action-plan-winkelstraat-oosterhout-2026-11-23.docx')
  })
})

describe('contentType', () => {
  it('names each format with its charset where it is text', () => {
    expect(Object.fromEntries(EXPORT_FORMATS.map((f) => [f, contentType(f)]))).toEqual({
      md: 'text/markdown; charset=utf-8',
      csv: 'text/csv; charset=utf-8',
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ics: 'text/calendar; charset=utf-8',
      json: 'application/json; charset=utf-8',
      pdf: 'application/pdf',
      png: 'image/png',
    })
  })
})
