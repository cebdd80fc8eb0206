// The meeting in Chromium, on an English browser (the dates must not follow it): the facilitator gives
// an organisation with the name, sets time, place and the next meeting in the Bijeenkomst dialog from
// the Begeleiden menu (typed the Dutch way, read back the Dutch way), and makes a note a decision with
// its Besluit toggle. Screenshots: test-results/e2e/meeting-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SessionInfo } from '../shared/api/types.ts'
import { screenshot } from './browser.ts'
import { api as apiAt, board, typeAndSelectNote } from './boardProbe.ts'
import { openMenu } from './facilitation.ts'
import { Workshop, waitForBoard } from './workshop.ts'

const LAPTOP = { width: 1366, height: 768 }
const DECISION = 'Weekmarkt blijft op zaterdag'

const w = new Workshop()
beforeAll(() => w.start())
afterAll(() => w.close())

describe('the meeting', () => {
  // One facilitator's story: the second step works on the board the first one set up.
  it('sets time, place and next meeting in the Bijeenkomst dialog, Dutch-style on an English browser; then makes a note a decision with its Besluit toggle, and unmakes it', async () => {
    const session = await w.session([], 'Werkgroep centrum')
    const fatima = await w.openPage(`${w.server.url}/f/${session.facilitator}`, { viewport: LAPTOP, locale: 'en-US' })
    await fatima.getByTestId('name-input').fill('Fatima')
    await fatima.getByTestId('organisation-input').fill('Gemeente')
    await fatima.getByTestId('name-submit').click()
    await waitForBoard(fatima)
    await fatima.keyboard.press('Escape') // the links panel opens by itself for the facilitator

    await openMenu(fatima)
    await fatima.getByTestId('open-meeting').click()
    const dialog = fatima.getByTestId('meeting-dialog')
    await dialog.waitFor()
    await expect.poll(() => fatima.getByTestId('facilitate-panel').count()).toBe(0)
    await fatima.getByTestId('meeting-startDay').fill('1-12-2026')
    await fatima.getByTestId('meeting-startTime').fill('25:00')
    await fatima.getByTestId('meeting-place').fill('Stadhuis, raadzaal')
    await fatima.getByTestId('meeting-nextDay').fill('12-01-2027')
    await fatima.getByTestId('meeting-save').click()
    // A time that does not exist is refused where it was typed, before anything is sent.
    await expect.poll(() => fatima.getByTestId('meeting-startTime').getAttribute('aria-invalid')).toBe('true')
    await fatima.getByTestId('meeting-startTime').fill('19.30')
    await screenshot(fatima, 'meeting-dialog')
    await fatima.getByTestId('meeting-save').click()
    await dialog.waitFor({ state: 'detached' })

    const info = await apiAt<SessionInfo>(w.server.url, '/api/session', session.join)
    expect(info.meeting).toEqual({ startsAt: '2026-12-01T19:30', place: 'Stadhuis, raadzaal', nextMeeting: { at: '2027-01-12' } })
    // Opened again, it shows what the server holds, the Dutch way.
    await openMenu(fatima)
    await fatima.getByTestId('open-meeting').click()
    await expect.poll(() => fatima.getByTestId('meeting-startDay').inputValue()).toBe('01-12-2026')
    expect(await fatima.getByTestId('meeting-startTime').inputValue()).toBe('19:30')
    expect(await fatima.getByTestId('meeting-nextDay').inputValue()).toBe('12-01-2027')
    await fatima.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })

    // The organisation given with the name is recorded with the participant: the facilitator's list shows it.
    await fatima.getByTestId('participants-toggle').click()
    const row = fatima.getByTestId('participants-panel').locator('.participant-item').filter({ hasText: 'Fatima' })
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain('Gemeente')
    await fatima.keyboard.press('Escape')

    // A note made a decision with its Besluit toggle, and unmade.
    const noteId = await typeAndSelectNote(fatima, DECISION, 200)
    const mark = fatima.locator(`[data-testid="mark-decision"][data-note-id="${noteId}"]`)
    await mark.waitFor()
    expect(await mark.getAttribute('aria-pressed')).toBe('false')
    await mark.click()
    await expect.poll(() => mark.getAttribute('aria-pressed')).toBe('true')
    const marked = () => board(fatima, (editor, id: string) => editor.getShape(id)?.meta?.decision?.marked === true, noteId)
    expect(await marked()).toBe(true)
    await screenshot(fatima, 'meeting-decision')
    await mark.click()
    await expect.poll(marked).toBe(false)
  })
})
