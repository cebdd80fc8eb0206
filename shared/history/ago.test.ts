import { describe, expect, it } from 'vitest'
import { translate } from '../i18n/index.ts'
import { ago } from './ago.ts'

const MIN = 60_000
const say = (ms: number, lang: 'nl' | 'en' = 'nl') => {
  const { key, n } = ago(0, ms)
  return translate(lang, key, { n })
}

describe('how long ago', () => {
  it('reads as a person says it', () => {
    expect(say(20_000)).toBe('zojuist')
    expect(say(3 * MIN + 59_000)).toBe('3 min geleden')
    expect(say(2 * 60 * MIN)).toBe('2 uur geleden')
    expect(say(30 * 60 * MIN)).toBe('gisteren')
    expect(say(5 * 24 * 60 * MIN, 'en')).toBe('5 days ago')
    expect(say(-5000)).toBe('zojuist')
  })
})
