import { describe, expect, it } from 'vitest'
import { shortNoteName } from './noteName.ts'

describe('shortNoteName', () => {
  it('keeps a short note whole, on one line', () => {
    expect(shortNoteName('  Speeltuin\nbij de  school ')).toBe('Speeltuin bij de school')
  })

  it('cuts a long note at a word and marks the cut', () => {
    expect(shortNoteName('Speeltuin bij de school opknappen, met nieuwe bankjes en meer groen', 40)).toBe('Speeltuin bij de school opknappen, met…')
    expect(shortNoteName('Speeltuin bij de school opknappen, met nieuwe bankjes', 34)).toBe('Speeltuin bij de school opknappen…')
  })

  it('cuts inside one long word rather than leaving almost nothing', () => {
    expect(shortNoteName('Gemeentehuisparkeerterreinherinrichtingsplan', 20)).toBe('Gemeentehuisparkeert…')
  })
})
