// The canvas pages pass WCAG 2.1 AA as far as our UI goes (issue 15): one session with all four templates
// and notes in every area, and a crowd online (more people than the top bar has faces for, so its avatar
// stack shows "+N"); axe finds no serious or critical violation on the participant's board (1366×768),
// the facilitator's board with the actions panel and the export menu open together, and the projector
// (1920×1080), in Dutch and in English (one page per role, reloaded once for English); a top-bar button
// reached with Tab shows a focus ring; with the system asking for reduced motion, "follow me" jumps (no
// frame between where the participant was and where the facilitator is).
// Screenshots: /work/shots/canvas when it exists, else test-results/e2e.
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CreatedSession } from '../shared/api/types.ts'
import { describeFindings, seriousViolations } from './axe.ts'
import { ARTIFACTS } from './browser.ts'
import { api, board } from './boardProbe.ts'
import { bringCrowd, type Crowd } from './crowd.ts'
import { openMenu } from './facilitation.ts'
import { Workshop, waitForBoard } from './workshop.ts'

const LAPTOP = { width: 1366, height: 768 }
const PROJECTOR = { width: 1920, height: 1080 }
const SHOTS = fs.existsSync('/work/shots') ? '/work/shots/canvas' : ARTIFACTS
const w = new Workshop()
let session: CreatedSession
let bram: Page
let fatima: Page
let projector: Page
let crowd: Crowd
/** People online beside Bram, Fatima and the projector: past the four faces the stack shows. */
const CROWD = 6

async function post(url: string, token: string, body: unknown): Promise<Response> {
  return fetch(`${w.server.url}${url}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
}

/** The same page in the other language (the name is remembered, so no question this time). */
async function inLanguage(page: Page, lang: 'nl' | 'en'): Promise<void> {
  const url = new URL(page.url())
  url.searchParams.set('lang', lang)
  await page.goto(url.toString())
  await page.locator(`html[lang="${lang}"]`).waitFor()
  await waitForBoard(page)
}

async function expectNoSeriousFindings(page: Page): Promise<void> {
  const findings = await seriousViolations(page)
  expect(findings, describeFindings(findings)).toEqual([])
}

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true })
  await w.start()
  session = await w.session(['actor-map', 'participation-ladder', 'brainstorm', 'vision'], 'Toegankelijk Kampen')
  const { areas } = await api<{ areas: Array<{ id: string; kind: string }> }>(w.server.url, `/api/sessions/${session.id}/areas`, session.view)
  for (const area of areas)
    expect((await post(`/api/sessions/${session.id}/notes`, session.facilitator, { text: `Idee voor ${area.kind}`, area: area.id })).status).toBe(201)
  // The participant's system asks for reduced motion (the last test); axe runs the same either way.
  const calm = await w.person({ viewport: LAPTOP, locale: 'nl-NL', reducedMotion: 'reduce' })
  bram = await w.openPageIn(calm, `${w.server.url}/s/${session.join}?lang=nl`)
  await bram.getByTestId('name-input').fill('Bram')
  await bram.getByTestId('name-submit').click()
  await waitForBoard(bram)
  fatima = await w.join(`${w.server.url}/f/${session.facilitator}?lang=nl`, 'Fatima', { viewport: LAPTOP })
  await fatima.keyboard.press('Escape') // the links panel opens by itself for the facilitator
  projector = await w.openPage(`${w.server.url}/v/${session.view}?lang=nl`, { viewport: PROJECTOR })
  crowd = await bringCrowd(w.server.url, session.join, CROWD)
  await waitForBoard(projector)
}, 120_000)
afterAll(async () => {
  crowd?.close()
  await w.close()
})

/** The avatar stack shows "+N" for the crowd, and its accessible name holds what it shows (WCAG 2.5.3). */
async function expectCrowdInStack(page: Page): Promise<void> {
  const more = page.getByTestId('participants-more')
  await expect.poll(async () => ((await more.count()) > 0 ? await more.textContent() : ''), { timeout: 20_000 }).toMatch(/^\+\d+$/)
  const shown = (await more.textContent())!
  expect(await page.getByTestId('participants-toggle').ariaSnapshot()).toContain(shown)
}

describe.each(['nl', 'en'] as const)('axe on the canvas pages (%s)', (lang) => {
  it("the participant's board, with a crowd online", async () => {
    if (lang === 'en') await inLanguage(bram, 'en')
    await expectCrowdInStack(bram)
    await expectNoSeriousFindings(bram)
  })

  it("the facilitator's board with the actions panel and the export menu open", async () => {
    if (lang === 'en') {
      await inLanguage(fatima, 'en')
      await fatima.keyboard.press('Escape')
    }
    await expectCrowdInStack(fatima)
    await fatima.getByTestId('actions-toggle').click()
    await fatima.getByTestId('actions-panel').waitFor()
    // One scan for both: the export menu opens over the board while the actions panel stays open.
    await fatima.getByTestId('export-menu').click()
    await fatima.locator('.export-panel [role="group"]').first().waitFor()
    expect(await fatima.getByTestId('actions-panel').isVisible()).toBe(true)
    await expectNoSeriousFindings(fatima)
    await fatima.keyboard.press('Escape')
    await fatima.locator('.export-panel').waitFor({ state: 'detached' })
    await fatima.getByTestId('actions-toggle').click()
    await fatima.getByTestId('actions-panel').waitFor({ state: 'detached' })
  })

  it('the projector, in its high-contrast look', async () => {
    if (lang === 'en') await inLanguage(projector, 'en')
    await projector.getByTestId('projector-header').waitFor()
    // The look is on: area borders in their deep ink, twice as thick.
    const border = await projector
      .locator('.sb-area:not(.sb-area-ring)')
      .first()
      .evaluate((el) => getComputedStyle(el).borderTopWidth)
    expect(border).toBe('8px')
    await expectNoSeriousFindings(projector)
    if (lang === 'en') await projector.screenshot({ path: path.join(SHOTS, 'projector-high-contrast.png') })
  })
})

describe('keyboard and motion', () => {
  it('a top-bar button reached with Tab shows a focus ring', async () => {
    // From the top of the page, by keyboard only: the first stop is in the top bar.
    await bram.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await bram.keyboard.press('Tab')
    // Polled: a button's outline may be mid-transition in the frame focus arrives (from the initial
    // "medium none currentColor"), so the ring is read once its style has settled.
    const ring = () =>
      bram.evaluate(() => {
        const el = document.activeElement as HTMLElement
        const style = getComputedStyle(el)
        return { inTopBar: el.closest('.topbar') !== null, style: style.outlineStyle, width: style.outlineWidth, color: style.outlineColor }
      })
    await expect.poll(ring, { timeout: 5_000 }).toEqual({ inTopBar: true, style: 'solid', width: '2px', color: 'rgb(26, 86, 184)' })
    await bram.screenshot({ path: path.join(SHOTS, 'focus-ring.png'), clip: { x: 0, y: 0, width: 1366, height: 120 } })
  })

  it('with reduced motion, "follow me" jumps to the facilitator without animating', async () => {
    expect(await board(bram, (editor) => editor.user.getAnimationSpeed())).toBe(0)
    await board(fatima, (editor) => void editor.centerOnPoint({ x: 9_000, y: -7_000 }))
    const target = await board(fatima, (editor) => editor.getViewportPageBounds().center as { x: number; y: number })
    // Every frame's view centre on the participant's screen, from now on.
    await bram.evaluate(() => {
      const w = window as unknown as { __centres: Array<{ x: number; y: number }>; __samenbordEditor: any }
      w.__centres = []
      const tick = () => {
        const c = w.__samenbordEditor.getViewportPageBounds().center
        w.__centres.push({ x: c.x, y: c.y })
        requestAnimationFrame(tick)
      }
      tick()
    })
    const start = await bram.evaluate(() => (window as unknown as { __centres: Array<{ x: number; y: number }> }).__centres[0]!)
    await openMenu(fatima)
    await fatima.getByTestId('follow-me').click()
    const centres = () => bram.evaluate(() => (window as unknown as { __centres: Array<{ x: number; y: number }> }).__centres)
    const near = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y) < 20
    await expect.poll(async () => (await centres()).some((c) => near(c, target)), { timeout: 5_000 }).toBe(true)
    // No frame on the way: each one shows where Bram was or where Fatima is.
    const between = (await centres()).filter((c) => !near(c, start) && !near(c, target))
    expect(between).toEqual([])
    await fatima.keyboard.press('Escape')
  })
})
