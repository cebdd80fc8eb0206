// A participant's identity and a stock y-websocket client on their private document (silent rounds),
// for integration tests.
import * as Y from 'yjs'
import { PARTICIPANT_PARAM, type ParticipantIdentity } from '../../shared/api/identity.ts'
import { PRIVATE_SYNC_PATH } from '../../shared/api/privateNotes.ts'
import { upgradeCode } from './rawClients.ts'
import { connectClient, type YClient } from './yClient.ts'

export async function mintIdentity(baseUrl: string, sessionId: string, token: string): Promise<ParticipantIdentity> {
  const res = await fetch(`${baseUrl}/api/sessions/${sessionId}/identity`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: '{}',
  })
  if (res.status !== 201) throw new Error(`identity: ${res.status} ${await res.text()}`)
  return (await res.json()) as ParticipantIdentity
}

/** /silent/<token>?participant=<secret>, as the browser opens it. */
export function connectPrivateClient(wsUrl: string, token: string, secret: string, doc = new Y.Doc()): YClient {
  return connectClient(wsUrl, token, doc, { path: PRIVATE_SYNC_PATH, params: { [PARTICIPANT_PARAM]: secret } })
}

/** The status the server answers a private-document upgrade with (101 when it lets it through). */
export async function privateUpgradeStatus(wsUrl: string, token: string, secret: string): Promise<number> {
  return upgradeCode(`${wsUrl}${PRIVATE_SYNC_PATH}/${token}?${PARTICIPANT_PARAM}=${encodeURIComponent(secret)}`)
}
