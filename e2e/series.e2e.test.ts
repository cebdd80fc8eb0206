// The working group's actieoverzicht in Chromium: between two meetings an owner opens the page with the
// first meeting's join link on a phone, sets an action to "Klaar" and gives their name when asked; the
// facilitator opens it with the second meeting's link on a laptop and sees the change, by whom, in the
// table and in the change log. Screenshots: test-results/e2e/series-*.png.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CreatedSession } from '../shared/api/types.ts'
import { parseDueInput } from '../shared/actions/dueInput.ts'
import type { SeriesView } from '../shared/series/types.ts'
import { screenshot } from './browser.ts'
import { Workshop } from './workshop.ts'

const PHONE = { width: 390, height: 844 }
const LAPTOP = { width: 1366, height: 768 }

const w = new Workshop()
beforeAll(() => w.start())
afterAll(() => w.close())

async function post<T>(path: string, body: unknown, token?: string, method = 'POST'): Promise<T> {
  const res = await fetch(`${w.server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  })
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

async function seriesOf(session: CreatedSession): Promise<SeriesView> {
  const res = await fetch(`${w.server.url}/api/sessions/${session.id}/series`, { headers: { authorization: `Bearer ${session.facilitator}` } })
  return (await res.json()) as SeriesView
}

function action(page: Page, text: string) {
  return page.getByTestId('series-action').filter({ hasText: text })
}

describe('the actieoverzicht between meetings', () => {
  // One story: the facilitator reads back the change the owner made.
  it('an owner updates their action from the page with a join link, giving their name; the facilitator sees the change, who made it and when, and the evaluation', async () => {
    // The first meeting: two actions on the board; the second, a follow-up, carries them.
    const first = await post<CreatedSession>('/api/sessions', { title: 'Werkgroep Centrum, november', templates: ['vision'] })
    const { areas } = (await (
      await fetch(`${w.server.url}/api/sessions/${first.id}/areas`, { headers: { authorization: `Bearer ${first.view}` } })
    ).json()) as { areas: Array<{ id: string; kind: string }> }
    const area = areas.find((a) => a.kind === 'actions')!.id
    await post(`/api/sessions/${first.id}/notes`, { text: 'Flyer maken @Karim', area }, first.join)
    await post(`/api/sessions/${first.id}/notes`, { text: 'Subsidie aanvragen @Petra 2026-01-15', area }, first.join)
    const second = await post<CreatedSession>('/api/sessions', { title: 'Werkgroep Centrum, december', from: first.id }, first.facilitator)

    const phone = await w.openPage(`${w.server.url}/s/${first.join}/acties`, { viewport: PHONE })
    await phone.getByTestId('series-page').waitFor()
    // Both meetings, both actions, as cards; the January deadline has passed.
    await expect.poll(() => phone.getByTestId('series-action').count()).toBe(2)
    expect(await phone.getByTestId('series-subtitle').textContent()).toContain('2 bijeenkomsten')
    expect(await action(phone, 'Subsidie aanvragen').getAttribute('data-late')).toBe('true')
    expect(await phone.getByTestId('series-tab-changes').count()).toBe(0)

    await action(phone, 'Flyer maken').getByTestId('series-status').selectOption('done')
    await phone.getByTestId('name-input').fill('Karim')
    await phone.getByTestId('name-submit').click()
    await phone.getByTestId('series-saved').waitFor()
    await action(phone, 'Flyer maken').and(phone.locator('[data-status="done"]')).waitFor()
    expect(await action(phone, 'Flyer maken').getByTestId('series-updated').textContent()).toContain('Karim')
    // The due date as a note may hold it, the board's field: it says what it will save, refuses nonsense with words.
    const due = action(phone, 'Flyer maken').getByTestId('series-due')
    await due.fill('flauwekul')
    await due.press('Enter')
    expect(await action(phone, 'Flyer maken').getByTestId('action-due-message').textContent()).toMatch(/^Geen datum herkend/)
    await due.fill('eind februari')
    expect(await action(phone, 'Flyer maken').getByTestId('action-due-message').textContent()).toMatch(/^Wordt: \w+dag \d{1,2} feb \d{4}$/)
    await due.press('Enter')
    const endOfFebruary = parseDueInput('eind februari', new Date())
    await expect
      .poll(async () => (await seriesOf(second)).actions.find((a) => a.text === 'Flyer maken')!.due)
      .toBe(endOfFebruary.kind === 'date' ? endOfFebruary.due : 'not a date')
    // Each meeting's step says which meeting it is, not a bare number.
    expect(await action(phone, 'Flyer maken').getByTestId('series-cell').first().textContent()).toMatch(/^Bijeenkomst 1 · \d{1,2}\u00a0\w{3}/)
    await screenshot(phone, 'series-phone')

    // Written on the board of the latest meeting where it lives (the follow-up), and logged by name.
    const stored = (await seriesOf(second)).actions.find((a) => a.text === 'Flyer maken')!
    expect(stored).toMatchObject({ status: 'done', session: second.id, updated: { by: 'Karim' } })

    // The facilitator sees that change, who made it and when, and the evaluation.
    const laptop = await w.openPage(`${w.server.url}/f/${second.facilitator}/acties`, { viewport: LAPTOP })
    await laptop.getByTestId('series-page').waitFor()
    const flyer = action(laptop, 'Flyer maken')
    await flyer.waitFor()
    expect(await flyer.getAttribute('data-status')).toBe('done')
    expect(await flyer.getByTestId('series-updated').textContent()).toContain('Karim')
    // Per meeting: the first meeting's own status, then the update after it.
    expect(await flyer.getByTestId('series-cell').first().getAttribute('data-status')).toBe('open')
    // Meetings on the same day told apart: number, day and (in the name and tooltip) the title.
    const meetings = laptop.getByTestId('series-meeting')
    expect(await meetings.nth(1).getAttribute('aria-label')).toMatch(/^Bijeenkomst 2: Werkgroep Centrum, december, \d{1,2} \w{3} \d{4}$/)
    expect(await meetings.nth(1).textContent()).toContain('december')
    // Filters: late shows only the overdue subsidy.
    await laptop.getByTestId('series-filter-status').selectOption('late')
    await expect.poll(() => laptop.getByTestId('series-action').count()).toBe(1)
    await laptop.getByTestId('series-filter-status').selectOption('all')
    await screenshot(laptop, 'series-laptop')

    await laptop.getByTestId('series-tab-changes').click()
    const change = laptop.getByTestId('series-change')
    await change.first().waitFor()
    expect(await change.count()).toBe(2) // the status, then the due date
    const line = await change.filter({ hasText: 'Open → Klaar' }).textContent()
    expect(line).toContain('Karim')
    expect(line).toContain('Flyer maken')
    expect(line).toContain('Open → Klaar')

    await laptop.getByTestId('series-tab-evaluation').click()
    await expect.poll(() => laptop.getByTestId('series-eval-row').count()).toBe(3) // two meetings and now
    await screenshot(laptop, 'series-evaluation')
  }, 120_000)
})
