import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { JSONFile } from 'lowdb/node'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { hashToken } from './sessionRepository.ts'
import { SessionStore } from './sessionStore.ts'

let dir: string
const sessionsFile = () => path.join(dir, 'sessions.json')
const fileText = () => fs.readFileSync(sessionsFile(), 'utf8')

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbord-sessions-'))
})
afterEach(() => {
  vi.restoreAllMocks()
  vi.useRealTimers()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('SessionStore', () => {
  it('starts empty without a file and creates the data dir', async () => {
    const store = await SessionStore.open(path.join(dir, 'nested'))
    expect(await store.list()).toEqual([])
  })

  it('creates a session with distinct long tokens and stores only the facilitator hash', async () => {
    const store = await SessionStore.open(dir)
    const { session, facilitatorToken } = await store.create('Workshop Zuid')
    const tokens = [session.id, session.joinToken, session.viewToken, facilitatorToken]
    expect(new Set(tokens).size).toBe(4)
    for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9_-]{21,}$/)
    expect(session.facilitatorHash).toBe(hashToken(facilitatorToken))
    expect(session.facilitatorHash).toMatch(/^[0-9a-f]{64}$/)
    expect(session.title).toBe('Workshop Zuid')
    expect(new Date(session.createdAt).toISOString()).toBe(session.createdAt)
    expect(session.updatedAt).toBe(session.createdAt)

    // Persisted before create resolved, without the facilitator token itself.
    const text = fileText()
    expect(text).toContain(session.joinToken)
    expect(text).toContain(session.facilitatorHash)
    expect(text).not.toContain(facilitatorToken)
    expect(await store.get(session.id)).toEqual(session)
    expect(await store.list()).toEqual([session])
  })

  it('resolves each role, and nothing for unknown or malformed tokens', async () => {
    const store = await SessionStore.open(dir)
    const { session, facilitatorToken } = await store.create('A')
    await store.create('B')
    expect(await store.resolveToken(session.joinToken)).toEqual({ session, role: 'join' })
    expect(await store.resolveToken(session.viewToken)).toEqual({ session, role: 'view' })
    expect(await store.resolveToken(facilitatorToken)).toEqual({ session, role: 'facilitator' })

    expect(await store.resolveToken('A'.repeat(21))).toBeUndefined()
    expect(await store.resolveToken(session.facilitatorHash)).toBeUndefined() // the hash is not a token
    expect(await store.resolveToken(session.id)).toBeUndefined() // nor is the session id
    for (const bad of ['', 'short', `${session.joinToken}!`, ` ${session.joinToken}`, 'x'.repeat(65)]) {
      expect(await store.resolveToken(bad)).toBeUndefined()
    }
    expect(await store.resolveToken(undefined as unknown as string)).toBeUndefined()
    expect(await store.resolveToken(42 as unknown as string)).toBeUndefined()
  })

  it('does not let callers mutate stored records', async () => {
    const store = await SessionStore.open(dir)
    const { session } = await store.create('A')
    ;(await store.get(session.id))!.title = 'changed'
    ;(await store.list())[0]!.joinToken = 'changed'
    expect(await store.get(session.id)).toEqual(session)
  })

  it('keeps its data across reopening', async () => {
    const store = await SessionStore.open(dir)
    const a = await store.create('A')
    const b = await store.create('B')
    const reopened = await SessionStore.open(dir)
    expect(await reopened.list()).toEqual([a.session, b.session])
    expect(await reopened.resolveToken(b.facilitatorToken)).toEqual({ session: b.session, role: 'facilitator' })
    expect((await reopened.resolveToken(a.session.viewToken))?.session.id).toBe(a.session.id)
  })

  it('rejects a corrupt sessions file, naming it, and leaves it as it was', async () => {
    const store = await SessionStore.open(dir)
    await store.create('A')
    const damaged = fileText().slice(0, -20)
    fs.writeFileSync(sessionsFile(), damaged)
    await expect(SessionStore.open(dir)).rejects.toThrow(sessionsFile())
    await expect(SessionStore.open(dir)).rejects.toThrow(/not valid JSON/)
    expect(fileText()).toBe(damaged)

    const wrongShapes = ['[]', '{"version":1}', '{"version":2,"sessions":[]}', '{"version":1,"sessions":[{"id":1}]}']
    for (const wrongShape of wrongShapes) {
      fs.writeFileSync(sessionsFile(), wrongShape)
      await expect(SessionStore.open(dir)).rejects.toThrow(/unexpected shape/)
      expect(fileText()).toBe(wrongShape)
    }
  })

  it('coalesces touch writes and flush persists them', async () => {
    const store = await SessionStore.open(dir)
    const { session } = await store.create('A')
    const writes = vi.spyOn(JSONFile.prototype, 'write')
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })

    for (let i = 0; i < 100; i++) store.touch(session.id, new Date(Date.UTC(2030, 0, 1, 0, 0, i)))
    const last = '2030-01-01T00:01:39.000Z'
    expect((await store.get(session.id))?.updatedAt).toBe(last)
    await vi.advanceTimersByTimeAsync(999)
    expect(writes).not.toHaveBeenCalled()
    expect(fileText()).not.toContain(last)

    await vi.advanceTimersByTimeAsync(1)
    await store.flush() // waits for the write the timer started
    expect(writes).toHaveBeenCalledTimes(1)
    expect(fileText()).toContain(last)

    // flush writes pending touches right away, without waiting for the timer.
    store.touch(session.id, new Date(Date.UTC(2031, 0, 1)))
    await store.flush()
    expect(writes).toHaveBeenCalledTimes(2)
    expect(JSON.parse(fileText()).sessions[0].updatedAt).toBe('2031-01-01T00:00:00.000Z')
    await store.flush() // nothing pending: no write
    expect(writes).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(5000)
    expect(writes).toHaveBeenCalledTimes(2)
    store.touch('unknown-id')
    await store.flush()
    expect(writes).toHaveBeenCalledTimes(2)
  })

  it('never runs two writes at once', async () => {
    const original = JSONFile.prototype.write
    let active = 0
    let maxActive = 0
    vi.spyOn(JSONFile.prototype, 'write').mockImplementation(async function (this: JSONFile<unknown>, data) {
      active++
      maxActive = Math.max(maxActive, active)
      try {
        // A turn of the event loop inside the write: a second write started meanwhile would overlap it.
        await new Promise((r) => setImmediate(r))
        await original.call(this, data)
      } finally {
        active--
      }
    })
    const store = await SessionStore.open(dir)
    const created = await Promise.all(Array.from({ length: 10 }, (_, i) => store.create(`S${i}`)))
    await Promise.all([store.delete(created[0]!.session.id), store.create('late'), store.flush()])
    expect(maxActive).toBe(1)
    const reopened = await SessionStore.open(dir)
    expect((await reopened.list()).map((s) => s.title)).toEqual([...created.slice(1).map((c) => c.session.title), 'late'])
  })

  it('deletes a session and its tokens', async () => {
    const store = await SessionStore.open(dir)
    const a = await store.create('A')
    const b = await store.create('B')
    await store.delete(a.session.id)
    await store.delete('no-such-id')
    expect(await store.get(a.session.id)).toBeUndefined()
    expect(await store.resolveToken(a.session.joinToken)).toBeUndefined()
    expect(await store.resolveToken(a.facilitatorToken)).toBeUndefined()
    expect(await store.list()).toEqual([b.session])
    expect(await (await SessionStore.open(dir)).list()).toEqual([b.session])
    expect(fileText()).not.toContain(a.session.joinToken)
  })

  it('rolls back a create whose write failed', async () => {
    const store = await SessionStore.open(dir)
    vi.spyOn(JSONFile.prototype, 'write').mockRejectedValueOnce(new Error('disk full'))
    await expect(store.create('A')).rejects.toThrow('disk full')
    expect(await store.list()).toEqual([])
    const ok = await store.create('B')
    expect(await (await SessionStore.open(dir)).list()).toEqual([ok.session])
  })

  it('updates title and meeting details, on disk before it resolves; null clears; a failed write changes nothing', async () => {
    const store = await SessionStore.open(dir)
    const { session } = await store.create('A')
    expect(await store.update('nosuch', { place: 'x' })).toBeUndefined()
    const updated = await store.update(session.id, { title: 'B', startsAt: '2026-12-01T19:30', place: 'Stadhuis', nextMeeting: { at: '2027-01-12' } })
    expect(updated).toMatchObject({ title: 'B', startsAt: '2026-12-01T19:30', place: 'Stadhuis', nextMeeting: { at: '2027-01-12' } })
    expect(await (await SessionStore.open(dir)).get(session.id)).toEqual(updated)
    await store.update(session.id, { place: null, nextMeeting: null })
    const reread = (await (await SessionStore.open(dir)).get(session.id))!
    expect(reread).not.toHaveProperty('place')
    expect(reread).not.toHaveProperty('nextMeeting')
    expect(reread.startsAt).toBe('2026-12-01T19:30')
    vi.spyOn(JSONFile.prototype, 'write').mockRejectedValueOnce(new Error('disk full'))
    await expect(store.update(session.id, { title: 'C', place: 'Elders' })).rejects.toThrow('disk full')
    expect(await store.get(session.id)).toEqual(reread)
    // Tokens still resolve to the same record after the rollback.
    expect((await store.resolveToken(session.joinToken))?.session.title).toBe('B')
  })

  it('opens a file from before meeting details, and refuses details of the wrong type', async () => {
    const store = await SessionStore.open(dir)
    await store.create('A')
    await store.flush()
    const data = JSON.parse(fileText()) as { sessions: Array<Record<string, unknown>> }
    expect(data.sessions[0]).not.toHaveProperty('startsAt')
    expect(await (await SessionStore.open(dir)).list()).toHaveLength(1)
    data.sessions[0]!.nextMeeting = '2027-01-12'
    fs.writeFileSync(sessionsFile(), JSON.stringify(data))
    await expect(SessionStore.open(dir)).rejects.toThrow('sessions[0].nextMeeting is not { at }')
  })

  it('gives every session a short join code, found in any letter case', async () => {
    const store = await SessionStore.open(dir)
    const { session } = await store.create('A')
    expect(session.joinCode).toMatch(/^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{8}$/)
    expect(await store.resolveJoinCode(session.joinCode)).toEqual(session)
    expect(await store.resolveJoinCode(` ${session.joinCode.toLowerCase()} `)).toEqual(session)
    for (const bad of ['', 'ABCDEFGH', `${session.joinCode}A`, 'O0I1O0I1']) expect(await store.resolveJoinCode(bad)).toBeUndefined()
    expect((await (await SessionStore.open(dir)).resolveJoinCode(session.joinCode))?.id).toBe(session.id)
  })

  it('gives older sessions a join code on load and writes it at once, so it survives a restart', async () => {
    const store = await SessionStore.open(dir)
    const { session } = await store.create('Old')
    const { joinCode: _code, ...old } = session
    fs.writeFileSync(sessionsFile(), JSON.stringify({ version: 1, sessions: [old] }))
    const reopened = await SessionStore.open(dir)
    const code = (await reopened.get(session.id))!.joinCode
    expect(code).toMatch(/^[A-Z2-9]{8}$/)
    expect(JSON.parse(fileText()).sessions[0].joinCode).toBe(code)
    expect((await (await SessionStore.open(dir)).get(session.id))!.joinCode).toBe(code)

    fs.writeFileSync(sessionsFile(), JSON.stringify({ version: 1, sessions: [{ ...old, joinCode: 'lower123' }] }))
    await expect(SessionStore.open(dir)).rejects.toThrow(/joinCode/)
  })
})
