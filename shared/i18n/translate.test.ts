import { describe, expect, it } from 'vitest'
import { en, nl } from './messages.ts'
import { pickLang, translate } from './translate.ts'

describe('translate', () => {
  it('fills placeholders and keeps unknown ones visible', () => {
    expect(translate('nl', 'app.name')).toBe('Samenbord')
    expect(translate('en', 'page.name')).toBe('Board')
  })
  it('has an English text for every Dutch key and no empty texts', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort())
    for (const value of [...Object.values(nl), ...Object.values(en)]) expect(value.trim()).not.toBe('')
  })
})

describe('pickLang', () => {
  it('is Dutch by default', () => {
    expect(pickLang({})).toBe('nl')
    expect(pickLang({ preferred: ['de-DE', 'fr'] })).toBe('nl')
  })
  it('follows ?lang= first, then the browser', () => {
    expect(pickLang({ query: 'en', preferred: ['nl-BE'] })).toBe('en')
    expect(pickLang({ query: 'xx', preferred: ['en-GB', 'nl'] })).toBe('en')
    expect(pickLang({ preferred: ['nl-BE', 'en'] })).toBe('nl')
  })
})
