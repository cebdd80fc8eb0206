// What each page downloads, read from Chromium's network log (not guessed from file names in the
// source): the home page and the message pages come without tldraw (no editor script, no tldraw CSS,
// no fonts); a board of notes loads the editor and the one font face its notes are written in
// (tldraw_draw, normal: Shantell Sans), not the other 15 faces tldraw would preload, and an SVG export
// of it still embeds that font.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CreatedSession } from '../shared/api/types.ts'
import { BoardDoc } from '../shared/board/index.ts'
import { note, readBoard } from '../server/testing/board.ts'
import { sessionApi } from '../server/testing/sessionApi.ts'
import { connectClient, eventually, whenSynced } from '../server/testing/yClient.ts'
import { editorScripts, recordNetwork, type NetworkLog } from './networkLog.ts'
import { waitForBoard, Workshop } from './workshop.ts'

const LAPTOP = { width: 1366, height: 768 }
const DRAW_FONT = /\/Shantell_Sans-Informal_Regular-[\w-]+\.woff2$/
const w = new Workshop()
const { create } = sessionApi(() => w.server.url)
let session: CreatedSession

beforeAll(async () => {
  await w.start()
  session = await create([], 'Bereikbaarheid centrum')
  const client = connectClient(w.server.wsUrl, session.facilitator)
  try {
    await whenSynced(client)
    BoardDoc.of(client.doc).apply({
      put: [note('shape:a', 'Meer fietsparkeren', { x: 0, y: 0 }), note('shape:b', 'Bus elk kwartier', { x: 260, y: 0 })],
    })
  } finally {
    client.destroy()
  }
  // Barrier: a fresh client reads both notes, so the server has them before any page opens.
  await eventually(async () => {
    expect((await readBoard(w.server, session.view)).filter((r) => r.typeName === 'shape')).toHaveLength(2)
  })
})
afterAll(() => w.close())

/** A fresh browser profile (empty cache) with the network log running before the first request. */
async function openLogged(path: string): Promise<{ page: Page; log: NetworkLog }> {
  const context = await w.person({ viewport: LAPTOP })
  const page = await context.newPage()
  const log = recordNetwork(page)
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`))
  await page.goto(`${w.server.url}${path}`)
  return { page, log }
}

/** Whether any stylesheet of the page carries tldraw's own rules (ours only name its classes in longer selectors). */
function hasTldrawCss(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    [...document.styleSheets].some((sheet) => [...sheet.cssRules].some((rule) => rule instanceof CSSStyleRule && rule.selectorText === '.tl-container')),
  )
}

const fontRequests = (log: NetworkLog) => log.requests.filter((url) => /\.(woff2?|ttf|otf)(\?|$)/.test(url))

describe('what each page downloads', () => {
  it('the home page: no tldraw editor, no tldraw CSS, no fonts', async () => {
    const { page, log } = await openLogged('/')
    await page.getByTestId('new-session-title').waitFor()
    await log.settled()
    expect(log.scripts.length).toBeGreaterThan(0)
    expect(editorScripts(log)).toEqual([])
    expect(await hasTldrawCss(page)).toBe(false)
    expect(fontRequests(log)).toEqual([])
  })

  it('the page of a join code nobody knows says so without tldraw', async () => {
    const { page, log } = await openLogged('/j/ONBEKEND')
    await page.locator('.message-page h1').waitFor()
    await log.settled()
    expect(editorScripts(log)).toEqual([])
    expect(await hasTldrawCss(page)).toBe(false)
  })

  it('a board of notes: the editor, its CSS and the draw font, and none of the unused font families', async () => {
    const { page, log } = await openLogged(`/s/${session.join}`)
    await page.getByTestId('name-input').fill('Anouk')
    await page.getByTestId('name-submit').click()
    await waitForBoard(page)
    await page.waitForFunction(() => (window as any).__samenbordEditor.getCurrentPageShapes().filter((s: any) => s.type === 'note').length === 2)
    // tldraw adds a FontFace to document.fonts for every face it requests, in the same task as it mounts
    // the editor (its preload runs in a microtask of that mount): by now the list is complete.
    const faces = await page.evaluate(async () => {
      await document.fonts.ready
      return [...document.fonts].filter((f) => f.family.includes('tldraw')).map((f) => `${f.family} ${f.weight} ${f.style} ${f.status}`)
    })
    expect(faces).toEqual(['tldraw_draw normal normal loaded'])
    await log.settled()
    expect(editorScripts(log).length).toBeGreaterThan(0)
    expect(await hasTldrawCss(page)).toBe(true)
    const fonts = fontRequests(log)
    expect(fonts.length).toBe(1)
    expect(fonts[0]).toMatch(DRAW_FONT)

    // An export still carries the font its notes are written in (tldraw embeds a shape's faces itself).
    const svg = await page.evaluate(async () => {
      const editor = (window as any).__samenbordEditor
      return ((await editor.getSvgString([...editor.getCurrentPageShapeIds()])) as { svg: string } | undefined)?.svg ?? ''
    })
    expect(svg).toMatch(/@font-face \{\s*font-family: "tldraw_draw";[^}]*src: url\("data:/)
    expect(svg).not.toMatch(/font-family: "tldraw_(sans|serif|mono)"/)
  })
})
