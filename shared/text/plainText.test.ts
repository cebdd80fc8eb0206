import { describe, expect, it } from 'vitest'
import { hasControlCharacters, oneLine, plainText, plainTextDeep } from './plainText.ts'

describe('plainText', () => {
  it('turns every kind of line break into \\n', () => {
    expect(plainText('a\r\nb\rc\nd\ve\ff\u0085g\u2028h\u2029i')).toBe('a\nb\nc\nd\ne\nf\ng\nh\ni')
  })

  it('leaves out other control characters but keeps tabs and ordinary text', () => {
    expect(plainText('a\u0000b\u0007c\u001bd\u007fe\u0090f\tg')).toBe('abcdef\tg')
    expect(plainText('Café „Zon” 🌞')).toBe('Café „Zon” 🌞')
  })
})

describe('oneLine', () => {
  it('joins the lines with one space, a lone CR included', () => {
    expect(oneLine('  eerste\r# tweede \r\n derde\u2028vierde ')).toBe('eerste # tweede derde vierde')
  })
})

describe('hasControlCharacters', () => {
  it('finds line breaks, tabs and other control characters', () => {
    for (const text of ['a\rb', 'a\nb', 'a\tb', 'a\u0000b', 'a\u007fb', 'a\u0085b', 'a\u2028b'])
      expect(hasControlCharacters(text), JSON.stringify(text)).toBe(true)
    expect(hasControlCharacters('Jan de Vries-D’Hondt')).toBe(false)
  })
})

describe('plainTextDeep', () => {
  it('makes every string in a data value plain and keeps the rest', () => {
    const value = { a: 'x\ry', b: ['p\u0001', { c: 'q\r\nr' }], n: 3, z: null, t: true }
    expect(plainTextDeep(value)).toEqual({ a: 'x\ny', b: ['p', { c: 'q\nr' }], n: 3, z: null, t: true })
    expect(value.a).toBe('x\ry')
  })
})
