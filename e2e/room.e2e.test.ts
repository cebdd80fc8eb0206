// A workshop of fifty, start to finish, the way a facilitator runs one: the session started from the home
// page on a 1366×768 laptop with the brainstorm and vision methods, the projector at 1920×1080, a phone at
// 390×844, a participant's laptop, and a crowd of stock y-websocket clients announcing their names while
// sixty notes arrive in the brainstorm's ideas. Then a dot vote over the whole brainstorm, notes moved into a
// cluster, an action made and exported, a participant's Ctrl+A + Delete undone from the Prullenbak, the
// board taken back to a history point, and a participant's attempt at a page of their own.
// Measured from the rendered DOM: the top bar's commands, overlapping notes and spilling text, the
// projector's note text. Screenshots of each step: test-results/e2e/room-*.png (copied to ROOM_SHOTS_DIR
// when set, for the README).
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CreatedSession, SessionInfo } from '../shared/api/types.ts'
import { BoardDoc, type BoardRecord } from '../shared/board/index.ts'
import { noteText } from '../shared/board/richText.ts'
import { sessionApi } from '../server/testing/sessionApi.ts'
import { connectClient, eventually, whenSynced, type YClient } from '../server/testing/yClient.ts'
import { board } from './boardProbe.ts'
import { screenshot } from './browser.ts'
import { bringCrowd, postNotes, type Crowd } from './crowd.ts'
import { joinOnPhone, openMenu, PROJECTOR } from './facilitation.ts'
import { hitTest, notesOnScreen, smallestNoteTextPx } from './roomChecks.ts'
import { Workshop, waitForBoard } from './workshop.ts'

const LAPTOP = { width: 1366, height: 768 }
const SMALL_LAPTOP = { width: 1280, height: 720 }
const ONLINE = 50
const NOTES = 60
const SHOTS = process.env.ROOM_SHOTS_DIR

const w = new Workshop()
const api = sessionApi(() => w.server.url)
let crowd: Crowd | undefined
let watcher: YClient | undefined

async function shot(page: Page, name: string): Promise<void> {
  const file = await screenshot(page, `room-${name}`)
  if (SHOTS) fs.copyFileSync(file, path.join(SHOTS, `${name}.png`))
}

const records = (): BoardRecord[] => BoardDoc.of(watcher!.doc).all()
const notes = () => records().filter((r) => r.typeName === 'shape' && r.type === 'note')
const pages = () => records().filter((r) => r.typeName === 'page')

/** Zooms a page's camera onto a shape's bounds (as a person scrolls and zooms to it), then lets it draw. */
async function zoomTo(page: Page, shapeId: string | null): Promise<void> {
  await board(
    page,
    (editor, id: string | null) => {
      const bounds = id ? editor.getShapePageBounds(id) : editor.getCurrentPageBounds()
      editor.zoomToBounds(bounds, { inset: 24, animation: { duration: 0 } })
    },
    shapeId,
  )
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
}

beforeAll(() => w.start({ env: { HISTORY_INTERVAL_MS: '500' } }))
afterAll(async () => {
  crowd?.close()
  watcher?.destroy()
  await w.close()
})

describe('a workshop of fifty, start to finish', () => {
  it('stays usable, readable and recoverable with the whole room on it', async () => {
    // 1. The facilitator starts the session from the home page with two methods.
    const fatima = await w.openPageIn(await w.person({ viewport: LAPTOP }), `${w.server.url}/`)
    await fatima.getByTestId('new-session-title').fill('Winkelstraat Oosterhout – werkavond')
    await fatima.getByTestId('home-template-brainstorm').click()
    await fatima.getByTestId('home-template-vision').click()
    await shot(fatima, '1-home')
    await fatima.getByTestId('new-session-submit').click()
    await fatima.waitForURL(/\/f\/[A-Za-z0-9_-]{21,}$/)
    const facilitatorToken = fatima.url().split('/f/')[1]!
    await fatima.getByTestId('name-input').fill('Fatima (centrummanager)')
    await fatima.getByTestId('name-submit').click()
    await waitForBoard(fatima)
    await fatima.keyboard.press('Escape') // the Delen panel opens by itself the first time
    const info = (await (await fetch(`${w.server.url}/api/session`, { headers: { authorization: `Bearer ${facilitatorToken}` } })).json()) as SessionInfo
    const session: CreatedSession = { id: info.id, title: info.title, join: info.links!.join, view: info.links!.view, facilitator: facilitatorToken }
    const areas = await api.areas(session)
    expect(new Set(areas.map((a) => a.template))).toEqual(new Set(['brainstorm', 'vision']))
    const ideas = areas.find((a) => a.kind === 'ideas')!.id
    const cluster = areas.find((a) => a.kind === 'cluster')!.id
    watcher = connectClient(w.server.wsUrl, session.view)
    await whenSynced(watcher)

    // 2. The room comes in: the projector, a phone, a participant's laptop and a crowd of 47.
    const projector = await w.openPage(`${w.server.url}/v/${session.view}`, { viewport: PROJECTOR })
    await projector.locator('.tl-canvas').waitFor({ timeout: 20_000 })
    const sanne = await joinOnPhone(w, `${w.server.url}/s/${session.join}`, 'Sanne (bewoner)')
    const bram = await w.join(`${w.server.url}/s/${session.join}`, 'Bram (ondernemer)', { viewport: SMALL_LAPTOP })
    crowd = await bringCrowd(w.server.url, session.join, ONLINE - 3)
    for (const page of [fatima, bram]) {
      await expect.poll(() => page.getByTestId('participants-toggle').getAttribute('data-count'), { timeout: 20_000 }).toBe(String(ONLINE))
    }

    // 3. Sixty notes into the ideas: 59 from phones through the notes API (every sixth a long one), one typed on the phone page.
    await postNotes(w.server.url, session.id, session.join, ideas, NOTES - 1)
    await sanne.getByTestId('phone-note-input').fill('Winkeliersvereniging nieuw leven inblazen')
    await sanne.getByTestId('phone-note-add').click()
    await sanne.getByTestId('phone-my-note').filter({ hasText: 'Winkeliersvereniging' }).waitFor({ timeout: 10_000 })
    await eventually(() => expect(notes()).toHaveLength(NOTES), 20_000)
    await expect
      .poll(() => board(fatima, (editor) => editor.getCurrentPageShapes().filter((s: { type: string }) => s.type === 'note').length), { timeout: 20_000 })
      .toBe(NOTES)

    // No two notes overlap and no note's text leaves its note: in the ideas area, and on the whole board.
    await zoomTo(fatima, ideas)
    const inIdeas = await notesOnScreen(fatima)
    expect(inIdeas.notes).toBe(NOTES)
    expect(inIdeas).toMatchObject({ overlappingPairs: 0, textOutside: 0 })
    await shot(fatima, '2-sixty-notes')
    await zoomTo(fatima, null)
    expect(await notesOnScreen(fatima)).toMatchObject({ notes: NOTES, overlappingPairs: 0, textOutside: 0 })
    await shot(sanne, '2-phone')

    // 4. With fifty online, every top-bar command is labelled and is what a click at its centre hits.
    for (const [who, page] of [
      ['facilitator', fatima],
      ['participant', bram],
    ] as const) {
      await page.setViewportSize(SMALL_LAPTOP)
      await page.waitForFunction((width) => window.innerWidth === width, SMALL_LAPTOP.width)
      const hits = await hitTest(page)
      expect(hits.length, who).toBeGreaterThanOrEqual(who === 'facilitator' ? 6 : 4)
      for (const h of hits)
        expect({ who, command: h.command, hit: h.hit, labelled: h.labelled }).toEqual({ who, command: h.command, hit: true, labelled: true })
    }
    await shot(fatima, '3-topbar-1280')
    await fatima.setViewportSize(LAPTOP)

    // 5. The facilitator puts the ideas on the projector: note text at least 24 px there, no cursors of others.
    await openMenu(fatima)
    await fatima.getByTestId('focus-area').selectOption(ideas)
    await fatima.keyboard.press('Escape')
    await expect.poll(async () => (await smallestNoteTextPx(projector)).smallestPx, { timeout: 15_000 }).toBeGreaterThanOrEqual(24)
    // The projector's first part of the area: its title at the top of the screen, and the camera at rest
    // (tldraw's own camera state), not somewhere on the way there.
    await projector.waitForFunction(
      (id) => {
        const editor = (window as any).__samenbordEditor
        const area = editor.getShapePageBounds(id)
        const view = editor.getViewportPageBounds()
        return editor.getCameraState() === 'idle' && area.y >= view.y && area.y < view.y + view.h / 4
      },
      ideas,
      { polling: 'raf', timeout: 20_000 },
    )
    expect((await smallestNoteTextPx(projector)).smallestPx).toBeGreaterThanOrEqual(24)
    expect((await smallestNoteTextPx(projector)).notes).toBeGreaterThan(0)
    expect(await projector.locator('.tl-collaborator-cursor').count()).toBe(0)
    await shot(projector, '4-projector')

    // 6. A dot vote over the whole brainstorm, three dots each, tallies live.
    await openMenu(fatima)
    const wholeBrainstorm = await fatima.locator('[data-testid="vote-area"] option[data-scope="brainstorm"]').first().getAttribute('value')
    await fatima.getByTestId('vote-dots').fill('3')
    await fatima.getByTestId('vote-area').selectOption(wholeBrainstorm!)
    await fatima.getByTestId('vote-tally').selectOption('live')
    await fatima.getByTestId('vote-start').click()
    await fatima.getByTestId('vote-status').waitFor()
    await fatima.keyboard.press('Escape')
    // The phone gives its three dots to the first idea in its list.
    await sanne.getByTestId('phone-vote-list').waitFor({ timeout: 10_000 })
    const favourite = (await sanne.getByTestId('phone-dot-add').first().getAttribute('data-note-id'))!
    for (let i = 0; i < 3; i++) await sanne.locator(`[data-testid="phone-dot-add"][data-note-id="${favourite}"]`).click()
    await expect.poll(() => sanne.getByTestId('dots-left').getAttribute('data-left')).toBe('0')
    const badge = fatima.locator(`[data-testid="dot-badge"][data-note-id="${favourite}"]`)
    await expect.poll(() => badge.getAttribute('data-count'), { timeout: 10_000 }).toBe('3')

    // 7. The facilitator drags the favourite into a cluster: it keeps its dots in a whole-brainstorm vote.
    await zoomTo(fatima, null)
    const [from, to] = await board(fatima, (editor, ids: [string, string]) => ids.map((id) => editor.pageToScreen(editor.getShapePageBounds(id).center)), [
      favourite,
      cluster,
    ] as [string, string])
    await fatima.mouse.move(from!.x, from!.y)
    await fatima.mouse.down()
    await fatima.mouse.move(to!.x, to!.y, { steps: 12 })
    await fatima.mouse.up()
    await eventually(async () => {
      const outcomes = await api.json<{ templates: Array<{ areas: Array<{ id: string; items: Array<{ id: string; votes?: number }> }> }> }>(
        api.call(session, 'outcomes', session.facilitator),
      )
      const inCluster = outcomes.templates.flatMap((t) => t.areas).find((a) => a.id === cluster)!
      expect(inCluster.items.find((item) => item.id === favourite)?.votes).toBe(3)
    }, 10_000)
    await expect.poll(() => badge.getAttribute('data-count')).toBe('3')
    await shot(fatima, '5-vote-cluster')
    await openMenu(fatima)
    await fatima.getByTestId('vote-close').click()
    await fatima.keyboard.press('Escape')

    // 8. The favourite becomes an action with one click, and the action plan is exported.
    const mark = fatima.locator(`[data-testid="mark-action"][data-note-id="${favourite}"]`)
    await zoomTo(fatima, cluster)
    await board(fatima, (editor, id: string) => void editor.select(id), favourite)
    await mark.click()
    await expect.poll(() => mark.getAttribute('aria-pressed')).toBe('true')
    await expect.poll(() => fatima.getByTestId('actions-toggle').getAttribute('data-count')).toBe('1')
    await fatima.getByTestId('export-menu').click()
    const [download] = await Promise.all([fatima.waitForEvent('download', { timeout: 20_000 }), fatima.getByTestId('export-md').click()])
    const plan = fs.readFileSync((await download.path())!, 'utf8')
    expect(plan).toContain(noteText(notes().find((n) => n.id === favourite)!))
    await fatima.keyboard.press('Escape')

    // 9. A participant selects everything, deletes it and closes the tab; the Prullenbak brings it all back.
    const before = notes().length
    await bram.setViewportSize(SMALL_LAPTOP)
    await bram.locator('.tl-canvas').click({ position: { x: 640, y: 400 } })
    await bram.keyboard.press('Control+a')
    await bram.keyboard.press('Delete')
    await eventually(() => expect(notes()).toHaveLength(0), 10_000)
    await bram.close()
    await openMenu(fatima)
    await fatima.getByTestId('open-trash').click()
    const trash = fatima.getByTestId('trash-panel')
    const deletion = trash.getByTestId('trash-deletion').first()
    await expect.poll(() => deletion.textContent(), { timeout: 10_000 }).toContain('Bram')
    await shot(fatima, '6-prullenbak')
    await deletion.getByTestId('trash-restore-deletion').click()
    await eventually(() => expect(notes()).toHaveLength(before), 10_000)
    await fatima.getByTestId('history-panel-close').click()

    // 10. Terug in de tijd: a late note, then the board back to the point before it.
    expect((await api.call(session, 'notes', session.join, { text: 'Na de pauze bedacht', area: ideas })).status).toBe(201)
    await eventually(async () => {
      const { points } = await api.json<{ points: Array<{ at: string; notes: number }> }>(api.call(session, 'history', session.facilitator))
      expect(points.at(-1)?.notes).toBe(before + 1)
    }, 10_000)
    await openMenu(fatima)
    await fatima.getByTestId('open-history').click()
    const point = fatima.getByTestId('history-panel').locator(`[data-testid="history-point"][data-notes="${before}"]`).first()
    await point.getByTestId('history-restore').click()
    await point.getByTestId('history-confirm').click()
    await eventually(() => expect(notes().some((n) => JSON.stringify(n.props).includes('Na de pauze'))).toBe(false), 10_000)
    expect(notes()).toHaveLength(before)
    await shot(fatima, '7-terug-in-de-tijd')
    await fatima.getByTestId('history-panel-close').click()

    // 11. A participant tries to make a page of their own: the server keeps one page per session.
    const eva = await w.join(`${w.server.url}/s/${session.join}`, 'Eva (gemeente)', { viewport: SMALL_LAPTOP })
    expect(await eva.getByTestId('page-menu.button').count()).toBe(0)
    await board(eva, (editor) => void editor.createPage({ name: 'Mijn eigen pagina' }))
    // A barrier: Eva's new name, sent on the same socket after the page, reaches the watcher only after the
    // server handled the page; a client that connects after that gets the server's board as it is.
    await board(eva, (editor) => void editor.user.updateUserPreferences({ name: 'Eva B. (gemeente)' }))
    await eventually(() => {
      const names = [...watcher!.provider.awareness.getStates().values()].map((s) => (s as { user?: { name?: string } }).user?.name)
      expect(names).toContain('Eva B. (gemeente)')
    }, 10_000)
    const late = connectClient(w.server.wsUrl, session.view)
    await whenSynced(late)
    expect(
      BoardDoc.of(late.doc)
        .all()
        .filter((r) => r.typeName === 'page'),
    ).toHaveLength(1)
    late.destroy()
    expect(pages()).toHaveLength(1)
  }, 300_000)
})
