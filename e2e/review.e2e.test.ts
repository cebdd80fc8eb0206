// A working group's next meeting in Chromium: the facilitator starts a follow-up from Mijn sessies, the
// Terugblik already ticked; last time's actions stand in the lanes of their status; a participant drags
// one from "Nog open" to "Klaar" on the canvas, and the facilitator's actions panel says Klaar at once.
// Screenshot: review-follow-up.png (the projector's 1920×1080).
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sessionApi } from '../server/testing/sessionApi.ts'
import { screenshot } from './browser.ts'
import { ownOriginOnly, Workshop, waitForBoard } from './workshop.ts'

const PROJECTOR = { width: 1920, height: 1080 }
const w = new Workshop()
const { call, json, areas, create } = sessionApi(() => w.server.url)

beforeAll(() => w.start())
afterAll(() => w.close())
ownOriginOnly(w)

/** Screen point of the centre of a shape, and of a lane's free middle, as the participant's editor has them. */
function screenPoint(page: Page, pick: { note?: string; laneKey?: string }): Promise<{ x: number; y: number }> {
  return page.evaluate(({ note, laneKey }) => {
    const editor = (window as any).__samenbordEditor
    const shapes = editor.getCurrentPageShapes()
    const shape = note
      ? shapes.find((s: any) => s.type === 'note' && editor.getShapeUtil(s).getText(s)?.startsWith(note))
      : shapes.find((s: any) => s.type === 'sb-area' && s.props.kind === 'review' && s.props.key === laneKey)
    const b = editor.getShapePageBounds(shape)
    // A lane's lower half is free: its notes start under the title.
    const point = note ? { x: b.x + b.w / 2, y: b.y + b.h / 2 } : { x: b.x + b.w / 2, y: b.y + b.h * 0.7 }
    const screen = editor.pageToScreen(point)
    return { x: screen.x, y: screen.y }
  }, pick)
}

/** Resolves once the camera has stood still for a few frames (the board's own first fit animates). */
function cameraAtRest(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const editor = (window as any).__samenbordEditor
    let last = ''
    for (let still = 0; still < 5; ) {
      await new Promise((r) => requestAnimationFrame(r))
      const now = JSON.stringify(editor.getCamera())
      still = now === last ? still + 1 : 0
      last = now
    }
  })
}

describe('a follow-up that opens with a Terugblik', () => {
  // One story: the drag happens on the follow-up the first part started.
  it('starts from Mijn sessies with the Terugblik ticked, last time’s actions in their lanes; a participant drags one from Nog open to Klaar and the facilitator’s panel shows Klaar live', async () => {
    const previous = await create(['vision'], 'Werkgroep Centrum')
    const actionsArea = (await areas(previous)).find((a) => a.kind === 'actions')!.id
    for (const text of ['Gevelfonds opzetten @Anna', 'Kerstmarkt evalueren'])
      await json(call(previous, 'notes', previous.join, { text, area: actionsArea }), 201)
    const listed = (await json<{ actions: Array<{ id: string; text: string }> }>(call(previous, 'actions', previous.view))).actions
    const kerstmarkt = listed.find((a) => a.text.startsWith('Kerstmarkt'))!.id
    await json(call(previous, `actions/${encodeURIComponent(kerstmarkt)}`, previous.facilitator, { status: 'done' }, 'PATCH'))

    // This browser facilitated the previous session: it is in Mijn sessies.
    const person = await w.person({ viewport: PROJECTOR })
    const now = new Date().toISOString()
    const mine = [{ id: previous.id, title: previous.title, facilitator: previous.facilitator, createdAt: now, openedAt: now }]
    await person.addInitScript((list) => localStorage.setItem('samenbord.mySessions', list), JSON.stringify(mine))
    const facilitator = await w.openPageIn(person, `${w.server.url}/`)
    await facilitator.locator(`[data-testid="my-session"][data-session-id="${previous.id}"]`).getByTestId('my-session-follow-up').click()
    await facilitator.getByTestId('follow-up-banner').waitFor()
    expect(await facilitator.getByTestId('home-template-review-input').isChecked()).toBe(true)
    await facilitator.getByTestId('template-review-preselected').waitFor()
    await facilitator.getByTestId('new-session-submit').click()
    await facilitator.waitForURL(/\/f\/[A-Za-z0-9_-]{21,}$/)
    await facilitator.getByTestId('name-input').fill('Fatima')
    await facilitator.getByTestId('name-submit').click()
    await waitForBoard(facilitator)
    const canvas = facilitator.getByTestId('canvas')
    await canvas.getByText('Nog open', { exact: true }).waitFor()
    await canvas.getByText('Kerstmarkt evalueren').waitFor()
    await facilitator.getByTestId('actions-toggle').click()
    const row = (text: string) => facilitator.locator('[data-testid="action-row"]', { hasText: text })
    expect(await row('Gevelfonds opzetten').getAttribute('data-status')).toBe('open')
    expect(await row('Kerstmarkt evalueren').getAttribute('data-status')).toBe('done')

    // A participant drags an action from Nog open to Klaar; the facilitator’s panel shows Klaar live.
    const token = facilitator.url().split('/f/')[1]!
    const info = await (await fetch(`${w.server.url}/api/session`, { headers: { authorization: `Bearer ${token}` } })).json()
    const participant = await w.join(`${w.server.url}/s/${info.links.join}`, 'Bram', { viewport: { width: 1366, height: 768 } })
    await participant.evaluate(() => {
      ;(window as any).__samenbordEditor.zoomToFit()
    })
    await participant.getByTestId('canvas').getByText('Gevelfonds opzetten').waitFor()
    await cameraAtRest(participant)
    const from = await screenPoint(participant, { note: 'Gevelfonds' })
    const to = await screenPoint(participant, { laneKey: 'done' })
    await participant.mouse.move(from.x, from.y)
    await participant.mouse.down()
    await participant.mouse.move(to.x, to.y, { steps: 12 })
    await participant.mouse.up()

    const gevelfonds = facilitator.locator('[data-testid="action-row"]', { hasText: 'Gevelfonds opzetten' })
    // Live: no reload, the row changes as the note lands in Klaar on the other screen.
    await facilitator.locator('[data-testid="action-row"][data-status="done"]', { hasText: 'Gevelfonds opzetten' }).waitFor({ timeout: 10_000 })
    const status = gevelfonds.getByTestId('action-status')
    expect(await status.inputValue()).toBe('done')
    expect(await status.locator('option:checked').textContent()).toBe('Klaar')
    await facilitator.evaluate(() => {
      ;(window as any).__samenbordEditor.zoomToFit()
    })
    await screenshot(facilitator, 'review-follow-up')
  }, 120_000)
})
