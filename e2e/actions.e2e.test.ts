// The live action list in Chromium: the facilitator types an action into the vision's Acties column,
// a participant sees it in the action panel with owner and date read from the text and sets it to
// "Bezig"; the facilitator's panel and the API follow. A note elsewhere becomes an action with one click
// on its "Actie" toggle and stops being one the same way. The facilitator downloads the action plan in
// every format and the board as PNG and SVG. Screenshots: test-results/e2e/actions-*.png.
import { mkdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Action } from '../shared/actions/types.ts'
import { ARTIFACTS, screenshot } from './browser.ts'
import { api as apiAt, areaPoint, board, cameraSettled, eventually, showInstance, typeAndSelectNote } from './boardProbe.ts'
import { Workshop, typeNote, waitForBoard } from './workshop.ts'

const PROJECTOR = { width: 1920, height: 1080 }
const LAPTOP = { width: 1280, height: 800 }
const PHONE = { width: 390, height: 844 }
const ACTION_TEXT = 'Gevelfonds opzetten @Anna vóór 1 maart'
const MARKED_TEXT = 'Bewoners uitnodigen @"Jan de Vries" 15/12'

const w = new Workshop()
const api = <T>(path: string, token: string) => apiAt<T>(w.server.url, path, token)
beforeAll(() => w.start())
afterAll(() => w.close())

function row(page: Page, text: string) {
  return page.getByTestId('action-row').filter({ hasText: text })
}

async function openPanel(page: Page): Promise<void> {
  const toggle = page.getByTestId('actions-toggle')
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
  await page.getByTestId('actions-panel').waitFor()
}

/** Moves the camera to empty board to the right of everything, so a note typed there is in no area. */
async function goToEmptySpace(page: Page): Promise<void> {
  await board(page, (editor) => {
    const bounds = editor.getCurrentPageBounds()
    editor.centerOnPoint({ x: bounds.maxX + 1200, y: bounds.midY })
  })
}

describe('the live action list', () => {
  // One story: each step works on the actions the steps before made, and the last ends the session.
  it('a working group’s action list: typed, changed, marked with one click, filtered, exported, read-only for viewers, on screen, then moved by backup and deleted', async () => {
    const session = await w.session(['vision'], 'Werkgroep centrum')
    const fatima = await w.join(`${w.server.url}/f/${session.facilitator}`, 'Fatima (begeleider)', { viewport: PROJECTOR })
    await fatima.keyboard.press('Escape') // the links panel opens by itself for the facilitator
    const bram = await w.join(`${w.server.url}/s/${session.join}`, 'Bram', { viewport: LAPTOP })

    const vision = await board(
      fatima,
      (editor) => editor.getCurrentPageShapes().find((s: any) => s.type === 'sb-area' && s.props.template === 'vision').props.instance as string,
    )
    await showInstance(fatima, vision)
    await cameraSettled(fatima)
    // Nobody has an action yet: the panel explains how to make one.
    await openPanel(bram)
    await bram.getByTestId('actions-empty').waitFor()
    await expect.poll(() => bram.getByTestId('actions-toggle').getAttribute('data-count')).toBe('0')

    await typeNote(fatima, ACTION_TEXT, await areaPoint(fatima, vision, 'actions', 0.5, 0.35))

    const action = row(bram, 'Gevelfonds opzetten')
    await action.waitFor({ timeout: 10_000 })
    await expect.poll(() => bram.getByTestId('actions-toggle').getAttribute('data-count')).toBe('1')
    expect(await action.getByTestId('action-owner').inputValue()).toBe('Anna')
    // The date in the app's language (day-month-year), whatever the browser's locale.
    expect(await action.getByTestId('action-due').inputValue()).toMatch(/^01-03-\d{4}$/)
    expect(await action.getByTestId('action-due').getAttribute('data-value')).toMatch(/^\d{4}-03-01$/)
    expect(await action.getAttribute('data-status')).toBe('open')
    // The quick syntax is gone from the text shown in the list.
    expect(await action.locator('.action-text-body').textContent()).toBe('Gevelfonds opzetten')

    // The status changed on one page shows on the other and in the API.
    await row(bram, 'Gevelfonds opzetten').getByTestId('action-status').selectOption('doing')
    await expect.poll(() => row(bram, 'Gevelfonds opzetten').getAttribute('data-status')).toBe('doing')

    await openPanel(fatima)
    const there = row(fatima, 'Gevelfonds opzetten')
    await expect.poll(() => there.getAttribute('data-status'), { timeout: 10_000 }).toBe('doing')
    expect(await there.getByTestId('action-status').inputValue()).toBe('doing')
    expect(await there.getByTestId('action-status').locator('option:checked').textContent()).toBe('Bezig')

    await eventually(async () => {
      const { actions } = await api<{ actions: Action[] }>(`/api/sessions/${session.id}/actions`, session.join)
      const found = actions.find((a) => a.text === 'Gevelfonds opzetten')
      expect(found).toMatchObject({ owner: 'Anna', status: 'doing' })
      expect(found?.due).toMatch(/^\d{4}-03-01$/)
    })

    // A date set by hand wins over the text, for everyone; an overdue one stands out.
    const fatimaDue = row(fatima, 'Gevelfonds opzetten').getByTestId('action-due')
    await fatimaDue.fill('31-01-2020')
    await fatimaDue.press('Enter')
    await expect.poll(() => row(bram, 'Gevelfonds opzetten').getAttribute('data-overdue'), { timeout: 10_000 }).toBe('true')
    expect(await row(bram, 'Gevelfonds opzetten').getByTestId('action-due').inputValue()).toBe('31-01-2020')
    // Nonsense is refused with a reason and never saved; a phrase as on a note is shown before it is saved.
    const bramRow = row(bram, 'Gevelfonds opzetten')
    const bramDue = bramRow.getByTestId('action-due')
    await bramDue.fill('morgen ofzo')
    await bramDue.press('Enter')
    await expect.poll(() => bramDue.getAttribute('aria-invalid')).toBe('true')
    expect(await bramRow.getByTestId('action-due-message').textContent()).toMatch(/Geen datum herkend/)
    expect(await bramDue.getAttribute('data-value')).toBe('2020-01-31')
    await bramDue.fill('vrijdag')
    await expect.poll(() => bramRow.getByTestId('action-due-message').textContent()).toMatch(/^Wordt: vrijdag \d{1,2} \w{3} \d{4}$/)
    await bramDue.press('Enter')
    await expect.poll(() => row(fatima, 'Gevelfonds opzetten').getAttribute('data-overdue'), { timeout: 10_000 }).toBe('false')
    expect(await bramDue.inputValue()).toMatch(/^\d{2}-\d{2}-\d{4}$/)

    // A note outside the actions area made an action with one click, and unmade the same way.
    await goToEmptySpace(fatima)
    // Back from the panel's date field to the board, the way a person does: a click on the canvas.
    const noteId = await typeAndSelectNote(fatima, MARKED_TEXT, 300)
    const mark = fatima.locator(`[data-testid="mark-action"][data-note-id="${noteId}"]`)
    await mark.waitFor()
    expect(await mark.getAttribute('aria-pressed')).toBe('false')
    expect(await row(bram, 'Bewoners uitnodigen').count()).toBe(0)

    await mark.click()
    await expect.poll(() => mark.getAttribute('aria-pressed')).toBe('true')
    const marked = row(bram, 'Bewoners uitnodigen')
    await marked.waitFor({ timeout: 10_000 })
    expect(await marked.getByTestId('action-owner').inputValue()).toBe('Jan de Vries')
    expect(await marked.getByTestId('action-due').inputValue()).toMatch(/^15-12-\d{4}$/)
    await expect.poll(() => bram.getByTestId('actions-toggle').getAttribute('data-count')).toBe('2')
    await screenshot(fatima, 'actions-mark')

    await mark.click()
    await expect.poll(() => mark.getAttribute('aria-pressed')).toBe('false')
    await marked.waitFor({ state: 'detached', timeout: 10_000 })
    await expect.poll(() => bram.getByTestId('actions-toggle').getAttribute('data-count')).toBe('1')

    // Marked again for the exports and the screenshots; a click on the row flies to the note.
    await mark.click()
    await marked.waitFor({ timeout: 10_000 })
    await showInstance(bram, vision)
    await marked.locator('.action-text').click()
    await expect.poll(() => board(bram, (editor) => editor.getSelectedShapeIds() as string[])).toEqual([noteId])

    // The list filtered and sorted.
    await bram.getByTestId('actions-filter-owner').selectOption('Anna')
    await expect.poll(() => bram.getByTestId('action-row').count()).toBe(1)
    await bram.getByTestId('actions-filter-owner').selectOption('*')
    await bram.getByTestId('actions-filter-status').selectOption('doing')
    await expect.poll(() => bram.getByTestId('action-row').count()).toBe(1)
    await bram.getByTestId('actions-filter-status').selectOption('*')
    await bram.getByTestId('actions-sort').selectOption('owner')
    const owners = await bram.getByTestId('action-owner').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))
    expect(owners).toEqual(['Anna', 'Jan de Vries'])
    await bram.getByTestId('actions-sort').selectOption('due')

    // The facilitator downloads the action plan in every format and the board as an image.
    const dir = path.join(ARTIFACTS, 'downloads')
    mkdirSync(dir, { recursive: true })
    expect(await bram.getByTestId('export-menu').count()).toBe(0) // facilitator only
    for (const format of ['md', 'csv', 'docx', 'ics', 'json', 'png', 'svg']) {
      await fatima.getByTestId('export-menu').click()
      const [download] = await Promise.all([fatima.waitForEvent('download', { timeout: 20_000 }), fatima.getByTestId(`export-${format}`).click()])
      const name = download.suggestedFilename()
      const prefix = format === 'png' || format === 'svg' ? 'bord' : 'actieplan'
      expect(name, format).toMatch(new RegExp(`^${prefix}-werkgroep-centrum-\\d{4}-\\d{2}-\\d{2}\\.${format}$`))
      const file = path.join(dir, name)
      await download.saveAs(file)
      expect(statSync(file).size, name).toBeGreaterThan(0)
      const head = readFileSync(file).subarray(0, 400)
      if (format === 'docx') expect(head.subarray(0, 2).toString('latin1')).toBe('PK') // a zip, as Word files are
      if (format === 'png') expect(head.subarray(1, 4).toString('latin1')).toBe('PNG')
      if (format === 'svg') {
        expect(head.toString('utf8')).toContain('<svg')
        // The template keeps its look in the image: the Acties column's green fill is inlined.
        expect(readFileSync(file, 'utf8')).toMatch(/background[^;]*rgb\(220, 242, 227\)/)
      }
      if (format === 'md' || format === 'csv' || format === 'json') expect(readFileSync(file, 'utf8')).toContain('Gevelfonds opzetten')
      // The menu closes itself after a download.
      await fatima.getByTestId(`export-${format}`).waitFor({ state: 'hidden' })
    }

    // Viewers see the list read-only, and phones a full-screen sheet.
    const viewer = await w.openPage(`${w.server.url}/v/${session.view}`, { viewport: LAPTOP })
    await viewer.getByTestId('actions-toggle').waitFor()
    await openPanel(viewer)
    await row(viewer, 'Gevelfonds opzetten').waitFor({ timeout: 10_000 })
    expect(await viewer.locator('[data-testid="actions-panel"] input, [data-testid="actions-panel"] [data-testid="action-status"] option').count()).toBe(0)
    expect(await viewer.getByTestId('mark-action').count()).toBe(0)
    expect(await viewer.getByTestId('export-menu').count()).toBe(0)

    const phone = await w.openPage(`${w.server.url}/s/${session.join}`, { viewport: PHONE })
    await phone.getByTestId('name-input').fill('Sanne')
    await phone.getByTestId('name-submit').click()
    // A phone opens on the phone page; the action panel is on the full board.
    await phone.getByTestId('phone-full-board').click()
    await waitForBoard(phone)
    await expect.poll(() => phone.getByTestId('actions-toggle').getAttribute('data-count')).toBe('2')
    await screenshot(phone, 'actions-phone-board')
    await openPanel(phone)
    await row(phone, 'Gevelfonds opzetten').waitFor({ timeout: 10_000 })
    const box = await phone.getByTestId('actions-panel').boundingBox()
    expect(box).toMatchObject({ x: 0, y: 0, width: PHONE.width })
    await screenshot(phone, 'actions-panel-phone')

    // Screenshots of the panel at projector and laptop size.
    await showInstance(fatima, vision)
    await fatima.mouse.click(5, fatima.viewportSize()!.height - 200) // nothing selected
    await fatima.keyboard.press('Escape')
    await cameraSettled(fatima)
    await screenshot(fatima, 'actions-panel-projector')
    await showInstance(bram, vision)
    await cameraSettled(bram)
    await screenshot(bram, 'actions-panel')
    // A long owner shows whole (typed, not saved: Escape puts the saved one back), every status select is as
    // wide as its longest option ("Vervallen") and its arrow.
    const owner = bram.getByTestId('action-owner').first()
    await owner.fill('Fatima El Amrani-Bouzid')
    const cut = await bram.getByTestId('actions-panel').evaluate((panel) => {
      const problems: string[] = []
      for (const input of panel.querySelectorAll<HTMLInputElement>('input[data-testid="action-owner"]'))
        if (input.scrollWidth > input.clientWidth) problems.push(`owner ${input.value}`)
      for (const select of panel.querySelectorAll<HTMLSelectElement>('select[data-testid="action-status"]')) {
        const probe = document.createElement('span')
        probe.style.cssText = `position:absolute;visibility:hidden;white-space:nowrap;font:${getComputedStyle(select).font}`
        document.body.append(probe)
        const widths = [...select.options].map((o) => {
          probe.textContent = o.text
          return probe.getBoundingClientRect().width
        })
        const longest = Math.max(...widths)
        probe.remove()
        if (select.clientWidth < longest + 16) problems.push(`status ${Math.round(select.clientWidth)} < ${Math.round(longest)} + arrow`)
      }
      return problems
    })
    await owner.press('Escape')
    expect(cut).toEqual([])
    expect(w.foreign).toEqual([])
    expect(w.cspViolations).toEqual([])

    // Last, as it ends the session: moved by backup to a new one, then deleted; every screen says so.
    await fatima.getByTestId('export-menu').click()
    const [download] = await Promise.all([fatima.waitForEvent('download', { timeout: 20_000 }), fatima.getByTestId('session-backup').click()])
    expect(download.suggestedFilename()).toMatch(/^samenbord-werkgroep-centrum-\d{4}-\d{2}-\d{2}\.json$/)
    const file = path.join(ARTIFACTS, 'downloads', download.suggestedFilename())
    await download.saveAs(file)

    const home = await w.openPage(`${w.server.url}/`, { viewport: LAPTOP })
    await home.getByTestId('import-session-file').setInputFiles(file)
    await home.waitForURL(/\/f\/[A-Za-z0-9_-]{21,}$/)
    const token = home.url().split('/f/')[1]!
    const copy = await api<{ id: string }>('/api/session', token)
    expect(copy.id).not.toBe(session.id)
    const actions = await api<{ actions: Action[] }>(`/api/sessions/${copy.id}/actions`, token)
    expect(actions.actions.some((a) => a.text.includes('Gevelfonds opzetten'))).toBe(true)

    await fatima.getByTestId('session-delete').click()
    await fatima.getByTestId('session-delete-confirm').waitFor()
    await fatima.getByTestId('session-delete-yes').click()
    await fatima.getByTestId('session-deleted').waitFor({ timeout: 10_000 })
    await bram.getByTestId('session-deleted').waitFor({ timeout: 10_000 })
    expect(await fatima.getByText('Deze sessie is verwijderd').count()).toBe(1)
    const gone = await fetch(`${w.server.url}/api/session`, { headers: { authorization: `Bearer ${session.facilitator}` } })
    expect(gone.status).toBe(404)
  }, 300_000)
})
