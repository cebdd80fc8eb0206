import { describe, expect, it } from 'vitest'
import { en, nl } from './messages.ts'
import { pickLang, translate } from './translate.ts'

describe('translate', () => {
  it('looks a key up in the language asked for', () => {
    expect(translate('nl', 'app.name')).toBe('Samenbord')
    expect(translate('en', 'page.name')).toBe('Board')
  })
  it('fills placeholders and keeps unknown ones visible', () => {
    // 'actionsPanel.count' is '{shown} van {total}' / '{shown} of {total}'.
    expect(translate('nl', 'actionsPanel.count', { shown: 3, total: 12 })).toBe('3 van 12')
    expect(translate('en', 'actionsPanel.count', { shown: 0, total: '12' })).toBe('0 of 12')
    // A placeholder without a value stays as it is, so a missing parameter shows instead of vanishing.
    expect(translate('nl', 'actionsPanel.count', { shown: 3 })).toBe('3 van {total}')
    expect(translate('nl', 'actionsPanel.count', { shown: 3, totaal: 12 })).toBe('3 van {total}')
    expect(translate('en', 'actionsPanel.count')).toBe('{shown} of {total}')
    // One pass: a value that looks like a placeholder is not filled in turn.
    expect(translate('nl', 'actionsPanel.count', { shown: '{total}', total: 12 })).toBe('{total} van 12')
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
