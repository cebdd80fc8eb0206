// WCAG 2.1 contrast ratio (success criteria 1.4.3 and 1.4.6): relative luminance of sRGB colours and the
// ratio (L1 + 0.05) / (L2 + 0.05). One formula for the unit tests that prove our colours pass and for
// anything that has to pick a readable colour at run time.

export interface Rgb {
  r: number
  g: number
  b: number
  /** 0..1; 1 when the colour has none. */
  a: number
}

/** #rgb, #rrggbb, #rrggbbaa (any case); null for anything else. */
export function parseHex(hex: string): Rgb | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(hex.trim())
  if (!m) return null
  let digits = m[1]!
  if (digits.length === 3) digits = [...digits].map((d) => d + d).join('')
  const byte = (i: number) => parseInt(digits.slice(i, i + 2), 16)
  return { r: byte(0), g: byte(2), b: byte(4), a: digits.length === 8 ? byte(6) / 255 : 1 }
}

function toRgb(colour: string | Rgb): Rgb {
  if (typeof colour !== 'string') return colour
  const rgb = parseHex(colour)
  if (!rgb) throw new Error(`not a hex colour: ${colour}`)
  return rgb
}

/** `top` painted over `bottom` with `top`'s alpha times `opacity` (CSS opacity, rgba): the opaque result. */
export function blend(top: string | Rgb, bottom: string | Rgb, opacity = 1): Rgb {
  const t = toRgb(top)
  const b = toRgb(bottom)
  const a = t.a * opacity
  const mix = (x: number, y: number) => Math.round(x * a + y * (1 - a))
  return { r: mix(t.r, b.r), g: mix(t.g, b.g), b: mix(t.b, b.b), a: 1 }
}

/** CSS color-mix(in srgb, a p%, b): the same per-channel mix. */
export function mix(a: string | Rgb, b: string | Rgb, share: number): Rgb {
  return blend({ ...toRgb(a), a: 1 }, b, share)
}

export function relativeLuminance(colour: string | Rgb): number {
  const { r, g, b } = toRgb(colour)
  const channel = (v: number) => {
    const s = v / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/** 1..21; the order of the two colours does not matter. */
export function contrastRatio(a: string | Rgb, b: string | Rgb): number {
  const la = relativeLuminance(a)
  const lb = relativeLuminance(b)
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
}

/** AA for normal text (1.4.3). */
export const AA_TEXT = 4.5
/** AAA for normal text (1.4.6): what the projector's high-contrast look keeps to. */
export const AAA_TEXT = 7

/** Black or white text, whichever reads better on `background` (a person's colour behind their initial). */
export function readableTextOn(background: string): '#111111' | '#ffffff' {
  if (!parseHex(background)) return '#ffffff'
  return contrastRatio('#111111', background) >= contrastRatio('#ffffff', background) ? '#111111' : '#ffffff'
}
