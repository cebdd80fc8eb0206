// Text on the canvas is readable: every note colour with its text colour, every area tint with its title
// and description, actor cards, labels and the brainstorm question reach WCAG AA (4.5:1), and the
// projector's high-contrast look reaches AAA (7:1) for notes and area text. The colours are read from
// where the app takes them (tldraw's theme, shared/ tints and party colours, our CSS), so changing one
// that fails makes this fail.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEFAULT_THEME } from 'tldraw'
import { AAA_TEXT, AA_TEXT, blend, contrastRatio, mix } from '../../../shared/a11y/contrast.ts'
import { TINTS } from '../../../shared/board/shapes/tints.ts'
import { PARTY_COLORS } from '../../../shared/board/shapes/actorCard.ts'

const css = (file: string) => readFileSync(new URL(`../styles/${file}`, import.meta.url), 'utf8')
const structure = css('shapes-structure.css')
const actor = css('shapes-actor.css')
const base = css('base.css')

/** The value of `property` in the rule whose selector list is exactly `selector` (first match). */
function declared(sheet: string, selector: string, property: string): string {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const rule = new RegExp(`(?:^|\\n|\\})\\s*${escaped}\\s*\\{([^}]*)\\}`).exec(sheet)
  if (!rule) throw new Error(`no rule ${selector}`)
  const value = new RegExp(`(?:^|;|\\s)${property}\\s*:\\s*([^;]+);`).exec(rule[1]!)
  if (!value) throw new Error(`no ${property} in ${selector}`)
  return resolveVar(value[1]!.trim())
}

function resolveVar(value: string): string {
  const v = /^var\((--[\w-]+)\)$/.exec(value)
  if (!v) return value
  const def = new RegExp(`${v[1]}\\s*:\\s*([^;]+);`).exec(base)
  if (!def) throw new Error(`no ${v[1]} in base.css`)
  return def[1]!.trim()
}

type Pair = [what: string, text: string, ratio: number]
const failing = (pairs: Pair[], min: number) => pairs.filter(([, , ratio]) => ratio < min).map(([what, , r]) => `${what}: ${r.toFixed(2)}`)

describe('notes (tldraw theme palette, as NoteShapeUtil draws them: noteText on noteFill)', () => {
  const pairs = (mode: 'light' | 'dark'): Pair[] =>
    Object.entries(DEFAULT_THEME.colors[mode]).flatMap(([name, colour]): Pair[] =>
      typeof colour === 'object' && colour && 'noteFill' in colour
        ? [[`${mode} ${name}`, colour.noteText, contrastRatio(colour.noteText, colour.noteFill)]]
        : [],
    )

  it('covers every note colour of both themes', () => {
    expect(pairs('light').length).toBeGreaterThanOrEqual(13)
    expect(pairs('dark').length).toBe(pairs('light').length)
  })

  it('reaches 4.5:1 in the light and the dark theme', () => {
    expect(failing([...pairs('light'), ...pairs('dark')], AA_TEXT)).toEqual([])
  })

  it('reaches 7:1 in the light theme the projector shows', () => {
    expect(failing(pairs('light'), AAA_TEXT)).toEqual([])
  })
})

describe('areas (shared/board/shapes/tints.ts with shapes-structure.css)', () => {
  const hint = declared(structure, '.sb-area-hint', 'color')
  const placeholderOpacity = Number(declared(structure, '.sb-area-label.is-placeholder', 'opacity'))

  it('titles (and a ring name) reach 7:1 on their tint, descriptions and unnamed-cluster placeholders 4.5:1', () => {
    const titles: Pair[] = Object.entries(TINTS).map(([name, t]) => [`${name} title`, t.ink, contrastRatio(t.ink, t.fill)])
    const hints: Pair[] = Object.entries(TINTS).map(([name, t]) => [`${name} description`, hint, contrastRatio(hint, t.fill)])
    const placeholders: Pair[] = Object.entries(TINTS).map(([name, t]) => [
      `${name} placeholder`,
      t.ink,
      contrastRatio(blend(t.ink, t.fill, placeholderOpacity), t.fill),
    ])
    expect(failing(titles, AAA_TEXT)).toEqual([])
    expect(failing([...hints, ...placeholders], AA_TEXT)).toEqual([])
  })

  it('the projector shows descriptions in the title ink (7:1)', () => {
    const projector = css('projector-contrast.css')
    expect(projector).toMatch(/\.sb-area-hint\s*\{[^}]*color:\s*var\(--area-ink\)/)
  })

  it('labels, the question and the legend reach 4.5:1 on the canvas and on any tint', () => {
    const canvas = DEFAULT_THEME.colors.light.background
    const grounds = [canvas, '#ffffff', ...Object.values(TINTS).map((t) => t.fill)]
    const texts: [string, string][] = [
      ['label', declared(structure, '.sb-label-text', 'color')],
      ['title label', declared(structure, '.sb-label-title .sb-label-text', 'color')],
      ['caption', declared(structure, '.sb-label-caption .sb-label-text', 'color')],
      ['legend', declared(structure, '.sb-legend-row', 'color')],
    ]
    const pairs: Pair[] = texts.flatMap(([what, text]) => grounds.map((g): Pair => [`${what} on ${g}`, text, contrastRatio(text, g)]))
    const question: Pair[] = [
      [
        'question',
        declared(structure, '.sb-question-text', 'color'),
        contrastRatio(declared(structure, '.sb-question-text', 'color'), declared(structure, '.sb-question', 'background')),
      ],
      [
        'empty question',
        declared(structure, '.sb-question.is-empty .sb-question-text', 'color'),
        contrastRatio(declared(structure, '.sb-question.is-empty .sb-question-text', 'color'), declared(structure, '.sb-question.is-empty', 'background')),
      ],
    ]
    expect(failing([...pairs, ...question], AA_TEXT)).toEqual([])
  })
})

describe('actor cards (PARTY_COLORS with shapes-actor.css)', () => {
  const card = declared(actor, '.sb-actor', 'background')

  it('the party band: its text on every party colour reaches 4.5:1', () => {
    const band = declared(actor, '.sb-actor-band', 'color')
    const pairs: Pair[] = Object.entries(PARTY_COLORS).map(([party, colour]) => [party, band, contrastRatio(band, colour)])
    expect(failing(pairs, AA_TEXT)).toEqual([])
  })

  it('name, interest, placeholder, role chip and attitude badges reach 4.5:1', () => {
    const role = declared(actor, '.sb-actor-role', 'color')
    const pairs: Pair[] = [
      ['name', declared(actor, '.sb-actor-name', 'color'), 0],
      ['placeholder', declared(actor, '.sb-actor-name.is-placeholder', 'color'), 0],
      ['interest', declared(actor, '.sb-actor-interest', 'color'), 0],
      ['plus', declared(actor, '.attitude-plus', 'color'), 0],
      ['neutral', declared(actor, '.attitude-neutral', 'color'), 0],
      ['minus', declared(actor, '.attitude-minus', 'color'), 0],
    ].map(([what, text]): Pair => [what as string, text as string, contrastRatio(text as string, card)])
    // The chip's tint: color-mix(in srgb, var(--party) 16%, #fff).
    const chips: Pair[] = Object.entries(PARTY_COLORS).map(([party, colour]) => [`role on ${party}`, role, contrastRatio(role, mix(colour, '#ffffff', 0.16))])
    expect(failing([...pairs, ...chips], AA_TEXT)).toEqual([])
  })
})
