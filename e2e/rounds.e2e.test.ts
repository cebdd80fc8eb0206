// The workshop rounds in Chromium, with the facilitator (laptop), a participant on a laptop, one on a
// phone (the phone page) and the projector: a dot vote with two dots each, the budget held across the
// participant's tabs and by the server (each person by their identity), tallies hidden until the
// facilitator reveals them, on the wire too; a silent brainstorm where each participant's new notes stay
// with them (nobody else's screen, nor the view link's document, holds them) until the reveal; a note
// from the phone page live on the projector. Screenshots: test-results/e2e/{projector-facilitation,
// phone-page,facilitator-menu,participant-vote,participant-silent}.png.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { DotAnswer } from '../shared/api/facilitation.ts'
import { PARTICIPANT_HEADER } from '../shared/api/identity.ts'
import { readControl, voteTotal, votesMap } from '../shared/facilitation/index.ts'
import { CLOSED_BANNER_MS } from '../shared/workshop/index.ts'
import { BoardDoc } from '../shared/board/index.ts'
import { connectClient, whenSynced } from '../server/testing/yClient.ts'
import { screenshot } from './browser.ts'
import { api as apiAt, areaPoint, board, eventually, itemsIn, showInstance, type Outcomes } from './boardProbe.ts'
import { addOnPhone, closeMenu, noteIdOf, noteSight, openMenu, openRoom, outsideViewOf, participantOf, type Room } from './facilitation.ts'
import { Workshop, typeNote, waitForBoard } from './workshop.ts'

const IDEAS = ['Meer bankjes op het plein', 'Wekelijkse boerenmarkt', 'Fietsenstalling bij de kerk'] as const

const w = new Workshop()
const api = <T>(path: string, token: string) => apiAt<T>(w.server.url, path, token)
let room: Room
beforeAll(async () => {
  await w.start()
  room = await openRoom(w, 'Stationsgebied Zwolle')
})
afterAll(async () => {
  room?.watcher.destroy()
  await w.close()
})

const dotsLeft = (page: Page) => page.getByTestId('dots-left').getAttribute('data-left')
const badge = (page: Page, noteId: string) => page.locator(`[data-testid="dot-badge"][data-note-id="${noteId}"]`)
/** The dots on a note as a view client receives them: the total, once it may be seen. */
const totalOnWire = (noteId: string) => voteTotal(room.watcher.doc, noteId)
/** POST (with `body`) or GET dots as the participant whose secret is given. */
const dotsAs = (secret: string, body?: object) =>
  fetch(`${w.server.url}/api/sessions/${room.session.id}/dots`, {
    method: body ? 'POST' : 'GET',
    headers: { authorization: `Bearer ${room.session.join}`, [PARTICIPANT_HEADER]: secret, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  })
const mineOf = async (secret: string) => ((await (await dotsAs(secret)).json()) as DotAnswer).mine
const votesIn = async () => {
  const items = itemsIn(await api<Outcomes>(`/api/sessions/${room.session.id}/outcomes`, room.session.view), room.instance, 'ideas')
  return Object.fromEntries(IDEAS.map((text) => [text, (items.find((i) => i.text === text) as { votes?: number } | undefined)?.votes]))
}

// One story on one board: the vote, then its close, reopen and reset, dots where notes overlap, the silent
// brainstorm and a phone note, each step building on what the one before left (the ideas, the dots, the
// notes in view); as separate tests they depended on each other's state.
describe('the workshop rounds', () => {
  it('a dot vote (two dots per person in any tab, totals shown once revealed), closed, reopened and reset; dots on the note a participant sees where notes overlap; a silent brainstorm keeping new notes private until the reveal; a phone note on the projector', {
    timeout: 300_000,
  }, async () => {
    // The three ideas in the vote, in the order of IDEAS.
    let A: string, B: string, C: string

    // takes two dots per person, in any tab, and shows the totals only once the facilitator reveals them
    {
      const { fatima, bram, sanne, projector, session, ideas, instance } = room
      const ids: string[] = []
      for (const text of IDEAS) {
        const res = await fetch(`${w.server.url}/api/sessions/${session.id}/notes`, {
          method: 'POST',
          headers: { authorization: `Bearer ${session.facilitator}`, 'content-type': 'application/json' },
          body: JSON.stringify({ text, area: ideas }),
        })
        expect(res.status).toBe(201)
        ids.push(((await res.json()) as { id: string }).id)
      }
      ;[A, B, C] = ids as [string, string, string]
      await showInstance(fatima, instance)
      await showInstance(bram, instance)
      for (const text of IDEAS) await expect.poll(() => noteSight(bram, text)).toBe('shown')

      // A timer for the room (one click on a preset), then the vote: two dots each, tallies hidden.
      await openMenu(fatima)
      await fatima.getByTestId('timer-preset-10').click()
      await projector.locator('[data-testid="timer-badge"][data-state="running"]').waitFor({ timeout: 5_000 })
      expect(await projector.getByTestId('timer-badge').getAttribute('data-remaining')).toMatch(/^(10:00|9:5\d)$/)
      await fatima.getByTestId('vote-dots').fill('2')
      // Working in a brainstorm, the form starts on the whole brainstorm (ideas and clusters); this round is on "Ideeën" alone.
      expect(await fatima.getByTestId('vote-area').inputValue()).toBe('@brainstorm')
      await fatima.getByTestId('vote-area').selectOption(ideas)
      await fatima.getByTestId('vote-tally').selectOption('hidden')
      await fatima.getByTestId('vote-start').click()
      await fatima.getByTestId('vote-status').waitFor()
      await projector.getByTestId('projector-vote').waitFor({ timeout: 5_000 })
      await expect.poll(() => dotsLeft(bram), { timeout: 5_000 }).toBe('2')
      expect(await bram.getByTestId('dots-left').getAttribute('data-dots')).toBe('2')

      // Two dots from the laptop; the third is refused, with a word why.
      await bram.locator(`[data-testid="dot-target"][data-note-id="${A}"]`).click()
      await expect.poll(() => dotsLeft(bram)).toBe('1')
      await bram.locator(`[data-testid="dot-target"][data-note-id="${B}"]`).click()
      await expect.poll(() => dotsLeft(bram)).toBe('0')
      await bram.locator(`[data-testid="dot-target"][data-note-id="${C}"]`).click()
      await bram.getByTestId('vote-notice').waitFor({ state: 'visible' })
      expect(await dotsLeft(bram)).toBe('0')
      expect(await bram.locator(`[data-testid="my-dots"][data-note-id="${A}"]`).getAttribute('data-count')).toBe('1')
      expect(await bram.locator(`[data-testid="my-dots"][data-note-id="${C}"]`).count()).toBe(0)
      await screenshot(bram, 'participant-vote')
      const voter = (await participantOf(bram, session.id))!
      expect(voter.id).toMatch(/^p_/)

      // The same person in a second tab (same browser, same voter): no dots left there either…
      const tab = await bram.context().newPage()
      try {
        await tab.goto(room.joinUrl)
        await waitForBoard(tab)
        await showInstance(tab, instance)
        await expect.poll(() => dotsLeft(tab), { timeout: 5_000 }).toBe('0')
        expect(await tab.locator(`[data-testid="my-dots"][data-note-id="${B}"]`).getAttribute('data-count')).toBe('1')
        await tab.locator(`[data-testid="dot-target"][data-note-id="${C}"]`).click()
        await tab.getByTestId('vote-notice').waitFor({ state: 'visible' })
      } finally {
        await tab.close()
      }
      // …and the server says no to a dot asked for directly, whatever the page thinks, and to a voter named in the body.
      expect((await dotsAs(voter.secret, { note: C, delta: 1 })).status).toBe(409)
      expect((await dotsAs(voter.secret, { note: C, voter: 'someone-else', delta: 1 })).status).toBe(400)

      // The phone votes from its list: both dots on the first idea.
      await sanne.getByTestId('phone-vote-list').waitFor()
      expect(await dotsLeft(sanne)).toBe('2')
      await sanne.locator(`[data-testid="phone-dot-add"][data-note-id="${A}"]`).click()
      await expect.poll(() => dotsLeft(sanne)).toBe('1')
      await sanne.locator(`[data-testid="phone-dot-add"][data-note-id="${A}"]`).click()
      await expect.poll(() => dotsLeft(sanne)).toBe('0')
      const phoneVoter = (await participantOf(sanne, session.id))!
      expect(phoneVoter.id).not.toBe(voter.id)
      // What the server holds, per person; the phone's dots came after the refused ones, so nothing of those slipped in.
      expect(await mineOf(voter.secret)).toEqual({ [A]: 1, [B]: 1 })
      expect(await mineOf(phoneVoter.secret)).toEqual({ [A]: 2 })
      // On the wire: how many voted, no count per note and nobody's id.
      await eventually(async () => expect(readControl(room.watcher.doc).vote?.voters).toBe(2))
      expect(votesMap(room.watcher.doc).size).toBe(0)
      expect(JSON.stringify(room.watcher.doc.toJSON())).not.toContain(voter.id)
      await openMenu(fatima)
      await expect.poll(() => fatima.getByTestId('vote-voters').getAttribute('data-voters'), { timeout: 5_000 }).toBe('2')
      await expect.poll(() => fatima.getByTestId('vote-voters').getAttribute('data-online'), { timeout: 5_000 }).toBe('2')

      // Hidden tally: everyone sees their own dots, nobody sees totals.
      for (const page of [fatima, bram, projector]) expect(await page.getByTestId('dot-badge').count()).toBe(0)
      expect(await sanne.getByTestId('phone-vote-total').count()).toBe(0)
      expect(await bram.getByTestId('my-dots').count()).toBe(2)
      await openMenu(fatima)
      await screenshot(fatima, 'facilitator-menu')

      await fatima.getByTestId('vote-reveal').click()
      for (const page of [bram, fatima, projector]) {
        await expect.poll(() => badge(page, A).getAttribute('data-count'), { timeout: 5_000 }).toBe('3')
        expect(await badge(page, B).getAttribute('data-count')).toBe('1')
        expect(await badge(page, C).count()).toBe(0)
      }
      await expect
        .poll(() => sanne.getByTestId('phone-vote-total').evaluateAll((els) => els.map((e) => e.getAttribute('data-count'))), { timeout: 5_000 })
        .toEqual(['3', '1', '0'])
      expect(await votesIn()).toEqual({ [IDEAS[0]]: 3, [IDEAS[1]]: 1, [IDEAS[2]]: 0 })
      expect([totalOnWire(A), totalOnWire(B), totalOnWire(C)]).toEqual([3, 1, 0])

      // The room's screen: timer, join card and the revealed vote, where the facilitator is looking.
      await closeMenu(fatima)
      // (Their view, or the readable part of it with the notes: see shared/workshop/projectorView.ts.)
      await expect.poll(() => outsideViewOf(projector, fatima), { timeout: 5_000 }).toBe(0)
      // The phone page has no canvas: its person is here, but no cursor of theirs sits on the board.
      const people = await board(projector, (editor) => ({
        here: editor.getCollaborators().map((c: any) => c.userName as string),
        drawn: editor.getVisibleCollaborators().map((c: any) => c.userName as string),
      }))
      expect(people.here).toEqual(expect.arrayContaining(['Sanne', 'Bram']))
      expect(people.drawn).toContain('Bram')
      expect(people.drawn).not.toContain('Sanne')
      await projector.getByTestId('projector-qr').waitFor()
      expect(await projector.getByTestId('projector-join-link').textContent()).toContain('/j/')
      await screenshot(projector, 'projector-facilitation')
      await screenshot(sanne, 'phone-page')
    }

    // closes the vote (no more dots, the result stays), reopens it, and resets it to no dots at all
    {
      const { fatima, bram, sanne, projector } = room
      await openMenu(fatima)
      await fatima.getByTestId('vote-close').click()
      await bram.getByTestId('dot-target').first().waitFor({ state: 'detached', timeout: 5_000 })
      await expect.poll(() => sanne.getByTestId('phone-vote-list').getAttribute('data-phase'), { timeout: 5_000 }).toBe('closed')
      expect(await sanne.getByTestId('phone-dot-add').count()).toBe(0)
      await projector.getByTestId('projector-vote').waitFor({ state: 'detached', timeout: 5_000 })
      expect(await badge(bram, A).getAttribute('data-count')).toBe('3')
      expect((await dotsAs((await participantOf(sanne, room.session.id))!.secret, { note: A, delta: -1 })).status).toBe(409)
      // The closed round's banner: dismissed on the facilitator's screen, gone by itself on the others'.
      await closeMenu(fatima)
      await fatima.locator('[data-testid="vote-pill"][data-phase="closed"]').waitFor({ timeout: 5_000 })
      await fatima.getByTestId('vote-pill-dismiss').click()
      await fatima.getByTestId('vote-pill').waitFor({ state: 'detached', timeout: 5_000 })
      await bram.getByTestId('vote-pill').waitFor({ state: 'detached', timeout: CLOSED_BANNER_MS + 5_000 })
      expect(await badge(bram, A).getAttribute('data-count')).toBe('3')

      await openMenu(fatima)
      await fatima.getByTestId('vote-reopen').click()
      await bram.getByTestId('dot-target').first().waitFor({ timeout: 5_000 })
      await bram.locator('[data-testid="vote-pill"][data-phase="open"]').waitFor({ timeout: 5_000 })

      await fatima.getByTestId('vote-reset').click()
      await fatima.getByTestId('vote-reset-confirm').click()
      await fatima.getByTestId('vote-form').waitFor({ timeout: 5_000 })
      for (const page of [bram, fatima, projector]) {
        await page.getByTestId('dot-layer').waitFor({ state: 'detached', timeout: 5_000 })
        expect(await page.locator('[data-testid="my-dots"], [data-testid="dot-badge"], [data-testid="dot-target"]').count()).toBe(0)
      }
      await sanne.getByTestId('phone-vote-list').waitFor({ state: 'detached', timeout: 5_000 })
      await eventually(async () => expect(totalOnWire(A)).toBe(0))
      expect(await votesIn()).toEqual({ [IDEAS[0]]: 0, [IDEAS[1]]: 0, [IDEAS[2]]: 0 })
    }

    // puts a dot on the note the participant sees and clicks where notes overlap, not on one hidden under it
    {
      const { fatima, bram, session } = room
      // Two notes of the vote, the first of them drawn over the lower half of the second (an area that
      // filled up): what is on top on the canvas is not what comes last in the vote's list.
      const [under, over] = [B, A]
      // Areas keep their notes apart (shared/layout/), and a note a person drops on another is nudged away
      // by their own page: this overlap comes from a program (a stock y-websocket client on the facilitator's
      // link), as an old board or an import can hold one.
      const spot = await board(
        fatima,
        (editor, ids: { under: string; over: string }) => {
          const base = editor.getShapePageBounds(ids.under)
          const shape = editor.getShape(ids.over)
          return { x: base.x + 20, y: base.y + base.h / 2, index: editor.getHighestIndexForParent(shape.parentId) as string }
        },
        { under, over },
      )
      const writer = connectClient(w.server.wsUrl, session.facilitator)
      await whenSynced(writer)
      const boardDoc = BoardDoc.of(writer.doc)
      const record = boardDoc.get(over)!
      boardDoc.apply({ put: [{ ...record, x: spot.x, y: spot.y, index: spot.index }] })
      const start = await fetch(`${w.server.url}/api/sessions/${session.id}/vote`, {
        method: 'POST',
        headers: { authorization: `Bearer ${session.facilitator}`, 'content-type': 'application/json' },
        // The note drawn on top first in the vote's list, so list order and paint order disagree.
        body: JSON.stringify({ do: 'start', dots: 1, notes: [over, under] }),
      })
      expect(start.status).toBe(200)
      await bram.locator(`[data-testid="dot-target"][data-note-id="${over}"]`).waitFor({ timeout: 5_000 })
      // Where both notes lie, in Bram's view, once the moved note has arrived there.
      await expect
        .poll(
          () =>
            board(
              bram,
              (editor, ids: { under: string; over: string }) => {
                const a = editor.getShapePageBounds(ids.under)
                const b = editor.getShapePageBounds(ids.over)
                return a.y < b.y && b.y < a.maxY
              },
              { under, over },
            ),
          { timeout: 5_000 },
        )
        .toBe(true)
      writer.destroy()
      const point = await board(
        bram,
        (editor, ids: { under: string; over: string }) => {
          const a = editor.getShapePageBounds(ids.under)
          const b = editor.getShapePageBounds(ids.over)
          return editor.pageToScreen({ x: b.x + 40, y: (b.y + a.maxY) / 2 })
        },
        { under, over },
      )
      await bram.mouse.click(point.x, point.y)
      await expect.poll(() => dotsLeft(bram), { timeout: 5_000 }).toBe('0')
      expect(await mineOf((await participantOf(bram, session.id))!.secret)).toEqual({ [over]: 1 })

      const reset = await fetch(`${w.server.url}/api/sessions/${session.id}/vote`, {
        method: 'POST',
        headers: { authorization: `Bearer ${session.facilitator}`, 'content-type': 'application/json' },
        body: JSON.stringify({ do: 'reset' }),
      })
      expect(reset.status).toBe(200)
      await bram.getByTestId('dot-layer').waitFor({ state: 'detached', timeout: 5_000 })
    }

    // keeps each participant’s new notes with them during a silent brainstorm (on the wire too), until the reveal
    {
      const { fatima, bram, sanne, projector, ideas, instance, watcher } = room
      const LAPTOP_NOTE = 'Stil idee van Bram'
      const PHONE_NOTE = 'Stil idee van Sanne'
      await openMenu(fatima)
      await fatima.getByTestId('silent-area').selectOption(ideas)
      await fatima.getByTestId('silent-start').click()
      await bram.getByTestId('silent-banner').waitFor({ timeout: 5_000 })
      await sanne.getByTestId('silent-banner').waitFor({ timeout: 5_000 })

      await showInstance(bram, instance)
      await typeNote(bram, LAPTOP_NOTE, await areaPoint(bram, instance, 'ideas', 0.75, 0.8))
      await addOnPhone(sanne, PHONE_NOTE)

      // The server counts both for the facilitator (its count in control.silent comes after it stored
      // each note, so it is also the barrier for what follows); nobody but the author has either note.
      await expect.poll(() => fatima.getByTestId('silent-banner').getAttribute('data-count'), { timeout: 5_000 }).toBe('2')
      await eventually(async () => expect(readControl(watcher.doc).silent).toMatchObject({ notes: 2, people: 2 }))
      const onWire = Buffer.from(Y.encodeStateAsUpdate(watcher.doc))
      for (const text of [LAPTOP_NOTE, PHONE_NOTE]) expect(onWire.includes(Buffer.from(text))).toBe(false)
      expect(await noteSight(bram, LAPTOP_NOTE)).toBe('shown')
      expect(await noteSight(bram, PHONE_NOTE)).toBe('absent')
      for (const page of [fatima, projector]) {
        for (const text of [LAPTOP_NOTE, PHONE_NOTE]) expect(await noteSight(page, text)).toBe('absent')
      }
      // Notes from before the round stay in view.
      expect(await noteSight(bram, IDEAS[0])).toBe('shown')
      const laptopId = await noteIdOf(bram, LAPTOP_NOTE)
      await screenshot(bram, 'participant-silent')

      // A reload mid-round: the author's note is there again, from their private document.
      await bram.reload()
      await waitForBoard(bram)
      await showInstance(bram, instance)
      expect(await noteSight(bram, LAPTOP_NOTE)).toBe('shown')
      expect(await noteIdOf(bram, LAPTOP_NOTE)).toBe(laptopId)

      // The phone's own canvas, for a look: its note there, the laptop's not.
      await sanne.getByTestId('phone-full-board').click()
      await waitForBoard(sanne)
      await expect.poll(() => noteSight(sanne, PHONE_NOTE), { timeout: 5_000 }).toBe('shown')
      expect(await noteSight(sanne, LAPTOP_NOTE)).toBe('absent')

      await openMenu(fatima)
      await fatima.getByTestId('silent-reveal').click()
      for (const page of [bram, sanne, projector, fatima]) {
        for (const text of [LAPTOP_NOTE, PHONE_NOTE]) await expect.poll(() => noteSight(page, text), { timeout: 5_000 }).toBe('shown')
      }
      // The same note, under the same id, before and after.
      expect(await noteIdOf(bram, LAPTOP_NOTE)).toBe(laptopId)
      expect(await noteIdOf(projector, LAPTOP_NOTE)).toBe(laptopId)
      await bram.getByTestId('silent-banner').waitFor({ state: 'detached' })
      await sanne.getByTestId('phone-back').click()
      await sanne.getByTestId('phone-page').waitFor()
    }

    // puts a note added on the phone page on the projector
    {
      const { fatima, sanne, projector } = room
      const text = 'Vanaf de telefoon: meer groen'
      await addOnPhone(sanne, text)
      await projector.getByTestId('canvas').getByText(text).waitFor({ state: 'attached', timeout: 5_000 })
      // The projector had it first; the facilitator's page may get it a moment later.
      await expect.poll(() => noteSight(projector, text), { timeout: 5_000 }).toBe('shown')
      await expect.poll(() => noteSight(fatima, text), { timeout: 5_000 }).toBe('shown')
      expect(await sanne.getByTestId('phone-my-notes').getAttribute('data-count')).toBe('2')
      expect(await votesIn()).toEqual({ [IDEAS[0]]: 0, [IDEAS[1]]: 0, [IDEAS[2]]: 0 })
      const items = itemsIn(await api<Outcomes>(`/api/sessions/${room.session.id}/outcomes`, room.session.view), room.instance, 'ideas')
      expect(items.map((i) => i.text)).toContain(text)
      expect(w.foreign).toEqual([])
      expect(w.cspViolations).toEqual([])
    }
  })
})
