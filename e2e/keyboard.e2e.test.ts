// Taking part by keyboard alone (issue 15): no mouse event at all, only page.keyboard (and page.goto to
// open the link). A participant at 1366×768 opens the join link, gives a name, goes from the canvas to
// the list view through the top bar ("Lijstweergave"), adds a note to an area, gives two dots in the
// round the facilitator started and takes them back (the refusal of one too many is announced; the
// status line under the header follows the dots, and the page holds one pair of live regions for all
// the notes' controls), marks the note as action and sets its owner, date
// and status. A second participant's canvas (its own browser profile, 1366×768) shows each change
// live: the note with its text, the dots (the live tally's badge), the action's mark, owner and date.
// Screenshots: test-results/e2e/keyboard-list-{1366,390}.png.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CreatedSession } from '../shared/api/types.ts'
import { describeFindings, seriousViolations } from './axe.ts'
import { screenshot } from './browser.ts'
import { api, board, eventually, type Outcomes } from './boardProbe.ts'
import { waitForBoard, Workshop } from './workshop.ts'

const NOTE = 'Speeltuin bij de bibliotheek opknappen'
const DESKTOP = { width: 1366, height: 768 }

const w = new Workshop()
let session: CreatedSession
beforeAll(async () => {
  await w.start()
  session = await w.session(['brainstorm'], 'Buurtplan Kampen')
}, 60_000)
afterAll(async () => {
  await w.close()
})

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`, as a keyboard user would. */
async function tabTo(page: Page, selector: string, opts: { back?: boolean; max?: number } = {}): Promise<void> {
  for (let i = 0; i <= (opts.max ?? 80); i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return
    await page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab')
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200))
  throw new Error(`Tab never reached ${selector}; focus is on ${at}`)
}

/** The join link, a name typed into the name dialog (which has the focus), Enter. */
async function joinByKeyboard(name: string): Promise<Page> {
  const page = await w.openPageIn(await w.person({ viewport: DESKTOP }), `${w.server.url}/s/${session.join}`)
  await page.locator('[data-testid="name-input"]:focus').waitFor({ timeout: 15_000 })
  await page.keyboard.type(name)
  await page.keyboard.press('Enter')
  await waitForBoard(page)
  return page
}

async function facilitate(body: object): Promise<void> {
  const res = await fetch(`${w.server.url}/api/sessions/${session.id}/vote`, {
    method: 'POST',
    headers: { authorization: `Bearer ${session.facilitator}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  expect(res.status, JSON.stringify(body)).toBe(200)
}

/** The note's action as the second participant's canvas holds it (meta.action on the note record). */
function actionOn(page: Page, noteId: string) {
  return board(page, (editor, id: string) => editor.getShape(id)?.meta?.action ?? null, noteId)
}

describe('taking part by keyboard alone, through the list view', () => {
  // One keyboard user's story: each step works on the note and the round the one before left.
  it('joins by keyboard, reaches the list view, adds a note, gives and takes back dots, makes it an action, and goes back to the canvas', async () => {
    const bram = await joinByKeyboard('Bram')
    const anna = await joinByKeyboard('Anna')
    const outcomes = await api<Outcomes>(w.server.url, `/api/sessions/${session.id}/outcomes`, session.facilitator)
    const ideas = outcomes.templates[0]!.areas.find((a) => a.kind === 'ideas')!.id
    await tabTo(anna, '[data-testid="list-view-toggle"]')
    await anna.keyboard.press('Enter')
    await anna.getByTestId('list-view').waitFor({ timeout: 15_000 })
    expect(new URL(anna.url()).searchParams.get('view')).toBe('list')
    // Focus on the list view's h1, and the tab's title says where we are.
    await anna.locator('h1.list-title:focus').waitFor()
    expect(await anna.title()).toMatch(/^Lijstweergave: /)

    // A note added to an area: the other canvas shows it with its text.
    await tabTo(anna, `[data-testid="list-note-input"][data-area="${ideas}"]`)
    await anna.keyboard.type(NOTE)
    await anna.keyboard.press('Control+Enter')
    const item = anna.locator('[data-testid="list-item"]', { hasText: NOTE })
    await item.waitFor({ timeout: 5_000 })
    const noteId = (await item.getAttribute('data-note-id'))!
    await bram.waitForFunction(
      (a: { id: string; text: string }) => {
        const editor = (window as unknown as { __samenbordEditor?: any }).__samenbordEditor
        const note = editor?.getShape(a.id)
        return Boolean(note && editor.getShapeUtil(note).getText(note) === a.text)
      },
      { id: noteId, text: NOTE },
      { timeout: 5_000 },
    )

    // Two dots given in the running round and taken back: the other canvas shows the tally live.
    await facilitate({ do: 'start', dots: 3, area: ideas, tally: 'live' })
    const add = `[data-testid="note-dot-add"][data-note-id="${noteId}"]`
    await anna.locator(add).waitFor({ timeout: 5_000 })
    expect(await anna.locator(add).getAttribute('aria-label')).toBe(`Stip geven aan ‘${NOTE}’`)
    // The status line under the header: what the round is on, with a link to its heading, and our dots.
    const detail = anna.getByTestId('list-vote-detail')
    expect(await detail.textContent()).toBe('Nog 3 van 3 stippen')
    await tabTo(anna, '[data-testid="list-vote-target"]', { back: true })
    await anna.keyboard.press('Enter')
    expect(await anna.evaluate(() => document.activeElement?.id)).toBe(`list-area-${ideas}`)
    // One pair of live regions for the page's controls, none per note: a fixed handful whatever the number
    // of notes (the timer's two, the connection, the controls' two, the batched changes, the notice's
    // status and alert, the silent-round banner).
    const regions = await anna.evaluate(() => {
      const live = '[aria-live],[role=status],[role=alert]'
      return {
        all: document.querySelectorAll(live).length,
        which: [...document.querySelectorAll(live)].map((e) => e.getAttribute('data-testid') ?? e.className).join(', '),
        inItems: document.querySelectorAll(`[data-testid="list-item"] :is(${live})`).length,
      }
    })
    expect(regions.inItems).toBe(0)
    expect(regions.all, regions.which).toBeLessThanOrEqual(10)
    await tabTo(anna, add)
    const vote = anna.locator(`[data-testid="note-vote"][data-note-id="${noteId}"]`)
    const status = anna.getByTestId('list-controls-status')
    await anna.keyboard.press('Enter')
    await vote.locator('[data-mine="1"]').first().waitFor({ timeout: 5_000 })
    await anna.keyboard.press('Space')
    await vote.locator('[data-mine="2"]').first().waitFor({ timeout: 5_000 })
    await expect.poll(() => status.textContent()).toContain('Nog 1 van 3 stippen over')
    await expect.poll(() => detail.textContent()).toBe('Nog 1 van 3 stippen')
    expect(await vote.getByTestId('note-vote-mine').textContent()).toContain('2 van jouw stippen')
    await bram.locator(`[data-testid="dot-badge"][data-note-id="${noteId}"][data-count="2"]`).waitFor({ timeout: 5_000 })

    await tabTo(anna, `[data-testid="note-dot-remove"][data-note-id="${noteId}"]`, { back: true })
    await anna.keyboard.press('Enter')
    await vote.locator('[data-mine="1"]').first().waitFor({ timeout: 5_000 })
    await expect.poll(() => status.textContent()).toContain('Stip teruggenomen')
    await bram.locator(`[data-testid="dot-badge"][data-note-id="${noteId}"][data-count="1"]`).waitFor({ timeout: 5_000 })

    // The last dot back: the button keeps the focus (aria-disabled, not disabled), and pressing it once
    // more says why not, as an alert.
    await anna.keyboard.press('Enter')
    await vote.locator('[data-mine="0"]').first().waitFor({ timeout: 5_000 })
    expect(await anna.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('note-dot-remove')
    await anna.keyboard.press('Enter')
    await expect.poll(() => anna.getByTestId('list-controls-alert').textContent()).toBe('Je hebt op deze notitie geen stip om weg te halen.')
    expect(await vote.getByTestId('note-vote-refused').textContent()).toBe('Je hebt op deze notitie geen stip om weg te halen.')

    // The note marked as action with owner, date and status: the other canvas has each.
    const toggle = `[data-testid="note-action"][data-note-id="${noteId}"] [data-testid="note-action-toggle"]`
    await tabTo(anna, toggle)
    await anna.keyboard.press('Space')
    await anna.locator(`${toggle}[aria-pressed="true"]`).waitFor({ timeout: 5_000 })
    await expect.poll(() => actionOn(bram, noteId), { timeout: 5_000 }).toMatchObject({ marked: true })

    const fields = `[data-testid="note-action"][data-note-id="${noteId}"]`
    await tabTo(anna, `${fields} [data-testid="note-action-owner"]`)
    await anna.keyboard.type('Piet')
    await anna.keyboard.press('Tab') // leaving the field saves it, as in the actions panel
    await expect.poll(() => actionOn(bram, noteId), { timeout: 5_000 }).toMatchObject({ marked: true, owner: 'Piet' })

    expect(await anna.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('note-action-due')
    await anna.keyboard.type('01-12-2026')
    await anna.keyboard.press('Enter')
    await expect.poll(() => actionOn(bram, noteId), { timeout: 5_000 }).toMatchObject({ owner: 'Piet', due: '2026-12-01' })

    await tabTo(anna, `${fields} [data-testid="note-action-status-select"]`)
    await anna.keyboard.press('ArrowDown') // open → bezig
    await expect.poll(() => actionOn(bram, noteId), { timeout: 5_000 }).toMatchObject({ owner: 'Piet', due: '2026-12-01', status: 'doing' })
    // What the server reads: the same action, for the exports and the actieoverzicht.
    await eventually(async () => {
      const { actions } = await api<{ actions: Array<{ noteId: string; owner: string | null; due: string | null; status: string }> }>(
        w.server.url,
        `/api/sessions/${session.id}/actions`,
        session.facilitator,
      )
      expect(actions.find((a) => a.noteId === noteId)).toMatchObject({ owner: 'Piet', due: '2026-12-01', status: 'doing' })
    })

    // The note's item with its vote and action controls open: no serious WCAG 2.1 A/AA finding.
    const findings = await seriousViolations(anna, { include: `[data-testid="list-item"][data-note-id="${noteId}"]` })
    expect(findings, describeFindings(findings)).toEqual([])
    await screenshot(anna, 'keyboard-list-1366')
    await anna.setViewportSize({ width: 390, height: 844 })
    await anna.locator(fields).scrollIntoViewIfNeeded()
    await screenshot(anna, 'keyboard-list-390')

    // Back to the canvas without a reload, focus on the toggle; Back returns to the list.
    await anna.setViewportSize(DESKTOP) // a phone-sized window would go back to the phone page
    await anna.evaluate(() => ((window as unknown as { __sameLoad: boolean }).__sameLoad = true))
    await tabTo(anna, '[data-testid="list-leave"]', { back: true, max: 120 })
    await anna.keyboard.press('Enter')
    await anna.locator('[data-testid="list-view-toggle"]:focus').waitFor({ timeout: 15_000 })
    await anna.goBack()
    await anna.locator('[data-testid="list-view"] h1:focus').waitFor()
    expect(await anna.evaluate(() => (window as unknown as { __sameLoad?: boolean }).__sameLoad)).toBe(true)
  }, 150_000)
})
