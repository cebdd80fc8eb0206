// The top bar with a full room: 50 people online (48 stock y-websocket clients announcing a name, the
// facilitator's and a participant's page). At 1280×720, 1366×768 and 1920×1080 every command of the bar
// is labelled and is what a click at its centre hits (document.elementFromPoint), for the facilitator
// and for a participant; who is here is one avatar stack with "+N" that opens the list. Participants
// get no page menu, no media tool and no tldraw export; tldraw's style panel waits for a selection.
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectClient, whenSynced, type YClient } from '../server/testing/yClient.ts'
import { sessionApi } from '../server/testing/sessionApi.ts'
import { screenshot } from './browser.ts'
import { hitTest } from './roomChecks.ts'
import { Workshop } from './workshop.ts'

const w = new Workshop()
const api = sessionApi(() => w.server.url)
const ONLINE = 50
const VIEWPORTS: readonly [{ width: number; height: number }, { width: number; height: number }, { width: number; height: number }] = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]
const SHOTS = process.env.SHOTS_DIR

const crowd: YClient[] = []

beforeAll(() => w.start())
afterAll(async () => {
  for (const client of crowd) client.destroy()
  await w.close()
})

describe('the top bar with 50 people online', () => {
  // One room of 50, set up once: each step uses the two pages the first opened.
  it('with 50 people online: every command labelled and clickable at three sizes; people list, insert menu and "Begeleiden" as tldraw menus; participants kept on the board', async () => {
    const session = await api.create(['brainstorm'], 'Omgevingsvisie Dorpskern 2030')
    // One note on the board (posted from a phone), to select later.
    const posted = await api.call(session, 'notes', session.join, { text: 'Meer groen op het plein' })
    expect(posted.status).toBe(201)
    for (let i = 0; i < ONLINE - 2; i++) {
      const client = connectClient(w.server.wsUrl, session.join)
      client.provider.awareness.setLocalStateField('user', { name: `Deelnemer ${i + 1} (buurt)`, color: '#2f6fb3', role: 'join' })
      crowd.push(client)
    }
    await Promise.all(crowd.map((client) => whenSynced(client, 20_000)))
    const facilitator = await w.join(`${w.server.url}/f/${session.facilitator}`, 'Fatima (begeleider)', { viewport: VIEWPORTS[0] })
    const participant = await w.join(`${w.server.url}/s/${session.join}`, 'Bram de Vries', { viewport: VIEWPORTS[0] })
    for (const page of [facilitator, participant]) {
      await expect.poll(() => page.getByTestId('participants-toggle').getAttribute('data-count'), { timeout: 20_000 }).toBe(String(ONLINE))
      // The facilitator's share panel opens by itself at first; close it as a facilitator would.
      if ((await page.getByTestId('links-toggle').getAttribute('aria-expanded')) === 'true') await page.keyboard.press('Escape')
    }

    const figures: string[] = []
    for (const [who, page, commands] of [
      ['facilitator', facilitator, ['insert', 'actions', 'list-view', 'export', 'facilitate', 'people', 'links-toggle']],
      ['participant', participant, ['insert', 'actions', 'list-view', 'people', 'links-toggle']],
    ] as const) {
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport)
        await page.waitForFunction((width) => window.innerWidth === width, viewport.width)
        const hits = await hitTest(page)
        figures.push(
          `${who} ${viewport.width}×${viewport.height}: ${hits.map((h) => `${h.command} ${h.hit ? 'hit' : 'MISS'}${h.labelled ? '' : ' (no label)'} ${h.width}px`).join(', ')}`,
        )
        expect(hits.map((h) => h.command).sort(), `${who} at ${viewport.width}`).toEqual([...commands].sort())
        for (const h of hits) {
          expect(h.hit, `${who} ${h.command} at ${viewport.width}×${viewport.height}`).toBe(true)
          expect(h.labelled, `${who} ${h.command} labelled at ${viewport.width}×${viewport.height}`).toBe(true)
        }
        // "+N": four faces and the rest counted, whatever the room.
        expect(await page.getByTestId('participant').count()).toBe(4)
        expect(await page.getByTestId('participants-more').textContent()).toBe(`+${ONLINE - 4}`)
        const shot = await screenshot(page, `topbar-${who}-${viewport.width}`)
        if (SHOTS) fs.copyFileSync(shot, path.join(SHOTS, path.basename(shot)))
      }
    }
    console.log(figures.join('\n'))
    expect(await facilitator.getByTestId('insert-menu').textContent()).toContain('Sjabloon invoegen')

    // The people list, the insert menu and "Begeleiden" open as tldraw menus.
    await facilitator.setViewportSize(VIEWPORTS[0])
    await facilitator.getByTestId('participants-toggle').click()
    await expect.poll(() => facilitator.getByTestId('online-person').count()).toBe(ONLINE)
    await facilitator.getByTestId('participants-panel').waitFor()
    const shot = await screenshot(facilitator, 'topbar-people-open')
    if (SHOTS) fs.copyFileSync(shot, path.join(SHOTS, path.basename(shot)))
    await facilitator.keyboard.press('Escape')
    await facilitator.getByTestId('people-panel').waitFor({ state: 'detached' })

    await facilitator.getByTestId('insert-menu').click()
    await facilitator.getByTestId('insert-brainstorm').waitFor()
    await facilitator.keyboard.press('Escape')
    await facilitator.getByTestId('insert-brainstorm').waitFor({ state: 'detached' })

    await facilitator.getByTestId('facilitate-menu').click()
    await facilitator.getByTestId('facilitate-panel').waitFor()
    await facilitator.getByTestId('timer-start').waitFor()
    // A press on the canvas closes it, like tldraw's own menus.
    await facilitator.mouse.click(60, 600)
    await facilitator.getByTestId('facilitate-panel').waitFor({ state: 'detached' })

    // Participants stay on the board: no pages, no media, no tldraw export; the style panel waits for a selection.
    for (const page of [facilitator, participant]) await page.setViewportSize(VIEWPORTS[1])
    // The facilitator keeps tldraw's page menu and media tool.
    await facilitator.getByTestId('page-menu.button').waitFor()
    expect(await facilitator.getByTestId('tools.asset').count()).toBe(1)
    expect(await participant.getByTestId('page-menu.button').count()).toBe(0)
    expect(await participant.getByTestId('tools.asset').count()).toBe(0)
    // tldraw's main menu: no export, print or media entries for a participant; the facilitator has them.
    const mainMenu = async (page: Page) => {
      await page.getByTestId('main-menu.button').click()
      await page.getByTestId('main-menu-sub.edit-button').waitFor()
      const ids = await page.locator('[data-testid^="main-menu"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')))
      await page.keyboard.press('Escape')
      return ids
    }
    expect(await mainMenu(facilitator)).toEqual(expect.arrayContaining(['main-menu-sub.export-all-as-button', 'main-menu.insert-media']))
    const participantMenu = await mainMenu(participant)
    expect(participantMenu).not.toContain('main-menu-sub.export-all-as-button')
    expect(participantMenu).not.toContain('main-menu.insert-media')
    expect(participantMenu).not.toContain('main-menu.print')

    // Nothing selected: no style panel over the board; a selected note brings it.
    expect(await participant.locator('.tlui-style-panel').count()).toBe(0)
    await participant.evaluate(() => {
      type Shape = { id: string; type: string }
      const editor = (window as unknown as { __samenbordEditor: { getCurrentPageShapes(): Shape[]; select(...ids: string[]): void } }).__samenbordEditor
      editor.select(
        ...editor
          .getCurrentPageShapes()
          .filter((shape) => shape.type === 'note')
          .map((shape) => shape.id),
      )
    })
    await participant.locator('.tlui-style-panel').waitFor()
    const selectionShot = await screenshot(participant, 'topbar-participant-selection')
    if (SHOTS) fs.copyFileSync(selectionShot, path.join(SHOTS, path.basename(selectionShot)))
  }, 180_000)
})
