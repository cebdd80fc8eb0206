import { describe, expect, it } from 'vitest'
import { blend, contrastRatio, mix, parseHex, readableTextOn, relativeLuminance } from './contrast.ts'

describe('WCAG contrast', () => {
  it('gives the extremes and known pairs', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1)
    // axe's own report on the old connection label: 3.73.
    expect(contrastRatio('#1e8e5a', '#eaf6ef')).toBeCloseTo(3.73, 2)
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
  })
  it('does not care about the order', () => {
    expect(contrastRatio('#1f3a5f', '#f4f6f9')).toBe(contrastRatio('#f4f6f9', '#1f3a5f'))
  })
  it('reads #rgb, #rrggbb and #rrggbbaa; refuses anything else', () => {
    expect(parseHex('#abc')).toEqual({ r: 0xaa, g: 0xbb, b: 0xcc, a: 1 })
    expect(parseHex('#00000080')?.a).toBeCloseTo(0.5, 2)
    expect(parseHex('red')).toBeNull()
    expect(() => contrastRatio('rgb(0 0 0)', '#fff')).toThrow()
  })
  it('blends an opacity over a ground and mixes like color-mix', () => {
    expect(blend('#000000', '#ffffff', 0.5)).toEqual({ r: 128, g: 128, b: 128, a: 1 })
    expect(mix('#000000', '#ffffff', 0.25)).toEqual({ r: 191, g: 191, b: 191, a: 1 })
    expect(relativeLuminance('#ffffff')).toBe(1)
  })
})

describe('readableTextOn', () => {
  // Two of tldraw's mid-tone purples reach 4.3-4.4:1 with either: the initials are decorative there
  // (hidden from screen readers; the name is in the button's name and the people panel).
  it('picks dark text on light colours and white on dark ones, 4.5:1 on tldraw user colours but two purples', () => {
    expect(readableTextOn('#FFD166')).toBe('#111111')
    expect(readableTextOn('#1f3a5f')).toBe('#ffffff')
    const userColours = ['#02B1CC', '#11B3A3', '#39B178', '#55B467', '#7B66DC', '#9D5BD2', '#BD54C6', '#E34BA9', '#EC5E41', '#F04F88', '#F2555A', '#FF802B']
    expect(userColours.filter((c) => contrastRatio(readableTextOn(c), c) < 4.5)).toEqual(['#7B66DC', '#9D5BD2'])
    expect(userColours.filter((c) => contrastRatio(readableTextOn(c), c) < 4.3)).toEqual([])
  })
})
