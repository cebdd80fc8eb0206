// What every caller of a SessionRepository depends on, run against each backend: the lowdb file
// (sessionStore.contract.test.ts) and PostgreSQL (server/postgres/pgSessionRepository.test.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { hashToken, type SessionRepository } from './sessionRepository.ts'
import type { SessionRecord } from './types.ts'

export interface SessionRepositoryBackend {
  /**
   * A repository on this backend. Called again, it is a second instance on the same data: another
   * process on the same database, or the file store reopened after the first one closed.
   */
  open(): Promise<SessionRepository>
}

const CODE = /^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{8}$/

/** `make` gives an empty backend for each test. */
export function describeSessionRepositoryContract(name: string, make: () => Promise<SessionRepositoryBackend>): void {
  describe(`SessionRepository contract: ${name}`, () => {
    let backend: SessionRepositoryBackend
    const opened: SessionRepository[] = []
    const open = async () => {
      const repo = await backend.open()
      opened.push(repo)
      return repo
    }
    beforeEach(async () => {
      backend = await make()
    })
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((repo) => repo.close()))
    })

    it('creates a session with distinct long tokens, keeps only the facilitator hash, and resolves each role', async () => {
      const repo = await open()
      const { session, facilitatorToken } = await repo.create('Workshop Zuid')
      const other = await repo.create('Ander')
      const tokens = [session.id, session.joinToken, session.viewToken, facilitatorToken]
      expect(new Set(tokens).size).toBe(4)
      for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{21,}$/)
      expect(session).toMatchObject({ title: 'Workshop Zuid', facilitatorHash: hashToken(facilitatorToken) })
      expect(session.joinCode).toMatch(CODE)
      expect(new Date(session.createdAt).toISOString()).toBe(session.createdAt)
      expect(session.updatedAt).toBe(session.createdAt)

      expect(await repo.get(session.id)).toEqual(session)
      expect(await repo.resolveToken(session.joinToken)).toEqual({ session, role: 'join' })
      expect(await repo.resolveToken(session.viewToken)).toEqual({ session, role: 'view' })
      expect(await repo.resolveToken(facilitatorToken)).toEqual({ session, role: 'facilitator' })
      expect((await repo.resolveToken(other.facilitatorToken))?.session.id).toBe(other.session.id)

      expect(await repo.get('no-such-session')).toBeUndefined()
      expect(await repo.resolveToken('A'.repeat(21))).toBeUndefined()
      expect(await repo.resolveToken(session.facilitatorHash)).toBeUndefined() // the hash is not a token
      expect(await repo.resolveToken(session.id)).toBeUndefined() // nor is the session id
      for (const bad of ['', 'short', `${session.joinToken}!`, ` ${session.joinToken}`, 'x'.repeat(65)]) {
        expect(await repo.resolveToken(bad)).toBeUndefined()
      }
      expect(await repo.resolveToken(undefined as unknown as string)).toBeUndefined()
    })

    it('keeps what a follow-up or an import is created with', async () => {
      const repo = await open()
      const createdAt = '2025-03-04T05:06:07.089Z'
      const opts = { createdAt, series: 'series-1', previous: 'previous-1', startsAt: '2026-12-01T19:30', place: 'Stadhuis' }
      const { session } = await repo.create('Vervolg', opts)
      expect(session).toMatchObject({ title: 'Vervolg', ...opts })
      expect(session.updatedAt > createdAt).toBe(true)
      expect(await repo.get(session.id)).toEqual(session)
      const plain = (await repo.create('Los')).session
      for (const field of ['series', 'previous', 'startsAt', 'place', 'nextMeeting']) expect(plain).not.toHaveProperty(field)
    })

    it('finds a session by its join code in any letter case, and nothing for anything else', async () => {
      const repo = await open()
      const { session } = await repo.create('A')
      expect(await repo.resolveJoinCode(session.joinCode)).toEqual(session)
      expect(await repo.resolveJoinCode(` ${session.joinCode.toLowerCase()} `)).toEqual(session)
      for (const bad of ['', 'O0I1O0I1', `${session.joinCode}A`, session.joinCode.slice(1)]) expect(await repo.resolveJoinCode(bad)).toBeUndefined()
      const codes = await Promise.all(Array.from({ length: 30 }, async (_, i) => (await repo.create(`S${i}`)).session.joinCode))
      expect(new Set([session.joinCode, ...codes]).size).toBe(31)
    })

    it('updates the title and meeting details, clears a detail with null, and leaves the rest', async () => {
      const repo = await open()
      const { session, facilitatorToken } = await repo.create('A')
      expect(await repo.update('no-such-session', { place: 'x' })).toBeUndefined()
      const updated = await repo.update(session.id, {
        title: 'B',
        startsAt: '2026-12-01T19:30',
        place: 'Stadhuis',
        nextMeeting: { at: '2027-01-12', place: 'Bibliotheek' },
      })
      expect(updated).toMatchObject({ title: 'B', startsAt: '2026-12-01T19:30', place: 'Stadhuis', nextMeeting: { at: '2027-01-12', place: 'Bibliotheek' } })
      expect(updated!.joinToken).toBe(session.joinToken)
      expect(updated!.updatedAt >= session.updatedAt).toBe(true)
      expect(await repo.get(session.id)).toEqual(updated)
      const cleared = await repo.update(session.id, { place: null, nextMeeting: null })
      expect(cleared).not.toHaveProperty('place')
      expect(cleared).not.toHaveProperty('nextMeeting')
      expect(cleared).toMatchObject({ title: 'B', startsAt: '2026-12-01T19:30' })
      expect((await repo.resolveToken(facilitatorToken))?.session).toEqual(cleared)
    })

    it('lists every session, and a deleted one nowhere: none of its tokens or its code resolves', async () => {
      const repo = await open()
      const a = await repo.create('A')
      const b = await repo.create('B')
      expect((await repo.list()).map((s) => s.id).sort()).toEqual([a.session.id, b.session.id].sort())
      await repo.delete(a.session.id)
      await repo.delete('no-such-session')
      expect(await repo.get(a.session.id)).toBeUndefined()
      for (const token of [a.session.joinToken, a.session.viewToken, a.facilitatorToken]) expect(await repo.resolveToken(token)).toBeUndefined()
      expect(await repo.resolveJoinCode(a.session.joinCode)).toBeUndefined()
      expect(await repo.list()).toEqual([b.session])
      expect(await repo.resolveToken(b.session.joinToken)).toEqual({ session: b.session, role: 'join' })
    })

    it('hands out copies: changing a returned record changes nothing stored', async () => {
      const repo = await open()
      const { session } = await repo.create('A')
      ;(await repo.get(session.id))!.title = 'changed'
      ;(await repo.list())[0]!.joinToken = 'changed'
      ;(await repo.resolveToken(session.viewToken))!.session.title = 'changed'
      expect(await repo.get(session.id)).toEqual(session)
    })

    it('touch moves updatedAt at once for this instance, and for the next one once flushed', async () => {
      const repo = await open()
      const { session } = await repo.create('A')
      for (let second = 0; second < 50; second++) repo.touch(session.id, new Date(Date.UTC(2030, 0, 1, 0, 0, second)))
      const last = '2030-01-01T00:00:49.000Z'
      expect((await repo.get(session.id))?.updatedAt).toBe(last)
      expect((await repo.resolveToken(session.joinToken))?.session.updatedAt).toBe(last)
      repo.touch('no-such-session')
      await repo.flush()
      await repo.close()
      const next = await open()
      expect((await next.get(session.id))?.updatedAt).toBe(last)
    })

    it('importRecord stores a record as given: its tokens and code resolve, in a second instance too; a taken one is refused', async () => {
      const repo = await open()
      const facilitatorToken = 'F'.repeat(21)
      const record: SessionRecord = {
        id: 'imported-session-1',
        title: 'Uit de bestanden',
        joinToken: 'J'.repeat(21),
        viewToken: 'V'.repeat(21),
        facilitatorHash: hashToken(facilitatorToken),
        joinCode: 'ABCDEFGH',
        createdAt: '2025-03-04T05:06:07.089Z',
        updatedAt: '2025-03-05T08:00:00.000Z',
        series: 'series-1',
        previous: 'previous-1',
        startsAt: '2025-03-04T19:30',
        place: 'Stadhuis',
        nextMeeting: { at: '2025-04-01T19:30', place: 'Bibliotheek' },
      }
      await repo.importRecord(record)
      expect(await repo.get(record.id)).toEqual(record)
      expect(await repo.resolveToken(facilitatorToken)).toEqual({ session: record, role: 'facilitator' })
      expect((await repo.resolveJoinCode('abcdefgh'))?.id).toBe(record.id)
      // Every unique part refused alone, and nothing of the refused record stored.
      const taken = [
        { id: record.id },
        { joinToken: record.joinToken },
        { viewToken: record.viewToken },
        { facilitatorHash: record.facilitatorHash },
        { joinCode: record.joinCode },
      ]
      for (const [i, part] of taken.entries()) {
        const other = {
          ...record,
          id: `other-${i}`,
          joinToken: `${'j'.repeat(20)}${i}`,
          viewToken: `${'v'.repeat(20)}${i}`,
          facilitatorHash: hashToken(`f${i}`),
          joinCode: 'ZZZZZZZ2',
          ...part,
        }
        await expect(repo.importRecord(other)).rejects.toThrow()
      }
      expect((await repo.list()).map((s) => s.id)).toEqual([record.id])
      await repo.close()
      const second = await open()
      expect(await second.get(record.id)).toEqual(record)
      expect((await second.resolveToken(record.viewToken))?.role).toBe('view')
    })

    it('a second instance on the same backend sees the first one’s sessions, tokens, codes and changes', async () => {
      const first = await open()
      const a = await first.create('A')
      const b = await first.create('B')
      await first.update(b.session.id, { place: 'Stadhuis' })
      await first.delete(a.session.id)
      await first.close()
      const second = await open()
      expect((await second.get(b.session.id))?.place).toBe('Stadhuis')
      expect((await second.resolveToken(b.facilitatorToken))?.role).toBe('facilitator')
      expect((await second.resolveJoinCode(b.session.joinCode))?.id).toBe(b.session.id)
      expect(await second.resolveToken(a.session.joinToken)).toBeUndefined()
      expect((await second.list()).map((s) => s.id)).toEqual([b.session.id])
    })
  })
}
