// The phone page as a participant gets it on a 390×844 touch screen: join by the join link, give a name,
// post a note the board shows, vote in a running round, see the timer, all without tldraw's editor ever
// downloaded (Chromium's network log: no script carries it). The person is still in everyone's list of
// who is here. "Naar het volledige bord" then loads the canvas, and its button leads back.
// Screenshots: test-results/e2e/{phone-vote,phone-timer}.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CreatedSession } from '../shared/api/types.ts'
import type { AwarenessState } from '../client/src/collab/types.ts'
import { connectClient, eventually, whenSynced, type YClient } from '../server/testing/yClient.ts'
import { screenshot } from './browser.ts'
import { api, type Outcomes } from './boardProbe.ts'
import { editorScripts, recordNetwork } from './networkLog.ts'
import { Workshop } from './workshop.ts'

const NOTE = 'Speeltuin bij de bibliotheek'

const w = new Workshop()
let session: CreatedSession
let watcher: YClient
beforeAll(async () => {
  await w.start()
  session = await w.session(['brainstorm'], 'Buurtplan Kampen')
  // The room's screen as a plain y-websocket client: what everyone else's board receives.
  watcher = connectClient(w.server.wsUrl, session.view)
  await whenSynced(watcher)
})
afterAll(async () => {
  watcher?.destroy()
  await w.close()
})

async function facilitate(resource: 'vote' | 'timer', body: object): Promise<void> {
  const res = await fetch(`${w.server.url}/api/sessions/${session.id}/${resource}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${session.facilitator}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  expect(res.status, `${resource} ${JSON.stringify(body)}`).toBe(200)
}

describe('the phone page', () => {
  // One story: the full board is opened from the phone page the first part set up.
  it('joins, posts a note the board shows, votes and sees the timer without tldraw’s editor; only the full board loads the canvas (and tldraw), and its button leads back', async () => {
    const context = await w.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'nl-NL' })
    const phone = await context.newPage()
    const log = recordNetwork(phone)
    await phone.goto(`${w.server.url}/s/${session.join}`)
    await phone.getByTestId('name-input').fill('Sanne')
    await phone.getByTestId('name-submit').click()
    await phone.locator('[data-testid="phone-page"] [data-testid="connection-state"][data-state="connected"]').waitFor({ timeout: 15_000 })

    // Listed among who is here, as the canvas lists everyone: with a presence on the board's page, idle (no cursor drawn).
    await eventually(() => {
      const states = [...(watcher.provider.awareness.getStates() as Map<number, AwarenessState>).values()]
      const sanne = states.find((s) => s.user?.name === 'Sanne')
      expect(sanne?.user?.role).toBe('join')
      expect(sanne?.presence).toMatchObject({ typeName: 'instance_presence', userName: 'Sanne', currentPageId: 'page:board', lastActivityTimestamp: 1 })
    })

    await phone.getByTestId('phone-note-input').fill(NOTE)
    await phone.getByTestId('phone-note-add').click()
    await phone.getByTestId('phone-my-note').filter({ hasText: NOTE }).waitFor({ timeout: 5_000 })
    // The board has it, in the question's area (the brainstorm's ideas), as the facilitator's API reads it.
    let noteArea = ''
    await eventually(async () => {
      const outcomes = await api<Outcomes>(w.server.url, `/api/sessions/${session.id}/outcomes`, session.facilitator)
      const area = outcomes.templates.flatMap((t) => t.areas).find((a) => a.items.some((item) => item.text === NOTE))
      expect(area?.kind).toBe('ideas')
      noteArea = area!.id
    })

    await facilitate('vote', { do: 'start', dots: 2, area: noteArea })
    const plus = phone.locator('[data-testid="phone-dot-add"]').first()
    await plus.waitFor({ timeout: 5_000 })
    await plus.click()
    // The server's answer: one of the two dots placed, on our note.
    await phone.locator('[data-testid="dots-left"][data-left="1"]').waitFor({ timeout: 5_000 })
    expect(await phone.getByTestId('phone-vote-item').getAttribute('data-note-id')).toBe(await plus.getAttribute('data-note-id'))
    await screenshot(phone, 'phone-vote')

    await facilitate('timer', { do: 'set', minutes: 5 })
    await facilitate('timer', { do: 'start' })
    await phone.locator('[data-testid="timer-badge"][data-state="running"]').waitFor({ timeout: 5_000 })
    expect(await phone.getByTestId('timer-time').textContent()).toMatch(/^[45]:\d\d$/)
    await screenshot(phone, 'phone-timer')

    await log.settled()
    expect(log.scripts.length).toBeGreaterThan(1)
    expect(editorScripts(log)).toEqual([])

    // Only the full board loads the canvas (and tldraw); its button leads back.
    await phone.getByTestId('phone-full-board').click()
    await phone.locator('.tl-canvas').waitFor({ timeout: 15_000 })
    await log.settled()
    expect(editorScripts(log).length).toBeGreaterThan(0)
    await phone.getByTestId('phone-back').click()
    await phone.locator('[data-testid="phone-vote-list"][data-phase="open"]').waitFor({ timeout: 5_000 })
    expect(await phone.getByTestId('dots-left').getAttribute('data-left')).toBe('1')
  }, 120_000)
})
