// A participant's identity and dots against a running server, for integration tests: mint an identity
// on a link, then GET/POST dots as that person (the secret in the participant header).
import { PARTICIPANT_HEADER, type ParticipantIdentity } from '../../shared/api/identity.ts'
import type { CreatedSession } from '../../shared/api/types.ts'

export function participantApi(baseUrl: () => string) {
  function mint(session: Pick<CreatedSession, 'id'>, token: string): Promise<Response> {
    return fetch(`${baseUrl()}/api/sessions/${session.id}/identity`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{}',
    })
  }

  async function identity(session: Pick<CreatedSession, 'id'>, token: string): Promise<ParticipantIdentity> {
    const res = await mint(session, token)
    if (res.status !== 201) throw new Error(`mint identity: ${res.status} ${await res.text()}`)
    return (await res.json()) as ParticipantIdentity
  }

  /** GET dots without `body`, POST dots with it; `secret` null sends no participant header. */
  function dots(session: Pick<CreatedSession, 'id'>, token: string, secret: string | null, body?: unknown): Promise<Response> {
    return fetch(`${baseUrl()}/api/sessions/${session.id}/dots`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        ...(secret === null ? {} : { [PARTICIPANT_HEADER]: secret }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  }

  return { mint, identity, dots }
}
