// The pages around the canvas, as axe-core (WCAG 2.1 A/AA, serious and critical) and a keyboard see
// them, in Dutch and in English: the home page with Mijn sessies and a follow-up being prepared, the
// toegankelijkheidsverklaring reached from it by keyboard alone, the actieoverzicht with actions, the
// name question on a join link (focused on open), and the phone page (390x844) with a vote and the
// timer running. Then the timer runs out: its live region says so, in words, the "time is up" pill
// passes axe during its pulse and after it, the pulse stops by itself within 5 s, and not at all
// pulses under prefers-reduced-motion.
// Screenshots: test-results/e2e/statement-{1366,390}.png.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CreatedSession } from '../shared/api/types.ts'
import { describeFindings, seriousViolations } from './axe.ts'
import { screenshot } from './browser.ts'
import { Workshop } from './workshop.ts'

const LAPTOP = { width: 1366, height: 768 }
const PHONE = { width: 390, height: 844 }

const w = new Workshop()
let session: CreatedSession
/** The last phone page opened (English), kept for the timer's end. */

async function call(method: 'GET' | 'POST', path: string, token: string, body?: object): Promise<unknown> {
  const res = await fetch(`${w.server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  })
  expect(res.status, `${method} ${path} ${JSON.stringify(body ?? {})}`).toBeLessThan(300)
  return res.json()
}

const facilitate = (resource: 'vote' | 'timer', body: object) => call('POST', `/api/sessions/${session.id}/${resource}`, session.facilitator, body)

beforeAll(async () => {
  await w.start()
  session = await w.session(['brainstorm', 'vision'], 'Marktplein Kampen')
  const { areas } = (await call('GET', `/api/sessions/${session.id}/areas`, session.view)) as { areas: { id: string; kind: string }[] }
  const ideas = areas.find((a) => a.kind === 'ideas')!
  const actions = areas.find((a) => a.kind === 'actions')!
  for (const text of ['Bankjes bij de fontein', 'Fietsen aan de rand'])
    await call('POST', `/api/sessions/${session.id}/notes`, session.facilitator, { text, area: ideas.id })
  await call('POST', `/api/sessions/${session.id}/notes`, session.facilitator, { text: '@Jan de Vries belt de ondernemers vrijdag', area: actions.id })
  await facilitate('vote', { do: 'start', dots: 3, area: ideas.id })
  await facilitate('timer', { do: 'set', minutes: 5 })
  await facilitate('timer', { do: 'start' })
})
afterAll(async () => {
  await w.close()
})

async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const findings = await seriousViolations(page)
  expect(findings, `${where}\n${describeFindings(findings)}`).toEqual([])
}

/** A phone of its own (touch, 390 wide) on the join link, in this language. */
async function openPhone(lang: 'nl' | 'en'): Promise<Page> {
  const phone = await w.browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: lang === 'nl' ? 'nl-NL' : 'en-GB' })
  return w.openPageIn(phone, `${w.server.url}/s/${session.join}?lang=${lang}`)
}

/** Tab (and only Tab) until the element with this test id has the focus. */
async function tabTo(page: Page, testId: string): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((id) => document.activeElement?.getAttribute('data-testid') === id, testId)) return
  }
  throw new Error(`Tab never reached ${testId}`)
}

describe.each([
  { lang: 'nl', viewport: LAPTOP, title: 'Toegankelijkheidsverklaring', status: 'voldoet gedeeltelijk', drawnUp: 'opgesteld op' },
  { lang: 'en', viewport: PHONE, title: 'Accessibility statement', status: 'partially compliant', drawnUp: 'drawn up on' },
] as const)('pages in $lang', ({ lang, viewport, title, status, drawnUp }) => {
  it('home page with Mijn sessies and a follow-up being prepared, the statement (by keyboard from home), the actieoverzicht', async () => {
    const person = await w.person({ viewport, locale: lang === 'nl' ? 'nl-NL' : 'en-GB' })
    const mine = [
      { id: session.id, title: 'Marktplein Kampen', facilitator: session.facilitator, createdAt: new Date().toISOString(), openedAt: new Date().toISOString() },
    ]
    await person.addInitScript((list) => localStorage.setItem('samenbord.mySessions', list), JSON.stringify(mine))
    const page = await w.openPageIn(person, `${w.server.url}/?lang=${lang}`)
    await page.getByTestId('my-session-follow-up').press('Enter')
    await page.getByTestId('follow-up-banner').waitFor()
    await expectNoSeriousViolations(page, `home (${lang})`)

    if (lang === 'nl') {
      // From the title field (focused on open) to the statement's link with Tab, and Enter opens it.
      await tabTo(page, 'statement-link')
      await page.keyboard.press('Enter')
    } else {
      // Its own address, in English by ?lang=en.
      await page.goto(`${w.server.url}/toegankelijkheid?lang=en`)
    }
    await page.getByTestId('statement-page').waitFor()
    expect(new URL(page.url()).pathname).toBe('/toegankelijkheid')
    expect(await page.locator('h1').textContent()).toBe(title)
    expect(await page.getByTestId('statement-status').textContent()).toContain(status)
    expect(await page.getByTestId('statement-date').textContent()).toContain(drawnUp)
    // Without ACCESSIBILITY_CONTACT: the session's organiser is the contact.
    await page.getByTestId('statement-contact').filter({ hasText: /\w/ }).waitFor()
    await expectNoSeriousViolations(page, `statement (${lang})`)
    await screenshot(page, `statement-${viewport.width}`)

    await page.goto(`${w.server.url}/s/${session.join}/acties?lang=${lang}`)
    await page.getByTestId('series-action').first().waitFor()
    await expectNoSeriousViolations(page, `actieoverzicht (${lang})`)
  })

  it('the name question focused on open, then the phone page with a vote and the timer running', async () => {
    const page = await openPhone(lang)
    await page.getByTestId('name-dialog').waitFor()
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'name-input')
    await expectNoSeriousViolations(page, `name dialog (${lang})`)
    // A modal: Tab stays inside (the submit button is disabled until a name is typed).
    await page.keyboard.press('Shift+Tab')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('organisation-input')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('name-input')
    await page.keyboard.type(lang === 'nl' ? 'Sanne' : 'Sam')
    await page.keyboard.press('Enter')

    await page.locator('[data-testid="phone-page"] [data-testid="connection-state"][data-state="connected"]').waitFor({ timeout: 15_000 })
    await page.locator('[data-testid="phone-vote-list"][data-phase="open"]').waitFor()
    await page.locator('[data-testid="timer-badge"][data-state="running"]').waitFor()
    // Running: the seconds tick on screen, and nothing is said.
    expect(await page.getByTestId('timer-say-minute').textContent()).toBe('')
    expect(await page.getByTestId('timer-say-up').textContent()).toBe('')
    await expectNoSeriousViolations(page, `phone page (${lang})`)
  })
})

describe('the timer', () => {
  it('says that the time is up in its live region when it runs out', async () => {
    // A phone of its own, in English, on the phone page with the timer running.
    const phonePage = await openPhone('en')
    await phonePage.getByTestId('name-input').fill('Sam')
    await phonePage.getByTestId('name-submit').click()
    await phonePage.locator('[data-testid="timer-badge"][data-state="running"]').waitFor({ timeout: 15_000 })
    // A run of four seconds, started while the (English) phone page watches.
    await facilitate('timer', { do: 'set', minutes: 4 / 60 })
    await facilitate('timer', { do: 'start' })
    await phonePage.locator('[data-testid="timer-badge"][data-state="warning"]').waitFor()
    await phonePage.locator('[data-testid="timer-say-up"]', { hasText: 'Time is up' }).waitFor({ timeout: 10_000 })
    expect(await phonePage.getByTestId('timer-badge').getAttribute('data-state')).toBe('up')
    expect(await phonePage.getByTestId('timer-say-up').getAttribute('role')).toBe('alert')
    // Started with under a minute: no "one minute left" for it.
    expect(await phonePage.getByTestId('timer-say-minute').textContent()).toBe('')
    // The time-up pulse, and none for whoever asked for less motion.
    const animation = () => phonePage.getByTestId('timer-badge').evaluate((badge) => getComputedStyle(badge).animationName)
    expect(await animation()).toBe('sb-time-up')
    // It ends by itself within 5 s (WCAG 2.2.2): the browser's own timing of the running pulse.
    const ends = await phonePage.getByTestId('timer-badge').evaluate((badge) => badge.getAnimations().map((a) => Number(a.effect?.getComputedTiming().endTime)))
    expect(ends.length).toBeGreaterThan(0)
    for (const end of ends) expect(end).toBeLessThanOrEqual(5_000)
    // "Tijd is om!" and the time pass 4.5:1 on the phone, at whatever moment of the pulse axe looks.
    await expectNoSeriousViolations(phonePage, 'phone page, time is up (en)')
    // Then it has stopped, on the steady red (which passes too).
    const pulsing = () => phonePage.getByTestId('timer-badge').evaluate((badge) => badge.getAnimations().some((a) => a.playState === 'running'))
    await expect.poll(pulsing, { timeout: 5_000, interval: 250 }).toBe(false)
    expect(await phonePage.getByTestId('timer-badge').getAttribute('data-state')).toBe('up')
    await expectNoSeriousViolations(phonePage, 'phone page, time is up, pulse over (en)')
    await phonePage.emulateMedia({ reducedMotion: 'reduce' })
    expect(await animation()).toBe('none')
  })
})
