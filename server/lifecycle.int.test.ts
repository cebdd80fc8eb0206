// Integration: the data lifecycle against the real server. Deleting a session removes every file and
// makes every token of it unknown (API, pages, /sync, /j/), closing live clients with 4410; retention
// deletes old sessions at start and while running (never one with clients); a backup from one server
// imports into another as a new session with the same board, and bad files create nothing.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { upgradeCode } from './testing/rawClients.ts'
import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CreatedSession } from '../shared/api/types.ts'
import { BoardDoc } from '../shared/board/index.ts'
import { hashToken } from './storage/sessionRepository.ts'
import { startServerProcess, tempDataDir, type ServerProcess } from './testing/serverProcess.ts'
import { sessionApi } from './testing/sessionApi.ts'
import { connectClient, eventually, whenSynced, type YClient } from './testing/yClient.ts'

const servers: ServerProcess[] = []
const clients: YClient[] = []
// The token pages need a built client to answer with; a stub index.html is enough here.
const clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbord-client-'))
fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Samenbord</title>')

async function start(env: Record<string, string> = {}, dataDir?: string): Promise<ServerProcess> {
  const s = await startServerProcess({ dataDir, env: { CLIENT_DIR: clientDir, ...env } })
  servers.push(s)
  return s
}
function connect(s: ServerProcess, token: string): YClient {
  const client = connectClient(s.wsUrl, token)
  clients.push(client)
  return client
}
const sessionFiles = (s: ServerProcess, id: string) => fs.readdirSync(path.join(s.dataDir, 'docs')).filter((name) => name.startsWith(`${id}.`))
const storedIds = (s: ServerProcess) =>
  (JSON.parse(fs.readFileSync(path.join(s.dataDir, 'sessions.json'), 'utf8')) as { sessions: Array<{ id: string }> }).sessions.map((r) => r.id)

/** The status the /sync upgrade answers for a token (101 when it is accepted). */
const upgradeStatus = (s: ServerProcess, token: string): Promise<number> => upgradeCode(`${s.wsUrl}/sync/${token}`)

afterAll(async () => {
  for (const c of clients) c.destroy()
  await Promise.all(servers.map((s) => s.stop()))
})

describe('DELETE /api/sessions/:id', () => {
  let s: ServerProcess
  const api = sessionApi(() => s.url)
  beforeAll(async () => {
    s = await start()
  })

  it('removes the record and every file, closes live clients with 4410, and forgets every token', async () => {
    const session = await api.create(['brainstorm'], 'Marktplein autoluw')
    expect((await api.call(session, 'notes', session.join, { text: 'Meer bankjes' })).status).toBe(201)
    const { joinCode } = (await (await fetch(`${s.url}/api/session`, { headers: { authorization: `Bearer ${session.join}` } })).json()) as { joinCode: string }
    const anna = connect(s, session.join)
    await whenSynced(anna)
    const closed = new Promise<{ code: number }>((resolve) => anna.provider.on('connection-close', (event) => event && resolve(event)))
    // A quarantined copy holds board content too: it must go with the rest.
    fs.writeFileSync(path.join(s.dataDir, 'docs', `${session.id}.log.corrupt-2026-01-01`), 'old')
    expect(sessionFiles(s, session.id).length).toBeGreaterThan(0)

    const del = (token?: string) =>
      fetch(`${s.url}/api/sessions/${session.id}`, { method: 'DELETE', headers: token ? { authorization: `Bearer ${token}` } : {} })
    expect((await del(session.join)).status).toBe(403)
    expect((await del(session.view)).status).toBe(403)
    expect((await del()).status).toBe(401)
    expect(storedIds(s)).toContain(session.id)

    expect((await del(session.facilitator)).status).toBe(204)
    expect((await closed).code).toBe(4410)
    expect(sessionFiles(s, session.id)).toEqual([])
    expect(storedIds(s)).not.toContain(session.id)
    expect(fs.readFileSync(path.join(s.dataDir, 'sessions.json'), 'utf8')).not.toContain(session.join)

    for (const token of [session.join, session.view, session.facilitator]) {
      expect((await fetch(`${s.url}/api/session`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(404)
      expect(await upgradeStatus(s, token)).toBe(404)
    }
    for (const page of [`/s/${session.join}`, `/v/${session.view}`, `/f/${session.facilitator}`, `/j/${joinCode}`]) {
      expect((await fetch(`${s.url}${page}`, { redirect: 'manual' })).status, page).toBe(404)
    }
    expect((await api.call(session, 'areas', session.facilitator)).status).toBe(404)
    expect((await del(session.facilitator)).status).toBe(404)
    // The deletion is logged by id, never with a token.
    const logged = s.logs.filter((line) => line.includes('session deleted'))
    expect(logged.some((line) => line.includes(session.id))).toBe(true)
    expect(s.logs.join('\n')).not.toContain(session.facilitator)
  })

  it('leaves other sessions alone, and their pages are served', async () => {
    const keep = await api.create([], 'Blijft')
    const gone = await api.create([], 'Gaat weg')
    expect((await fetch(`${s.url}/api/sessions/${gone.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${keep.facilitator}` } })).status).toBe(403)
    expect((await fetch(`${s.url}/api/sessions/${gone.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${gone.facilitator}` } })).status).toBe(204)
    expect((await fetch(`${s.url}/s/${keep.join}`)).status).toBe(200)
    expect((await api.call(keep, 'areas', keep.view)).status).toBe(200)
  })
})

describe('retention (RETENTION_DAYS)', () => {
  const DAY = 24 * 60 * 60 * 1000
  const seeded = (id: string, updatedAt: number) => ({
    id,
    title: id,
    joinToken: `join_${id}`.padEnd(21, 'j'),
    viewToken: `view_${id}`.padEnd(21, 'v'),
    facilitatorHash: hashToken(`fac_${id}`.padEnd(21, 'f')),
    createdAt: new Date(updatedAt).toISOString(),
    updatedAt: new Date(updatedAt).toISOString(),
  })

  it('deletes sessions untouched for longer at start, and while running, but never one with clients', async () => {
    const dataDir = tempDataDir()
    const now = Date.now()
    const sessions = [
      seeded('oldSession', now - 40 * DAY),
      seeded('freshSession', now - 2 * DAY),
      // Expire some seconds after the start (room for a slow start on a loaded machine): the periodic
      // sweep must catch them.
      seeded('soonSession', now - 30 * DAY + 10_000),
      seeded('busySession', now - 30 * DAY + 10_000),
    ]
    fs.writeFileSync(path.join(dataDir, 'sessions.json'), JSON.stringify({ version: 1, sessions }))
    fs.mkdirSync(path.join(dataDir, 'docs'))
    for (const id of ['oldSession', 'freshSession']) fs.writeFileSync(path.join(dataDir, 'docs', `${id}.log`), '')

    const s = await start({ RETENTION_DAYS: '30', RETENTION_SWEEP_MS: '1000' }, dataDir)
    expect(storedIds(s)).not.toContain('oldSession')
    expect(sessionFiles(s, 'oldSession')).toEqual([])
    expect(storedIds(s)).toContain('freshSession')
    expect(sessionFiles(s, 'freshSession')).toEqual(['freshSession.log'])
    expect(s.logs.some((line) => line.includes('session deleted') && line.includes('oldSession') && line.includes('retention'))).toBe(true)

    const busy = connect(s, sessions[3]!.joinToken)
    await whenSynced(busy)
    await eventually(() => expect(storedIds(s)).not.toContain('soonSession'), 20_000, 100)
    expect(storedIds(s)).toContain('busySession')
    expect(busy.provider.wsconnected).toBe(true)
    expect(s.logs.join('\n')).not.toContain(sessions[0]!.joinToken)
  })
})

describe('backup and import', () => {
  let a: ServerProcess
  let b: ServerProcess
  const apiA = sessionApi(() => a.url)
  const CREATE = 'the-access-code-for-b'
  const importInto = (s: ServerProcess, body: string, token: string | null = CREATE) =>
    fetch(`${s.url}/api/sessions/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    })
  beforeAll(async () => {
    ;[a, b] = await Promise.all([start(), start({ CREATE_TOKEN: CREATE, MAX_DOC_BYTES: '200000' })])
  })

  async function records(s: ServerProcess, token: string): Promise<unknown[]> {
    const client = connect(s, token)
    await whenSynced(client)
    return BoardDoc.of(client.doc)
      .all()
      .sort((x, y) => x.id.localeCompare(y.id))
  }

  it('moves a board from one server to another as a new session', async () => {
    const session: CreatedSession = await apiA.create(['brainstorm', 'vision'], 'Café-terras Oosterhout')
    expect((await apiA.call(session, 'notes', session.join, { text: 'Terras tot 23 uur' })).status).toBe(201)
    expect((await apiA.call(session, 'backup', session.join)).status).toBe(403)
    expect((await apiA.call(session, 'backup', session.view)).status).toBe(403)

    const res = await apiA.call(session, 'backup', session.facilitator)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="samenbord-cafe-terras-oosterhout-\d{4}-\d{2}-\d{2}\.json"$/)
    const text = await res.text()
    for (const secret of [session.join, session.view, session.facilitator, hashToken(session.facilitator)]) expect(text).not.toContain(secret)
    const backup = JSON.parse(text) as { format: string; version: number; session: { title: string; createdAt: string }; doc: string }
    expect(backup).toMatchObject({ format: 'samenbord-backup', version: 1, session: { title: 'Café-terras Oosterhout' } })

    expect((await importInto(b, text, null)).status).toBe(401)
    const imported = await importInto(b, text)
    expect(imported.status).toBe(201)
    const created = (await imported.json()) as CreatedSession
    expect(created.title).toBe('Café-terras Oosterhout')
    expect(created.id).not.toBe(session.id)
    expect(created.facilitator).not.toBe(session.facilitator)
    const info = (await (await fetch(`${b.url}/api/session`, { headers: { authorization: `Bearer ${created.facilitator}` } })).json()) as {
      role: string
      createdAt: string
    }
    expect(info).toMatchObject({ role: 'facilitator', createdAt: backup.session.createdAt })

    const fromA = await records(a, session.view)
    expect(fromA.length).toBeGreaterThan(5)
    expect(await records(b, created.view)).toEqual(fromA)
  })

  it('refuses files that are not a usable backup, with a message, creating nothing', async () => {
    const before = storedIds(b)
    const docsBefore = fs.readdirSync(path.join(b.dataDir, 'docs')).sort()
    const empty = new Y.Doc()
    const valid = { format: 'samenbord-backup', version: 1, session: { title: 'X', createdAt: new Date().toISOString() } }
    const garbage = Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37 + 11) % 256)).toString('base64')
    const cases: Array<[string, number, RegExp]> = [
      ['{nope', 400, /JSON/],
      [JSON.stringify({ ...valid, format: 'excalidraw', doc: 'AAA=' }), 400, /format/],
      [JSON.stringify({ ...valid, version: 2, doc: 'AAA=' }), 400, /version/],
      [JSON.stringify({ ...valid, doc: 'not base64!' }), 400, /base64/],
      [JSON.stringify({ ...valid, doc: garbage }), 400, /doc:/],
      [JSON.stringify({ ...valid, doc: Buffer.from(Y.encodeStateAsUpdate(empty)).toString('base64') }), 400, /no Samenbord board/],
      [JSON.stringify({ ...valid, session: {}, doc: 'AAA=' }), 400, /title/],
      [JSON.stringify({ ...valid, doc: Buffer.alloc(300_000, 7).toString('base64') }), 413, /larger/],
      [JSON.stringify({ ...valid, doc: Buffer.alloc(400_000, 7).toString('base64') }), 413, /larger/],
    ]
    for (const [body, status, message] of cases) {
      const res = await importInto(b, body)
      expect(res.status, body.slice(0, 80)).toBe(status)
      expect(((await res.json()) as { error: string }).error).toMatch(message)
    }
    expect(storedIds(b)).toEqual(before)
    expect(fs.readdirSync(path.join(b.dataDir, 'docs')).sort()).toEqual(docsBefore)
  })
})
