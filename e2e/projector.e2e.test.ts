// The projector built for the back row, in Chromium at 1920×1080: an area of 30 notes (posted through the
// notes API) that the facilitator focuses is shown with every note's text at least 24 px (measured from
// the DOM: computed font size times the rendered scale), in parts when it does not fit one screen, every
// note whole on one of them; the QR card has its own margin and covers no note; other people's cursors
// are not drawn (until the toggle shows them); the unset question and the unnamed clusters show no
// placeholder. Following a facilitator who zooms out to the whole board keeps the text readable too.
// Screenshots: test-results/e2e/projector-{focus-1,focus-2,follow-fit}.png.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CreatedSession } from '../shared/api/types.ts'
import { PROJECTOR_MIN_TEXT_PX } from '../shared/workshop/projectorView.ts'
import { screenshot } from './browser.ts'
import { api, board } from './boardProbe.ts'
import { Workshop, waitForBoard } from './workshop.ts'

const PROJECTOR = { width: 1920, height: 1080 }
const w = new Workshop()
let session: CreatedSession
let ideas: string
let fatima: Page
let bram: Page
let projector: Page

async function post(path: string, token: string, body: unknown): Promise<Response> {
  return fetch(`${w.server.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
}

beforeAll(async () => {
  await w.start()
  session = await w.session(['brainstorm', 'vision'], 'Marktstraat 2030')
  const { areas } = await api<{ areas: Array<{ id: string; kind: string; template: string }> }>(w.server.url, `/api/sessions/${session.id}/areas`, session.view)
  ideas = areas.find((a) => a.template === 'brainstorm' && a.kind === 'ideas')!.id
  for (let i = 1; i <= 30; i++) {
    const posted = await post(`/api/sessions/${session.id}/notes`, session.join, { text: `Idee ${i}: meer groen en bankjes in de Marktstraat`, area: ideas })
    expect(posted.status).toBe(201)
  }
  // One after another: three canvases starting at once on a busy machine is slower than in turn.
  fatima = await w.join(`${w.server.url}/f/${session.facilitator}`, 'Fatima (begeleider)', { viewport: { width: 1366, height: 768 } })
  bram = await w.join(`${w.server.url}/s/${session.join}`, 'Bram', { viewport: { width: 1280, height: 800 } })
  projector = await w.openPage(`${w.server.url}/v/${session.view}`, { viewport: PROJECTOR })
  await fatima.keyboard.press('Escape') // the links panel opens by itself for the facilitator
  await waitForBoard(projector)
  await projector.getByTestId('projector-header').waitFor()
}, 120_000)
afterAll(async () => {
  await w.close()
})

interface NoteOnScreen {
  id: string
  /** Rendered size of its text in CSS px: computed font size × the scale it is drawn at. */
  textPx: number
  box: { left: number; top: number; right: number; bottom: number }
  /** Wholly inside the canvas (the part of the screen the camera shows). */
  whole: boolean
  /** At least partly inside the canvas. */
  seen: boolean
}

/** Every note with text on the page, as drawn. */
function notesOnScreen(page: Page): Promise<NoteOnScreen[]> {
  return page.evaluate(() => {
    const canvas = document.querySelector('.board-canvas')!.getBoundingClientRect()
    return [...document.querySelectorAll<HTMLElement>('.tl-shape[data-shape-type="note"]')].flatMap((shape) => {
      const text = shape.querySelector<HTMLElement>('.tl-rich-text')
      if (!text || text.offsetWidth === 0) return []
      const r = shape.getBoundingClientRect()
      const scale = text.getBoundingClientRect().width / text.offsetWidth
      return [
        {
          id: shape.dataset.shapeId ?? '',
          textPx: parseFloat(getComputedStyle(text).fontSize) * scale,
          box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
          whole: r.left >= canvas.left - 1 && r.right <= canvas.right + 1 && r.top >= canvas.top - 1 && r.bottom <= canvas.bottom + 1,
          seen: r.right > canvas.left && r.left < canvas.right && r.bottom > canvas.top && r.top < canvas.bottom,
        },
      ]
    })
  })
}

/** Waits until the projector's camera has stopped moving (its glide takes half a second). */
async function settled(page: Page): Promise<void> {
  let last = ''
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await board(page, (editor) => editor.getCamera()))
        const same = now === last
        last = now
        return same
      },
      { timeout: 10_000, interval: 400 },
    )
    .toBe(true)
}

/** Moves Bram's pointer over the spot in the middle of what the projector shows, so his cursor is live there. */
async function wiggle(page: Page): Promise<void> {
  const spot = await board(projector, (editor) => {
    const b = editor.getViewportPageBounds()
    return { x: b.x + b.w / 2, y: b.y + b.h / 2 }
  })
  const at = await board(
    page,
    (editor, p: { x: number; y: number }) => {
      editor.centerOnPoint(p)
      const s = editor.pageToScreen(p)
      return { x: s.x as number, y: s.y as number }
    },
    spot,
  )
  for (const [dx, dy] of [
    [-30, 10],
    [0, 0],
    [20, -15],
  ])
    await page.mouse.move(at.x + dx!, at.y + dy!)
}

describe('the projector, readable from the back row', () => {
  it('shows the focused area of 30 notes with every note’s text at least 24 px, in parts that together show every note whole', async () => {
    expect((await post(`/api/sessions/${session.id}/focus`, session.facilitator, { area: ideas })).status).toBe(200)
    const seenWhole = new Set<string>()
    let parts = 0
    await expect.poll(async () => (await notesOnScreen(projector)).filter((n) => n.seen).length, { timeout: 10_000 }).toBeGreaterThan(0)
    for (let part = 0; part < 6; part++) {
      await settled(projector)
      const notes = (await notesOnScreen(projector)).filter((n) => n.seen)
      expect(notes.length).toBeGreaterThan(0)
      for (const note of notes) expect(note.textPx, `note ${note.id}`).toBeGreaterThanOrEqual(PROJECTOR_MIN_TEXT_PX)
      for (const note of notes) if (note.whole) seenWhole.add(note.id)
      // A part ends before the notes it would cut: every note it shows is whole (each fits a screen here).
      expect(
        notes.filter((n) => !n.whole).map((n) => n.id),
        `part ${part + 1}`,
      ).toEqual([])
      await screenshot(projector, `projector-focus-${part + 1}`)
      parts++
      const pager = projector.getByTestId('projector-page')
      if ((await pager.count()) === 0) break
      const count = Number(await pager.getAttribute('data-count'))
      if (part + 1 >= count) break
      const index = Number(await pager.getAttribute('data-index'))
      await projector.keyboard.press('PageDown')
      await expect.poll(() => pager.getAttribute('data-index'), { timeout: 5_000 }).toBe(String((index + 1) % count))
    }
    expect(seenWhole.size).toBe(30)
    // 30 notes at 24 px do not fit 1080 pixels of height: the area comes in parts.
    expect(parts).toBeGreaterThan(1)
  })

  it('keeps the QR card in its own margin, clear of every note', async () => {
    const card = await projector.getByTestId('join-card').boundingBox()
    const canvas = await projector.locator('.board-canvas').boundingBox()
    expect(card && canvas).toBeTruthy()
    // The canvas (what the camera shows) ends where the margin begins.
    expect(card!.x).toBeGreaterThanOrEqual(canvas!.x + canvas!.width - 1)
    for (const note of await notesOnScreen(projector)) {
      const overlaps = note.box.left < card!.x + card!.width && note.box.right > card!.x && note.box.top < card!.y + card!.height && note.box.bottom > card!.y
      expect(overlaps, `note ${note.id} under the QR card`).toBe(false)
    }
    // Hidden on demand: the canvas takes the whole width.
    await projector.mouse.move(200, 1000)
    await projector.getByTestId('projector-toggle-join').click()
    await projector.getByTestId('join-card').waitFor({ state: 'detached' })
    expect((await projector.locator('.board-canvas').boundingBox())!.width).toBe(PROJECTOR.width)
    await projector.getByTestId('projector-toggle-join').click()
    await projector.getByTestId('join-card').waitFor()
  })

  it('draws nobody else’s cursor until asked to', async () => {
    await wiggle(bram)
    // The projector knows where Bram's pointer is…
    await expect
      .poll(() => board(projector, (editor) => editor.getCollaborators().some((c: any) => c.userName === 'Bram' && c.cursor)), { timeout: 5_000 })
      .toBe(true)
    // …and draws it only once the toggle asks for cursors (which proves the selector finds a drawn one).
    await projector.mouse.move(200, 1000)
    await projector.getByTestId('projector-toggle-cursors').click()
    await expect
      .poll(
        async () => {
          await wiggle(bram)
          return projector.locator('.tl-collaborator__cursor').count()
        },
        { timeout: 10_000 },
      )
      .toBeGreaterThan(0)
    await projector.getByTestId('projector-toggle-cursors').click()
    await wiggle(bram)
    await expect.poll(() => projector.locator('.tl-collaborator__cursor').count(), { timeout: 5_000 }).toBe(0)
    expect(await board(projector, (editor) => editor.getCollaborators().some((c: any) => c.userName === 'Bram'))).toBe(true)
  })

  it('shows no empty placeholders: not the unset question, not the unnamed clusters’ “double-click”', async () => {
    // The facilitator's own page does show them: they invite the facilitator to type.
    await fatima.locator('.sb-question.is-empty').first().waitFor({ state: 'attached' })
    expect(await fatima.locator('.sb-area-label.is-placeholder').count()).toBeGreaterThan(0)
    expect(await projector.locator('[data-label-role="question"][data-placeholder-hidden]').count()).toBe(1)
    expect(await projector.locator('.sb-question').count()).toBe(0)
    expect(await projector.locator('.sb-area-label.is-placeholder').count()).toBe(0)
    // Typed, the question is there for the room.
    await board(fatima, (editor) => {
      const q = editor.getCurrentPageShapes().find((s: any) => s.type === 'sb-label' && s.props.role === 'question')
      editor.run(() => editor.updateShape({ id: q.id, type: q.type, props: { text: 'Hoe maken we de Marktstraat levendiger?' } }), { ignoreShapeLock: true })
    })
    await projector.locator('.sb-question-text', { hasText: 'Hoe maken we de Marktstraat levendiger?' }).waitFor({ state: 'attached', timeout: 5_000 })
  })

  it('following a facilitator who zooms out to the whole board still shows readable notes', async () => {
    expect((await post(`/api/sessions/${session.id}/focus`, session.facilitator, { area: null })).status).toBe(200)
    await board(fatima, (editor) => void editor.zoomToFit())
    const fit = await board(fatima, (editor) => editor.getZoomLevel() as number)
    // On the facilitator's laptop the notes are far below readable size at this zoom.
    expect(fit * 22).toBeLessThan(PROJECTOR_MIN_TEXT_PX / 2)
    await expect.poll(async () => (await notesOnScreen(projector)).filter((n) => n.whole).length, { timeout: 10_000 }).toBeGreaterThan(5)
    await settled(projector)
    const notes = (await notesOnScreen(projector)).filter((n) => n.seen)
    for (const note of notes) expect(note.textPx, `note ${note.id}`).toBeGreaterThanOrEqual(PROJECTOR_MIN_TEXT_PX)
    await screenshot(projector, 'projector-follow-fit')
  })
})
