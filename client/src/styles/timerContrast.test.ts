// The "time is up" pill (timer.css): its white text passes 4.5:1 on every background the pulse goes
// through (the base red and each keyframe's; colours between two passing reds that only get darker pass
// too), and the pulse ends by itself within the 5 s WCAG 2.2.2 allows for blinking.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { contrastRatio } from '../../../shared/a11y/contrast.ts'

const css = fs.readFileSync(path.join(import.meta.dirname, 'timer.css'), 'utf8')
const base = fs.readFileSync(path.join(import.meta.dirname, 'base.css'), 'utf8')

/** The body of the first block whose selector (or at-rule) is exactly `head`. */
function block(source: string, head: string): string {
  const start = source.indexOf(`${head} {`)
  expect(start, head).toBeGreaterThanOrEqual(0)
  let depth = 0
  for (let i = source.indexOf('{', start); i < source.length; i++) {
    if (source[i] === '{') depth++
    else if (source[i] === '}' && --depth === 0) return source.slice(source.indexOf('{', start) + 1, i)
  }
  throw new Error(`unclosed ${head}`)
}

function resolve(value: string): string {
  const variable = /^var\((--[\w-]+)\)$/.exec(value.trim())
  if (!variable) return value.trim()
  const found = new RegExp(`${variable[1]}:\\s*(#[0-9a-f]{6})`, 'i').exec(base)
  expect(found, variable[1]).not.toBeNull()
  return found![1]!
}

function declarations(body: string, property: string): string[] {
  return [...body.matchAll(new RegExp(`(?:^|[;{\\s])${property}:\\s*([^;]+);`, 'g'))].map((m) => resolve(m[1]!))
}

describe('the time-up pill', () => {
  const pill = block(css, '.timer-badge.timer-up')
  const keyframes = block(css, '@keyframes sb-time-up')

  it('has white text on at least 4.5:1 at every keyframe of its pulse', () => {
    const text = declarations(pill, 'color')
    expect(text).toEqual(['#fff'])
    const backgrounds = [...declarations(pill, 'background'), ...declarations(keyframes, 'background')]
    expect(backgrounds.length).toBeGreaterThanOrEqual(2)
    for (const background of backgrounds) expect(contrastRatio('#ffffff', background), background).toBeGreaterThanOrEqual(4.5)
    // Neither the note nor the time has a colour of its own in any size (the phone's, the projector's).
    for (const selector of ['.timer-note', '.timer-time']) {
      for (const m of css.matchAll(new RegExp(`\\${selector}\\s*\\{([^}]*)\\}`, 'g'))) expect(m[1]).not.toMatch(/(^|[;\s])color:/)
    }
  })

  it('stops pulsing by itself within 5 s, on the steady red', () => {
    const [animation] = declarations(pill, 'animation')
    const parsed = /^sb-time-up\s+(\d+(?:\.\d+)?)(ms|s)\s+[\w-]+\s+(\d+)$/.exec(animation!)
    expect(parsed, animation).not.toBeNull()
    const seconds = Number(parsed![1]) / (parsed![2] === 'ms' ? 1000 : 1)
    expect(seconds * Number(parsed![3])).toBeLessThanOrEqual(5)
  })
})
