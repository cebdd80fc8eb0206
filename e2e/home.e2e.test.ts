// Starting and continuing from the home page in Chromium, as a facilitator would: a session with the
// brainstorm and vision methods at 1366×768, the Delen panel (short /j/ link, QR code, the facilitator
// link hidden until asked for), "Mijn sessies" after a reload, and a follow-up started from there that
// carries an open action with its owner and date written on the note. Screenshots: home-*.png, share-panel.png.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CreatedSession, SessionInfo } from '../shared/api/types.ts'
import { sessionApi } from '../server/testing/sessionApi.ts'
import { screenshot } from './browser.ts'
import { ownOriginOnly, Workshop, waitForBoard } from './workshop.ts'

const LAPTOP = { width: 1366, height: 768 }
const w = new Workshop()
const { call, json, areas } = sessionApi(() => w.server.url)

beforeAll(() => w.start())
afterAll(() => w.close())
ownOriginOnly(w)

/** The session behind a facilitator token, in the shape the test helpers take. */
async function sessionOf(facilitator: string): Promise<CreatedSession> {
  const res = await fetch(`${w.server.url}/api/session`, { headers: { authorization: `Bearer ${facilitator}` } })
  const info = (await res.json()) as SessionInfo
  return { id: info.id, title: info.title, join: info.links!.join, view: info.links!.view, facilitator }
}

function templatesOnBoard(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const editor = (window as any).__samenbordEditor
    const kinds = editor
      .getCurrentPageShapes()
      .filter((s: any) => s.type === 'sb-area')
      .map((s: any) => s.props.template as string)
    return [...new Set<string>(kinds)].sort()
  })
}

/** Every piece of text on the page a camera could photograph: what is written, and what fields hold. */
function textOnScreen(page: Page): Promise<string> {
  return page.evaluate(() => [document.body.innerText, ...[...document.querySelectorAll('input')].map((i) => i.value)].join('\n'))
}

describe('start and continue from the home page', () => {
  // One story on one laptop: each step works on the sessions and the list the steps before made.
  it('a facilitator’s sessions from the home page: started with two methods, links kept hidden until revealed, listed under Mijn sessies, followed up with the open action, forgotten from the list', async () => {
    const person = await w.person({ viewport: LAPTOP })
    const laptop = await w.openPageIn(person, `${w.server.url}/`)
    await laptop.getByTestId('my-sessions-empty').waitFor()
    await laptop.getByTestId('new-session-title').fill('Centrum Oosterhout – werkavond')
    await laptop.getByTestId('home-template-brainstorm').click()
    await laptop.getByTestId('home-template-vision').click()
    await expect(laptop.getByTestId('home-template-brainstorm-input').isChecked()).resolves.toBe(true)
    await expect(laptop.getByTestId('home-template-actor-map-input').isChecked()).resolves.toBe(false)
    // Every method is offered with a picture of itself, drawn without the board's code.
    expect(await laptop.locator('.template-choice svg.template-preview rect').count()).toBeGreaterThan(12)
    // The whole form, button included, fits a 1366×768 laptop without scrolling.
    const submit = await laptop.getByTestId('new-session-submit').boundingBox()
    expect(submit!.y + submit!.height).toBeLessThanOrEqual(LAPTOP.height)
    await screenshot(laptop, 'home-templates')

    await laptop.getByTestId('new-session-submit').click()
    await laptop.waitForURL(/\/f\/[A-Za-z0-9_-]{21,}$/)
    const facilitatorToken = laptop.url().split('/f/')[1]!
    await laptop.getByTestId('name-input').fill('Fatima')
    await laptop.getByTestId('name-submit').click()
    await waitForBoard(laptop)
    expect(await templatesOnBoard(laptop)).toEqual(['brainstorm', 'vision'])
    // On the canvas, not only in the store: both templates' areas are drawn.
    await laptop.getByTestId('canvas').getByText('Ideeën', { exact: true }).waitFor()
    await laptop.getByTestId('canvas').getByText('Doelen', { exact: true }).waitFor()
    const first = await sessionOf(facilitatorToken)
    expect((await areas(first)).map((a) => a.template)).toEqual(expect.arrayContaining(['brainstorm', 'vision']))

    // The facilitator link is never in clear text until revealed; Delen shows the short link and its QR code.
    // The panel opens by itself for the facilitator, and the room can see it.
    await laptop.getByTestId('session-links').waitFor()
    expect(await textOnScreen(laptop)).not.toContain(facilitatorToken)

    const short = laptop.getByTestId('link-short')
    const shortUrl = (await short.getAttribute('href'))!
    expect(shortUrl).toMatch(new RegExp(`^${w.server.url}/j/[A-Za-z0-9]{8}$`))
    expect(await short.textContent()).toBe(shortUrl.replace(/^http:\/\//, ''))
    const qr = laptop.getByTestId('share-qr')
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/)
    expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth > 0 && img.complete)).toBe(true)
    // The short link leads to this session's join page.
    const hop = await fetch(shortUrl, { redirect: 'manual' })
    expect(hop.status).toBe(302)
    expect(hop.headers.get('location')).toBe(`/s/${first.join}`)
    await screenshot(laptop, 'share-panel')

    await laptop.getByTestId('reveal-facilitator').click()
    expect(await laptop.getByTestId('link-facilitator').inputValue()).toBe(`${w.server.url}/f/${facilitatorToken}`)
    // Closing the panel hides it again.
    await laptop.keyboard.press('Escape')
    await laptop.getByTestId('links-toggle').click()
    await laptop.getByTestId('session-links').waitFor()
    expect(await textOnScreen(laptop)).not.toContain(facilitatorToken)

    // The session is listed under Mijn sessies, also after a reload.
    // Work in the session: one open action with owner and date, one done.
    const actionsArea = (await areas(first)).find((a) => a.kind === 'actions')!.id
    for (const text of ['Gevelfonds opzetten', 'Kerstmarkt evalueren']) {
      await json(call(first, 'notes', first.facilitator, { text, area: actionsArea }), 201)
    }
    const listed = (await json<{ actions: Array<{ id: string; text: string }> }>(call(first, 'actions', first.view))).actions
    const id = (text: string) => encodeURIComponent(listed.find((a) => a.text === text)!.id)
    await json(call(first, `actions/${id('Gevelfonds opzetten')}`, first.facilitator, { owner: 'Jan de Vries', due: '2027-03-01' }, 'PATCH'))
    await json(call(first, `actions/${id('Kerstmarkt evalueren')}`, first.facilitator, { status: 'done' }, 'PATCH'))

    await laptop.goto(`${w.server.url}/`)
    await laptop.reload()
    const item = laptop.locator(`[data-testid="my-session"][data-session-id="${first.id}"]`)
    await item.waitFor()
    expect(await item.textContent()).toContain('Centrum Oosterhout – werkavond')
    await laptop.getByTestId('my-sessions-warning').waitFor()
    // The list keeps the way back: "Openen" is the facilitator link (not shown as text).
    expect(await item.getByTestId('my-session-open').getAttribute('href')).toBe(`/f/${facilitatorToken}`)
    await screenshot(laptop, 'home-my-sessions')
    const phone = await w.openPageIn(laptop.context(), `${w.server.url}/`)
    await phone.setViewportSize({ width: 390, height: 844 })
    await phone.locator(`[data-testid="my-session"][data-session-id="${first.id}"]`).waitFor()
    await screenshot(phone, 'home-phone')
    await phone.close()

    // A follow-up started from Mijn sessies carries the open action, owner and date on the note.
    await item.getByTestId('my-session-follow-up').click()
    await laptop.getByTestId('follow-up-banner').waitFor()
    expect(await laptop.getByTestId('new-session-title').inputValue()).toBe('Centrum Oosterhout – werkavond – vervolg')
    // The Terugblik comes ticked (e2e/review.e2e.test.ts follows that path); this one goes without it.
    expect(await laptop.getByTestId('home-template-review-input').isChecked()).toBe(true)
    await laptop.getByTestId('home-template-review').click()
    await laptop.getByTestId('new-session-submit').click()
    await laptop.waitForURL(/\/f\/[A-Za-z0-9_-]{21,}$/)
    const nextToken = laptop.url().split('/f/')[1]!
    expect(nextToken).not.toBe(facilitatorToken)
    await waitForBoard(laptop) // the name is remembered in this browser
    await laptop.keyboard.press('Escape')
    await laptop.evaluate(() => {
      ;(window as any).__samenbordEditor.zoomToFit()
    })
    // What the room reads on the note itself.
    const canvas = laptop.getByTestId('canvas')
    await canvas.getByText('Gevelfonds opzetten').waitFor()
    await canvas.getByText('@Jan de Vries, vóór 1 maart 2027').waitFor()
    expect(await canvas.getByText('Kerstmarkt evalueren').count()).toBe(0)
    await screenshot(laptop, 'home-follow-up-board')
    // And the action is still the same action, owner and date kept.
    const next = await sessionOf(nextToken)
    const carried = (await json<{ actions: Array<{ text: string; owner: string; due: string }> }>(call(next, 'actions', next.view))).actions
    expect(carried.map((a) => [a.text, a.owner, a.due])).toEqual([['Gevelfonds opzetten', 'Jan de Vries', '2027-03-01']])

    await laptop.goto(`${w.server.url}/`)
    await laptop.locator(`[data-testid="my-session"][data-session-id="${next.id}"]`).waitFor()
    expect(await laptop.getByTestId('my-session').count()).toBe(2)

    // A session forgotten from the list, and only from the list.
    await item.getByTestId('my-session-forget').click()
    await item.getByTestId('my-session-forget-yes').click()
    await item.waitFor({ state: 'detached' })
    await laptop.reload()
    await laptop.getByTestId('my-session').first().waitFor()
    expect(await laptop.getByTestId('my-session').count()).toBe(1)
    expect((await fetch(`${w.server.url}/api/session`, { headers: { authorization: `Bearer ${facilitatorToken}` } })).status).toBe(200)
  }, 240_000)
})
