// Integration: silent rounds keep notes with their author on the wire too (issue 18, item 4). During a
// round a participant's notes live in their private document: another participant's raw client, the
// view link, /outcomes and /actions see nothing of them (no record, no text) until the reveal merges
// them into the board under the same ids. The private document survives kill -9, only its own identity
// opens it, and notes posted through the API during a round stay private or are refused.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { PARTICIPANT_HEADER, type ParticipantIdentity } from '../shared/api/identity.ts'
import { listAreas } from '../shared/areas/index.ts'
import { BoardDoc, FIRST_PAGE_ID, noteRecord, revealedIds, type BoardRecord } from '../shared/board/index.ts'
import { readControl, type SilentState } from '../shared/facilitation/index.ts'
import type { CreatedSession } from '../shared/api/types.ts'
import { perTestServers } from './testing/perTest.ts'
import { connectPrivateClient, mintIdentity, privateUpgradeStatus } from './testing/privateClient.ts'
import type { ServerProcess } from './testing/serverProcess.ts'
import { sessionApi } from './testing/sessionApi.ts'
import { eventually, whenSynced, type YClient } from './testing/yClient.ts'

const { server, client } = perTestServers()
let current: ServerProcess
const { create, call, json, areas } = sessionApi(() => current.url)
const privateClients: YClient[] = []

function privateClient(token: string, identity: ParticipantIdentity): YClient {
  const c = connectPrivateClient(current.wsUrl, token, identity.secret)
  privateClients.push(c)
  return c
}

async function closePrivateClients(): Promise<void> {
  for (const c of privateClients.splice(0)) c.destroy()
}

/** A note written by a client into `board` (the private document), inside `area`. */
function writeNote(board: BoardDoc, text: string, area: { bounds: { x: number; y: number } }, author: string): BoardRecord {
  const id = `shape:${author}-${Math.random().toString(36).slice(2, 10)}`
  const base = noteRecord({ id, text, x: area.bounds.x + 20, y: area.bounds.y + 60, pageId: FIRST_PAGE_ID, index: 'a9' as never })
  const record = { ...base, meta: { createdBy: author, createdAt: Date.now() } }
  board.apply({ put: [record] })
  return record
}

/** Everything a client or a caller could read of the note: in the document's bytes or in a REST answer. */
function docHolds(doc: Y.Doc, needle: string): boolean {
  return Buffer.from(Y.encodeStateAsUpdate(doc)).includes(Buffer.from(needle, 'utf8'))
}

async function restHolds(session: CreatedSession, needle: string): Promise<boolean> {
  for (const token of [session.join, session.view]) {
    for (const path of ['outcomes', 'actions']) {
      const text = await (await call(session, path, token)).text()
      if (text.includes(needle)) return true
    }
  }
  return false
}

const silentOf = (c: YClient): SilentState => readControl(c.doc).silent

async function startRound(session: CreatedSession, area?: string): Promise<void> {
  await json(call(session, 'silent', session.facilitator, area ? { on: true, area } : { on: true }))
}

async function setup(templates: string[] = ['vision']) {
  const session = await create(templates)
  const actionsArea = (await areas(session)).find((a) => a.kind === 'actions')!.id
  const anna = await mintIdentity(current.url, session.id, session.join)
  const bram = await mintIdentity(current.url, session.id, session.join)
  const view = client(current, session.view)
  const bramBoard = client(current, session.join)
  await Promise.all([whenSynced(view), whenSynced(bramBoard)])
  const area = listAreas(BoardDoc.of(view.doc), 'nl').find((a) => a.id === actionsArea)!
  return { session, actionsArea, area, anna, bram, view, bramBoard }
}

describe('silent round notes on the wire', () => {
  it("keeps a participant's notes from other participants, the view link, /outcomes and /actions until the reveal", async () => {
    current = await server()
    try {
      const { session, actionsArea, area, anna, bram, view, bramBoard } = await setup()
      await startRound(session, actionsArea)
      const annaTab = privateClient(session.join, anna)
      const annaOtherTab = privateClient(session.join, anna)
      const bramPrivate = privateClient(session.join, bram)
      await Promise.all([whenSynced(annaTab), whenSynced(annaOtherTab), whenSynced(bramPrivate)])

      const text = 'Geheim idee van Anna: gevelfonds @Anna'
      const note = writeNote(BoardDoc.of(annaTab.doc), text, area, 'anna-browser')
      // Barrier: the server counted Anna's note into control.silent (it writes the count after storing
      // the note), and her other tab got it: every screen has now been sent whatever it would get.
      await eventually(() => expect(silentOf(view)).toMatchObject({ on: true, notes: 1, people: 1 }))
      await eventually(() => expect(silentOf(bramBoard).notes).toBe(1))
      await eventually(() => expect(BoardDoc.of(annaOtherTab.doc).get(note.id)).toBeDefined())
      // Bram's own private note is counted too; his private document holds his note only.
      const bramNote = writeNote(BoardDoc.of(bramPrivate.doc), 'Idee van Bram', area, 'bram-browser')
      await eventually(() => expect(silentOf(view)).toMatchObject({ notes: 2, people: 2 }))

      for (const c of [view, bramBoard]) {
        expect(BoardDoc.of(c.doc).get(note.id)).toBeUndefined()
        expect(docHolds(c.doc, text)).toBe(false)
        expect(docHolds(c.doc, note.id)).toBe(false)
      }
      expect(
        BoardDoc.of(bramPrivate.doc)
          .all()
          .map((r) => r.id),
      ).toEqual([bramNote.id])
      expect(docHolds(bramPrivate.doc, text)).toBe(false)
      expect(await restHolds(session, text)).toBe(false)
      expect(await restHolds(session, note.id)).toBe(false)

      const revealed = await json<{ silent: SilentState }>(call(session, 'silent', session.facilitator, { on: false }))
      expect(revealed.silent).toMatchObject({ on: false, notes: 2, people: 2 })
      for (const c of [view, bramBoard]) {
        await eventually(() => expect(BoardDoc.of(c.doc).get(note.id)).toMatchObject({ type: 'note', meta: { createdBy: 'anna-browser' } }))
        expect(BoardDoc.of(c.doc).get(bramNote.id)).toBeDefined()
      }
      expect(await restHolds(session, text)).toBe(true)
      const actions = (await json<{ actions: Array<{ noteId: string; owner: string | null }> }>(call(session, 'actions', session.view))).actions
      expect(actions.find((a) => a.noteId === note.id)).toMatchObject({ owner: 'Anna' })
      // The private documents are emptied, saying which ids went to the board.
      await eventually(() => expect(BoardDoc.of(annaTab.doc).size()).toBe(0))
      expect([...revealedIds(annaTab.doc)]).toEqual([note.id])
      await eventually(() => expect(BoardDoc.of(bramPrivate.doc).size()).toBe(0))

      // A new round starts from nothing and reveals its own notes.
      await startRound(session)
      await eventually(() => expect(silentOf(view)).toMatchObject({ on: true, areaId: null, notes: 0, people: 0 }))
      const second = writeNote(BoardDoc.of(annaTab.doc), 'Tweede ronde', area, 'anna-browser')
      await eventually(() => expect(silentOf(view).notes).toBe(1))
      expect(BoardDoc.of(view.doc).get(second.id)).toBeUndefined()
      await json(call(session, 'silent', session.facilitator, { on: false }))
      await eventually(() => expect(BoardDoc.of(view.doc).get(second.id)).toBeDefined())
    } finally {
      await closePrivateClients()
    }
  })

  it("keeps the author's notes through a kill -9 mid-round, and reveals them after the restart", async () => {
    current = await server()
    try {
      const { session, actionsArea, area, anna, view } = await setup()
      await startRound(session, actionsArea)
      const tab = privateClient(session.join, anna)
      await whenSynced(tab)
      const note = writeNote(BoardDoc.of(tab.doc), 'Overleeft de crash', area, 'anna-browser')
      await eventually(() => expect(silentOf(view).notes).toBe(1))
      await closePrivateClients()
      const dataDir = current.dataDir
      await current.kill9()
      current = await server({ dataDir })

      const again = privateClient(session.join, anna)
      await whenSynced(again)
      expect(BoardDoc.of(again.doc).get(note.id)).toMatchObject({ meta: { createdBy: 'anna-browser' } })
      const watcher = client(current, session.view)
      await whenSynced(watcher)
      expect(silentOf(watcher)).toMatchObject({ on: true, notes: 1 })
      expect(BoardDoc.of(watcher.doc).get(note.id)).toBeUndefined()
      await json(call(session, 'silent', session.facilitator, { on: false }))
      await eventually(() => expect(BoardDoc.of(watcher.doc).get(note.id)).toBeDefined())
    } finally {
      await closePrivateClients()
    }
  })

  it('lets each identity open its own private document only, and never the view link', async () => {
    current = await server()
    try {
      const { session, actionsArea, area, anna, bram } = await setup()
      const other = await create([])
      await startRound(session, actionsArea)
      const tab = privateClient(session.join, anna)
      await whenSynced(tab)
      const note = writeNote(BoardDoc.of(tab.doc), 'Alleen voor Anna', area, 'anna-browser')
      // Barrier: Anna's second tab has it, so the server stored it.
      const second = privateClient(session.join, anna)
      await eventually(() => expect(BoardDoc.of(second.doc).get(note.id)).toBeDefined())

      // Bram's secret opens Bram's document: nothing of Anna's.
      const bramTab = privateClient(session.join, bram)
      await whenSynced(bramTab)
      expect(BoardDoc.of(bramTab.doc).size()).toBe(0)
      expect(docHolds(bramTab.doc, 'Alleen voor Anna')).toBe(false)

      expect(await privateUpgradeStatus(current.wsUrl, session.join, anna.secret)).toBe(101)
      expect(await privateUpgradeStatus(current.wsUrl, session.facilitator, anna.secret)).toBe(101)
      expect(await privateUpgradeStatus(current.wsUrl, session.view, anna.secret)).toBe(403)
      expect(await privateUpgradeStatus(current.wsUrl, session.join, 'x'.repeat(32))).toBe(403)
      expect(await privateUpgradeStatus(current.wsUrl, session.join, '')).toBe(403)
      // A secret of one session opens nothing in another.
      expect(await privateUpgradeStatus(current.wsUrl, other.join, anna.secret)).toBe(403)
      expect(await privateUpgradeStatus(current.wsUrl, 'no-such-token-at-all', anna.secret)).toBe(404)
    } finally {
      await closePrivateClients()
    }
  })

  it('closes a private connection that writes anything but notes (4403), and applies none of it', async () => {
    current = await server()
    try {
      const { session, anna } = await setup()
      const tab = privateClient(session.join, anna)
      await whenSynced(tab)
      const closed = new Promise<number>((resolve) => tab.provider.on('connection-close', (event) => resolve(event?.code ?? 0)))
      BoardDoc.of(tab.doc).apply({ put: [{ id: 'shape:g', typeName: 'shape', type: 'geo', parentId: FIRST_PAGE_ID }] })
      expect(await closed).toBe(4403)
      const fresh = privateClient(session.join, anna)
      await whenSynced(fresh)
      expect(BoardDoc.of(fresh.doc).size()).toBe(0)
    } finally {
      await closePrivateClients()
    }
  })

  it("puts notes posted during a round into the caller's private document, and refuses a join link without a participant", async () => {
    current = await server()
    try {
      const { session, actionsArea, anna, view } = await setup()
      const post = (token: string, body: unknown, secret?: string) =>
        fetch(`${current.url}/api/sessions/${session.id}/notes`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(secret === undefined ? {} : { [PARTICIPANT_HEADER]: secret }) },
          body: JSON.stringify(body),
        })
      await startRound(session, actionsArea)
      const refused = await json<{ error: string }>(post(session.join, { text: 'Zonder identiteit', area: actionsArea }), 409)
      expect(refused.error).toMatch(/silent round/)
      expect(refused.error).toContain(PARTICIPANT_HEADER)
      expect((await post(session.join, { text: 'Verkeerd geheim', area: actionsArea }, 'y'.repeat(32))).status).toBe(403)

      const tab = privateClient(session.join, anna)
      await whenSynced(tab)
      const posted = await json<{ id: string; private: boolean }>(post(session.join, { text: 'Via de API', area: actionsArea }, anna.secret), 201)
      expect(posted.private).toBe(true)
      const twice = await json<{ id: string }>(post(session.join, { text: 'Nog een', area: actionsArea }, anna.secret), 201)
      await eventually(() => expect(BoardDoc.of(tab.doc).get(posted.id)).toBeDefined())
      await eventually(() => expect(silentOf(view).notes).toBe(2))
      // Placed clear of each other, though neither is on the board.
      const [a, b] = [BoardDoc.of(tab.doc).get(posted.id)!, BoardDoc.of(tab.doc).get(twice.id)!]
      expect(a.x !== b.x || a.y !== b.y).toBe(true)
      expect(BoardDoc.of(view.doc).get(posted.id)).toBeUndefined()
      expect(await restHolds(session, 'Via de API')).toBe(false)
      // Outside the round's area, and from the facilitator without a participant, notes are public.
      const goals = (await areas(session)).find((x) => x.kind === 'goals')!.id
      expect((await json<{ private: boolean }>(post(session.join, { text: 'Elders', area: goals }), 201)).private).toBe(false)
      expect((await json<{ private: boolean }>(post(session.facilitator, { text: 'Van de begeleider', area: actionsArea }), 201)).private).toBe(false)

      await json(call(session, 'silent', session.facilitator, { on: false }))
      await eventually(() => expect(BoardDoc.of(view.doc).get(posted.id)).toBeDefined())
      expect(await restHolds(session, 'Via de API')).toBe(true)
      // No round: a join link posts as before.
      expect((await json<{ private: boolean }>(post(session.join, { text: 'Na de ronde', area: actionsArea }), 201)).private).toBe(false)
    } finally {
      await closePrivateClients()
    }
  })

  it('removes the private documents with the session', async () => {
    current = await server()
    try {
      const { session, actionsArea, area, anna } = await setup()
      await startRound(session, actionsArea)
      const tab = privateClient(session.join, anna)
      await whenSynced(tab)
      writeNote(BoardDoc.of(tab.doc), 'Weg met de sessie', area, 'anna-browser')
      const closed = new Promise<number>((resolve) => tab.provider.on('connection-close', (event) => resolve(event?.code ?? 0)))
      await eventually(async () => expect((await json<{ silent: SilentState }>(call(session, 'control', session.view))).silent.notes).toBe(1))
      const deleted = await fetch(`${current.url}/api/sessions/${session.id}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${session.facilitator}` },
      })
      expect(deleted.status).toBe(204)
      expect(await closed).toBe(4410)
      const { readdirSync, existsSync } = await import('node:fs')
      expect(existsSync(`${current.dataDir}/silent/${session.id}`)).toBe(false)
      expect(readdirSync(`${current.dataDir}/silent`)).toEqual([])
    } finally {
      await closePrivateClients()
    }
  })
})
