// A workshop room for the facilitation browser tests: the facilitator on a laptop, a participant on a
// laptop, one on a phone (the phone page) and the projector (the view link), on a brainstorm session;
// plus a raw y-websocket watcher that reads the board document as the server holds it.
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import type { CreatedSession } from '../shared/api/types.ts'
import type { ParticipantIdentity } from '../shared/api/identity.ts'
import { connectClient, eventually as eventuallySync, whenSynced, type YClient } from '../server/testing/yClient.ts'
import { api, board } from './boardProbe.ts'
import { type Workshop, waitForBoard } from './workshop.ts'

export const FACILITATOR = { width: 1440, height: 900 }
export const LAPTOP = { width: 1280, height: 800 }
const PHONE = { width: 390, height: 844 }
export const PROJECTOR = { width: 1920, height: 1080 }

export interface Room {
  session: CreatedSession
  fatima: Page
  bram: Page
  /** A participant on a phone: the phone page, no canvas. */
  sanne: Page
  projector: Page
  /** The brainstorm's template instance and its ideas area (shape id). */
  instance: string
  ideas: string
  /** A view-link client in Node: the board document as the server holds it. */
  watcher: YClient
  joinUrl: string
}

export async function openRoom(w: Workshop, title: string): Promise<Room> {
  const session = await w.session(['brainstorm'], title)
  const joinUrl = `${w.server.url}/s/${session.join}`
  const { areas } = await api<{ areas: Array<{ id: string; kind: string; template: string }> }>(w.server.url, `/api/sessions/${session.id}/areas`, session.view)
  const ideas = areas.find((a) => a.template === 'brainstorm' && a.kind === 'ideas')!.id

  const [fatima, bram, sanne, projector] = await Promise.all([
    w.join(`${w.server.url}/f/${session.facilitator}`, 'Fatima (begeleider)', { viewport: FACILITATOR }),
    w.join(joinUrl, 'Bram', { viewport: LAPTOP }),
    joinOnPhone(w, joinUrl, 'Sanne'),
    w.openPage(`${w.server.url}/v/${session.view}`, { viewport: PROJECTOR }),
  ])
  await fatima.keyboard.press('Escape') // the links panel opens by itself for the facilitator
  await waitForBoard(projector)
  await projector.getByTestId('projector-header').waitFor()
  const instance = await board(fatima, (editor, id: string) => editor.getShape(id).props.instance as string, ideas)
  const watcher = connectClient(w.server.wsUrl, session.view)
  await whenSynced(watcher)
  return { session, fatima, bram, sanne, projector, instance, ideas, watcher, joinUrl }
}

/** A join link opened at phone size: the name question, then the phone page (no canvas). */
export async function joinOnPhone(w: Workshop, url: string, name: string): Promise<Page> {
  const page = await w.openPage(url, { viewport: PHONE })
  await page.getByTestId('name-input').fill(name)
  await page.getByTestId('name-submit').click()
  await page.getByTestId('phone-page').waitFor({ timeout: 20_000 })
  await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor({ timeout: 20_000 })
  return page
}

/** Opens the facilitator's "Begeleiden" menu (it closes on Escape and on a click elsewhere). */
export async function openMenu(page: Page): Promise<void> {
  const button = page.getByTestId('facilitate-menu')
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click()
  await page.getByTestId('facilitate-panel').waitFor()
}

export async function closeMenu(page: Page): Promise<void> {
  const button = page.getByTestId('facilitate-menu')
  if ((await button.getAttribute('aria-expanded')) === 'true') await button.click()
  await page.getByTestId('facilitate-panel').waitFor({ state: 'hidden' })
}

/** A switch in the menu, flipped until it says `on`. */
export async function setSwitch(page: Page, testId: string, on: boolean): Promise<void> {
  await openMenu(page)
  const toggle = page.getByTestId(testId)
  if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.click()
  await expect.poll(() => toggle.getAttribute('aria-checked')).toBe(String(on))
}

/** This browser's participant identity in the session (one per browser, shared by its tabs), once it has one. */
export async function participantOf(page: Page, sessionId: string): Promise<ParticipantIdentity | null> {
  const stored = await page.evaluate((key) => window.localStorage.getItem(key), `samenbord.participant.${sessionId}`)
  return stored ? (JSON.parse(stored) as ParticipantIdentity) : null
}

/**
 * How a note (by its text) is on a page's canvas: not there at all, in the store but hidden (silent
 * brainstorm: not rendered, no element), or drawn.
 */
export type NoteSight = 'absent' | 'hidden' | 'shown'
export async function noteSight(page: Page, text: string): Promise<NoteSight> {
  const found = await board(
    page,
    (editor, wanted: string) => {
      const note = editor.getCurrentPageShapes().find((s: any) => s.type === 'note' && editor.getShapeUtil(s).getText(s) === wanted)
      return note ? { id: note.id as string, hidden: editor.isShapeHidden(note) as boolean } : null
    },
    text,
  )
  if (!found) return 'absent'
  // What the editor says, and what is drawn: a hidden shape has no element on the canvas.
  const drawn = await page.locator(`.tl-shape[data-shape-id="${found.id}"]`).count()
  if (found.hidden !== (drawn === 0)) throw new Error(`${text}: editor says hidden=${found.hidden} but ${drawn} element(s) drawn`)
  return found.hidden ? 'hidden' : 'shown'
}

export function noteIdOf(page: Page, text: string): Promise<string> {
  return board(
    page,
    (editor, wanted: string) => editor.getCurrentPageShapes().find((s: any) => s.type === 'note' && editor.getShapeUtil(s).getText(s) === wanted)?.id as string,
    text,
  )
}

/** The centre of what the page's camera shows, in page coordinates. */
export function viewCenter(page: Page): Promise<{ x: number; y: number }> {
  return board(page, (editor) => {
    const b = editor.getViewportPageBounds()
    return { x: b.x + b.w / 2, y: b.y + b.h / 2 }
  })
}

/**
 * How far the centre of what `page` shows lies outside what `leader` sees (0: inside). The projector
 * shows the facilitator's view, or, when its notes would be too small to read, a readable part of it.
 */
export async function outsideViewOf(page: Page, leader: Page): Promise<number> {
  const [c, view] = await Promise.all([
    viewCenter(page),
    board(leader, (editor) => {
      const b = editor.getViewportPageBounds()
      return { x: b.x as number, y: b.y as number, w: b.w as number, h: b.h as number }
    }),
  ])
  const dx = Math.max(view.x - c.x, 0, c.x - (view.x + view.w))
  const dy = Math.max(view.y - c.y, 0, c.y - (view.y + view.h))
  return Math.hypot(dx, dy)
}

/** A note on the phone page: typed into the box and added with the big button. */
export async function addOnPhone(phone: Page, text: string): Promise<void> {
  await phone.getByTestId('phone-note-input').fill(text)
  await phone.getByTestId('phone-note-add').click()
  await phone.getByTestId('phone-my-note').filter({ hasText: text }).waitFor({ timeout: 5_000 })
}

let barrierSeq = 0
/**
 * Waits until the server has handled everything `writer` sent so far: an awareness change sent after
 * it on the same socket comes back to `observer` only after the server processed what went before.
 */
export async function barrier(writer: YClient, observer: YClient): Promise<void> {
  const seq = ++barrierSeq
  writer.provider.awareness.setLocalStateField('barrier', seq)
  await eventuallySync(() => {
    const state = observer.provider.awareness.getStates().get(writer.doc.clientID) as { barrier?: number } | undefined
    expect(state?.barrier).toBe(seq)
  })
}
