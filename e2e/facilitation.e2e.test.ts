// The facilitator's controls over every screen in the room, in Chromium: the facilitator (laptop), a
// participant on a laptop, one on a phone (the phone page) and the projector (the view link). One
// timer for all, started, paused and lengthened from the "Begeleiden" menu; "follow me" bringing the
// participants' and the projector's view to the facilitator's; the board lock, which the participant's
// editor and the server (a raw y-websocket client with the join link) both respect.
import type { IndexKey } from '@tldraw/utils'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BoardDoc, noteRecord } from '../shared/board/index.ts'
import { readControl } from '../shared/facilitation/index.ts'
import { connectClient, whenSynced } from '../server/testing/yClient.ts'
import { api as apiAt, areaPoint, board, eventually, itemsIn, showInstance, type Outcomes } from './boardProbe.ts'
import { barrier, noteSight, openMenu, openRoom, outsideViewOf, setSwitch, viewCenter, type Room } from './facilitation.ts'
import { Workshop, typeNote } from './workshop.ts'

const w = new Workshop()
const api = <T>(path: string, token: string) => apiAt<T>(w.server.url, path, token)
let room: Room
beforeAll(async () => {
  await w.start()
  room = await openRoom(w, 'Marktplein Tiel')
})
afterAll(async () => {
  room?.watcher.destroy()
  await w.close()
})

/** The timer as a page shows it: its look and the seconds left. */
async function timerOn(page: Page): Promise<{ state: string; seconds: number }> {
  const badge = page.getByTestId('timer-badge')
  const [state, text] = await Promise.all([badge.getAttribute('data-state'), badge.getAttribute('data-remaining')])
  const [m, s] = (text ?? '').split(':').map(Number)
  return { state: state ?? '', seconds: m! * 60 + s! }
}

function screens(): Array<[string, Page]> {
  return [
    ['facilitator', room.fatima],
    ['laptop', room.bram],
    ['phone', room.sanne],
    ['projector', room.projector],
  ]
}

describe('the facilitator runs the room', () => {
  it('shows one timer on every screen: started, paused and a minute longer, all within seconds of each other', async () => {
    const { fatima } = room
    for (const [, page] of screens()) expect(await page.getByTestId('timer-badge').count()).toBe(0) // idle: no badge
    await openMenu(fatima)
    await fatima.getByTestId('timer-minutes').fill('2')
    await fatima.getByTestId('timer-start').click()

    for (const [, page] of screens()) await page.locator('[data-testid="timer-badge"][data-state="running"]').waitFor({ timeout: 5_000 })
    const running = await Promise.all(screens().map(([, page]) => timerOn(page)))
    const seconds = running.map((t) => t.seconds)
    expect(Math.max(...seconds) - Math.min(...seconds), JSON.stringify(running)).toBeLessThanOrEqual(2)
    expect(Math.min(...seconds)).toBeGreaterThan(105)
    expect(Math.max(...seconds)).toBeLessThanOrEqual(120)

    await fatima.getByTestId('timer-pause').click()
    for (const [, page] of screens()) await page.locator('[data-testid="timer-badge"][data-state="paused"]').waitFor({ timeout: 5_000 })
    const paused = await Promise.all(screens().map(([, page]) => timerOn(page)))
    // Paused, every screen shows the very same time left, and it stands still.
    expect(new Set(paused.map((t) => t.seconds)).size, JSON.stringify(paused)).toBe(1)
    const left = paused[0]!.seconds
    expect(left).toBeLessThanOrEqual(120)

    await fatima.getByTestId('timer-add-minute').click()
    for (const [name, page] of screens()) {
      await expect.poll(async () => (await timerOn(page)).seconds, { message: name, timeout: 5_000 }).toBe(left + 60)
      expect((await timerOn(page)).state).toBe('paused')
    }

    // Going again, for the rest of the workshop.
    await fatima.getByTestId('timer-start').click()
    for (const [, page] of screens()) await page.locator('[data-testid="timer-badge"][data-state="running"]').waitFor({ timeout: 5_000 })
    expect((await timerOn(room.projector)).seconds).toBeGreaterThan(left + 55)
  })

  it('brings the participants and the projector to the facilitator’s view, and keeps them there when asked', async () => {
    const { fatima, bram, projector } = room
    const near = async (page: Page, target: { x: number; y: number }) => {
      const c = await viewCenter(page)
      return Math.hypot(c.x - target.x, c.y - target.y)
    }
    // Far away from the board, where nobody is looking.
    await board(fatima, (editor) => void editor.centerOnPoint({ x: 9_000, y: -7_000 }))
    const there = await viewCenter(fatima)
    expect(there.x).toBeCloseTo(9_000, -1)
    expect(await near(bram, there)).toBeGreaterThan(5_000)

    await openMenu(fatima)
    await fatima.getByTestId('follow-me').click()
    await expect.poll(() => near(bram, there), { timeout: 5_000 }).toBeLessThan(20)
    // The projector follows the facilitator by itself (an empty stretch of board: it shows the middle of their view).
    await expect.poll(() => near(projector, there), { timeout: 5_000 }).toBeLessThan(20)

    // A one-time jump: once there, the participant is free again and a facilitator move is not followed.
    await expect.poll(() => board(bram, (editor) => editor.getInstanceState().followingUserId), { timeout: 5_000 }).toBeNull()
    await board(fatima, (editor) => void editor.centerOnPoint({ x: 9_000, y: -3_000 }))
    const second = await viewCenter(fatima)
    await expect.poll(() => near(projector, second), { timeout: 5_000 }).toBeLessThan(20)
    expect(await near(bram, second)).toBeGreaterThan(3_000)

    // Keep following: the participant comes along now and with every later move.
    await setSwitch(fatima, 'follow-keep', true)
    await expect.poll(() => near(bram, second), { timeout: 5_000 }).toBeLessThan(20)
    await board(fatima, (editor) => void editor.centerOnPoint({ x: -6_000, y: 5_000 }))
    const third = await viewCenter(fatima)
    await expect.poll(() => near(bram, third), { timeout: 5_000 }).toBeLessThan(20)
    await expect.poll(() => near(projector, third), { timeout: 5_000 }).toBeLessThan(20)

    // Off again: the participant stays where they are when the facilitator moves on.
    await setSwitch(fatima, 'follow-keep', false)
    await expect.poll(() => board(bram, (editor) => editor.getInstanceState().followingUserId), { timeout: 5_000 }).toBeNull()
    await board(fatima, (editor) => void editor.centerOnPoint({ x: 0, y: 0 }))
    // Back on the board (notes in view): the projector shows it, or a readable part of it.
    await expect.poll(() => outsideViewOf(projector, fatima), { timeout: 5_000 }).toBe(0)
    expect(await near(bram, third)).toBeLessThan(20)
  })

  it('locks the board: the participant’s editor is read-only and the server drops a join link’s writes', async () => {
    const { fatima, bram, sanne, projector, session, instance, ideas, watcher } = room
    await showInstance(fatima, instance)
    await showInstance(bram, instance)
    const noteCount = (page: Page) => board(page, (editor) => editor.getCurrentPageShapes().filter((s: any) => s.type === 'note').length)

    await setSwitch(fatima, 'lock-board', true)
    await bram.getByTestId('locked-banner').waitFor({ timeout: 5_000 })
    await projector.getByTestId('projector-locked').waitFor({ timeout: 5_000 })
    await expect.poll(() => board(bram, (editor) => editor.getInstanceState().isReadonly)).toBe(true)
    expect(await sanne.getByTestId('phone-note-input').isDisabled()).toBe(true)

    // The participant tries to write a note: nothing happens.
    const before = await noteCount(bram)
    await typeNote(bram, 'Bram tijdens het slot', await areaPoint(bram, instance, 'ideas', 0.7, 0.8), { editable: false })
    expect(await noteCount(bram)).toBe(before)
    expect(await noteSight(bram, 'Bram tijdens het slot')).toBe('absent')

    // A program with the join link writes a note straight into the board document: the server drops it.
    const intruder = connectClient(w.server.wsUrl, session.join)
    try {
      await whenSynced(intruder)
      expect(readControl(intruder.doc).lock.board).toBe(true)
      const area = BoardDoc.of(intruder.doc).get(ideas)!
      const props = area.props as { w: number; h: number }
      const sneaky = noteRecord({
        id: 'shape:stiekem',
        text: 'Stiekem erbij',
        x: (area.x as number) + props.w - 260,
        y: (area.y as number) + props.h - 260,
        pageId: area.parentId as string,
        index: 'a9' as IndexKey,
      })
      BoardDoc.of(intruder.doc).apply({ put: [sneaky] })
      await barrier(intruder, watcher)

      // The facilitator can still write; everyone sees that note, and it comes after the dropped one.
      await typeNote(fatima, 'Begeleider tijdens het slot', await areaPoint(fatima, instance, 'ideas', 0.3, 0.8))
      await bram.getByTestId('canvas').getByText('Begeleider tijdens het slot').waitFor({ timeout: 5_000 })
      await projector.getByTestId('canvas').getByText('Begeleider tijdens het slot').waitFor({ timeout: 5_000 })
      await eventually(async () => {
        const items = itemsIn(await api<Outcomes>(`/api/sessions/${session.id}/outcomes`, session.view), instance, 'ideas')
        expect(items.map((i) => i.text)).toContain('Begeleider tijdens het slot')
        expect(items.map((i) => i.text)).not.toContain('Stiekem erbij')
      })
      for (const page of [fatima, bram, projector]) {
        expect(await board(page, (editor) => editor.getShape('shape:stiekem') ?? null)).toBeNull()
      }
      expect(BoardDoc.of(watcher.doc).get('shape:stiekem')).toBeUndefined()
    } finally {
      // Its copy still holds the note: it must not send it again once the board is unlocked.
      intruder.destroy()
    }

    // Unlocked: the participant writes again, and the facilitator sees it.
    await setSwitch(fatima, 'lock-board', false)
    await bram.getByTestId('locked-banner').waitFor({ state: 'detached', timeout: 5_000 })
    await projector.getByTestId('projector-locked').waitFor({ state: 'detached', timeout: 5_000 })
    await expect.poll(() => board(bram, (editor) => editor.getInstanceState().isReadonly)).toBe(false)
    expect(await sanne.getByTestId('phone-note-input').isDisabled()).toBe(false)
    await typeNote(bram, 'Bram na het slot', await areaPoint(bram, instance, 'ideas', 0.7, 0.8))
    await fatima.getByTestId('canvas').getByText('Bram na het slot').waitFor({ timeout: 5_000 })
    expect(w.foreign).toEqual([])
    expect(w.cspViolations).toEqual([])
  })
})
