// Integration: participant identities on the real server — issued to join and facilitator links only,
// resolved from the secret alone, bounded per client address, kept across a restart, gone with the session.
import { describe, expect, it } from 'vitest'
import { PARTICIPANT_HEADER, PARTICIPANT_ID_PATTERN, type ParticipantIdentity } from '../shared/api/identity.ts'
import { perTestServers } from './testing/perTest.ts'
import { createSession, type ServerProcess } from './testing/serverProcess.ts'

const { server } = perTestServers()

function mint(s: ServerProcess, sessionId: string, token: string): Promise<Response> {
  return fetch(`${s.url}/api/sessions/${sessionId}/identity`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: '{}',
  })
}

function check(s: ServerProcess, sessionId: string, token: string, secret: string): Promise<Response> {
  return fetch(`${s.url}/api/sessions/${sessionId}/identity`, { headers: { authorization: `Bearer ${token}`, [PARTICIPANT_HEADER]: secret } })
}

describe('participant identities', () => {
  it('issues an id and a secret to join and facilitator links, resolves the secret, and refuses the view link', async () => {
    const s = await server()
    const session = await createSession(s.url)
    const res = await mint(s, session.id, session.join)
    expect(res.status).toBe(201)
    const identity = (await res.json()) as ParticipantIdentity
    expect(identity.id).toMatch(PARTICIPANT_ID_PATTERN)
    expect(await (await check(s, session.id, session.join, identity.secret)).json()).toEqual({ id: identity.id })
    expect((await mint(s, session.id, session.facilitator)).status).toBe(201)
    expect((await mint(s, session.id, session.view)).status).toBe(403)
    expect((await check(s, session.id, session.join, 'x'.repeat(32))).status).toBe(404)
    // A secret of one session means nothing in another.
    const other = await createSession(s.url, 'Dorpskern')
    expect((await check(s, other.id, other.join, identity.secret)).status).toBe(404)
  })

  it('mints at most MAX_IDENTITIES_PER_ADDRESS per session from one address, and keeps them across a restart', async () => {
    const s = await server({ env: { MAX_IDENTITIES_PER_ADDRESS: '3' } })
    const session = await createSession(s.url)
    const minted: ParticipantIdentity[] = []
    for (let i = 0; i < 3; i++) minted.push((await (await mint(s, session.id, session.join)).json()) as ParticipantIdentity)
    const refused = await mint(s, session.id, session.join)
    expect(refused.status).toBe(429)
    expect(((await refused.json()) as { error: string }).error).toMatch(/too many participants/)
    await s.stop()
    const again = await server({ dataDir: s.dataDir, env: { MAX_IDENTITIES_PER_ADDRESS: '3' } })
    for (const identity of minted) expect(await (await check(again, session.id, session.join, identity.secret)).json()).toEqual({ id: identity.id })
    expect((await mint(again, session.id, session.join)).status).toBe(429)
  })
})
