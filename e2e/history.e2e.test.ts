// Nothing lost to one person, in Chromium: a participant selects everything (Ctrl+A), deletes it and
// closes the tab; the facilitator finds it in the Prullenbak under the participant's name and puts it
// all back for everyone, then takes the board back to a moment in Terug in de tijd.
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HistoryPointJson } from '../shared/api/history.ts'
import type { CreatedSession } from '../shared/api/types.ts'
import { BoardDoc, type BoardRecord } from '../shared/board/index.ts'
import { connectClient, whenSynced, type YClient } from '../server/testing/yClient.ts'
import { screenshot } from './browser.ts'
import { api as apiAt, eventually } from './boardProbe.ts'
import { openMenu } from './facilitation.ts'
import { Workshop } from './workshop.ts'

const SHOTS = process.env.HISTORY_SHOTS_DIR
const w = new Workshop()
const api = <T>(p: string, token: string) => apiAt<T>(w.server.url, p, token)
let session: CreatedSession
let watcher: YClient
let fatima: Page

const shapes = (type: string) =>
  BoardDoc.of(watcher.doc)
    .all()
    .filter((r: BoardRecord) => r.typeName === 'shape' && r.type === type)
const clusters = () => shapes('sb-area').filter((r) => (r.props as { kind: string }).kind === 'cluster')
const noteTexts = () => shapes('note').length

async function shot(page: Page, name: string): Promise<void> {
  const file = await screenshot(page, `history-${name}`)
  if (SHOTS) fs.copyFileSync(file, path.join(SHOTS, `${name}.png`))
}

async function post(resource: string, body: unknown): Promise<Response> {
  return fetch(`${w.server.url}/api/sessions/${session.id}/${resource}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${session.facilitator}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
}

const points = async () => (await api<{ points: HistoryPointJson[] }>(`/api/sessions/${session.id}/history`, session.facilitator)).points

beforeAll(async () => {
  // A history point every half second in which something changed, instead of every minute.
  await w.start({ env: { HISTORY_INTERVAL_MS: '500' } })
  session = await w.session(['brainstorm'], 'Stationsplein Zutphen')
  const { areas } = await api<{ areas: Array<{ id: string; kind: string }> }>(`/api/sessions/${session.id}/areas`, session.view)
  const ideas = areas.find((a) => a.kind === 'ideas')!.id
  for (const text of ['Fietsenstalling onder de grond', 'Meer groen op het plein', 'Bankjes in de schaduw', 'Markt op zaterdag']) {
    expect((await post('notes', { text, area: ideas })).status).toBe(201)
  }
  watcher = connectClient(w.server.wsUrl, session.view)
  await whenSynced(watcher)
  await eventually(async () => expect((await points()).at(-1)?.notes).toBe(4), 10_000)
}, 120_000)

afterAll(async () => {
  watcher?.destroy()
  await w.close()
})

describe('nothing lost to one person', () => {
  // One story: going back in time starts from the board the restore left.
  it('Ctrl+A, Delete and a closed tab: the facilitator restores all of it from the Prullenbak; then Terug in de tijd takes the board back to a moment, for everyone', async () => {
    const clustersBefore = clusters().length
    expect(clustersBefore).toBeGreaterThan(0)
    fatima = await w.join(`${w.server.url}/f/${session.facilitator}`, 'Fatima', { viewport: { width: 1366, height: 768 } })
    await fatima.keyboard.press('Escape')
    const bram = await w.join(`${w.server.url}/s/${session.join}`, 'Bram', { viewport: { width: 1280, height: 800 } })
    await bram.locator('.tl-canvas').click({ position: { x: 640, y: 420 } })
    await bram.keyboard.press('Control+a')
    await bram.keyboard.press('Delete')
    await eventually(async () => {
      expect(noteTexts()).toBe(0)
      expect(clusters()).toHaveLength(0)
    })
    await bram.close()

    await openMenu(fatima)
    await fatima.getByTestId('open-trash').click()
    const panel = fatima.getByTestId('trash-panel')
    await panel.waitFor()
    const deletion = panel.getByTestId('trash-deletion').first()
    await expect.poll(() => deletion.textContent()).toContain('Bram')
    await expect.poll(() => deletion.getByTestId('trash-item').count()).toBe(4 + clustersBefore)
    await expect.poll(() => panel.textContent()).toContain('Markt op zaterdag')
    await shot(fatima, 'prullenbak-1366')

    await deletion.getByTestId('trash-restore-deletion').click()
    await eventually(async () => {
      expect(noteTexts()).toBe(4)
      expect(clusters()).toHaveLength(clustersBefore)
    })
    await panel.getByTestId('trash-notice').waitFor()
    await panel.getByTestId('trash-empty').waitFor()
    // The facilitator's own board shows them again too.
    await expect
      .poll(() =>
        fatima.evaluate(
          () =>
            (window as unknown as { __samenbordEditor: { getCurrentPageShapes(): Array<{ type: string }> } }).__samenbordEditor
              .getCurrentPageShapes()
              .filter((s) => s.type === 'note').length,
        ),
      )
      .toBe(4)
    await fatima.getByTestId('history-panel-close').click()
    await panel.waitFor({ state: 'detached' })

    // Terug in de tijd: the board goes back to a moment, for everyone.
    const { areas } = await api<{ areas: Array<{ id: string; kind: string }> }>(`/api/sessions/${session.id}/areas`, session.view)
    expect((await post('notes', { text: 'Na de pauze bedacht', area: areas.find((a) => a.kind === 'ideas')!.id })).status).toBe(201)
    await eventually(async () => expect((await points()).at(-1)?.notes).toBe(5), 10_000)

    await openMenu(fatima)
    await fatima.getByTestId('open-history').click()
    const historyPanel = fatima.getByTestId('history-panel')
    await historyPanel.waitFor()
    // The newest point with four notes: the board after the Prullenbak, before the late note.
    const point = historyPanel.locator('[data-testid="history-point"][data-notes="4"]').first()
    await point.waitFor()
    await point.getByTestId('history-restore').click()
    await point.getByTestId('history-confirm').waitFor()
    await shot(fatima, 'terug-in-de-tijd-1366')
    await point.getByTestId('history-confirm').click()
    await eventually(async () => expect(noteTexts()).toBe(4))
    expect(shapes('note').some((r) => JSON.stringify(r.props).includes('Na de pauze'))).toBe(false)
    await historyPanel.getByTestId('history-notice').waitFor()
    // The late note went to the trash (removed by the restore): nothing lost either way.
    const { items } = await api<{ items: Array<{ text: string; deletedByRole: string }> }>(`/api/sessions/${session.id}/deleted`, session.facilitator)
    expect(items.find((i) => i.text === 'Na de pauze bedacht')).toMatchObject({ deletedByRole: 'facilitator' })
  }, 180_000)
})
