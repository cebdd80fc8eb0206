// The session's data lifecycle from the browser: delete it, download its backup, import a backup as
// a new session. Errors are ApiError with the server's message.
import type { CreatedSession } from '../../../shared/api/types.ts'
import { fileNameFrom, saveBlob } from '../actions/download.ts'
import { errorFrom } from './api.ts'

const sessionPath = (sessionId: string) => `/api/sessions/${encodeURIComponent(sessionId)}`

export async function deleteSession(sessionId: string, token: string): Promise<void> {
  const res = await fetch(sessionPath(sessionId), { method: 'DELETE', headers: { authorization: `Bearer ${token}` } })
  if (res.status !== 204) throw await errorFrom(res)
}

/** Saves samenbord-<title>-<date>.json; returns the file name. */
export async function downloadBackup(sessionId: string, token: string): Promise<string> {
  const res = await fetch(`${sessionPath(sessionId)}/backup`, { headers: { authorization: `Bearer ${token}` }, cache: 'no-store' })
  if (res.status !== 200) throw await errorFrom(res)
  const name = fileNameFrom(res.headers.get('content-disposition')) ?? 'samenbord-backup.json'
  saveBlob(await res.blob(), name)
  return name
}

/** The backup file's text as a new session; `createToken` when the server asks for its access code. */
export async function importSession(backupText: string, createToken?: string): Promise<CreatedSession> {
  const res = await fetch('/api/sessions/import', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(createToken ? { authorization: `Bearer ${createToken}` } : {}) },
    body: backupText,
  })
  if (res.status !== 201) throw await errorFrom(res)
  return (await res.json()) as CreatedSession
}
