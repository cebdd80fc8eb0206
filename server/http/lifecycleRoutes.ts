// The session's data lifecycle over HTTP: DELETE /api/sessions/:id, GET /api/sessions/:id/backup
// (facilitator only) and POST /api/sessions/import (the creation rules of POST /api/sessions apply).
import type { IncomingMessage, ServerResponse } from 'node:http'
import { backupSchema } from '../../shared/api/backup.ts'
import { slugify } from '../../shared/export/fileName.ts'
import type { Config } from '../config.ts'
import type { LifecycleService } from '../sessions/lifecycleService.ts'
import type { SessionService } from '../sessions/sessionService.ts'
import { authorize } from './auth.ts'
import { createGuardFor, type CreateRefusal } from './createGuard.ts'
import { readJsonBody, sendError, sendJson } from './respond.ts'

export interface LifecycleRouteDeps {
  config: Config
  sessions: SessionService
  lifecycle: LifecycleService
}

const SESSION_PATH = /^\/api\/sessions\/([A-Za-z0-9_-]{1,64})$/
const BACKUP_PATH = /^\/api\/sessions\/([A-Za-z0-9_-]{1,64})\/backup$/
const IMPORT_PATH = '/api/sessions/import'

/** Returns false when the path is none of these routes. */
export async function handleLifecycleRoute(req: IncomingMessage, res: ServerResponse, path: string, deps: LifecycleRouteDeps): Promise<boolean> {
  const method = req.method ?? 'GET'
  if (path === IMPORT_PATH) {
    if (method !== 'POST') return methodNotAllowed(res, 'POST')
    await importSession(req, res, deps)
    return true
  }
  const sessionId = SESSION_PATH.exec(path)?.[1]
  if (sessionId !== undefined) {
    // PATCH (the meeting's details) is meetingRoutes.ts', asked first.
    if (method !== 'DELETE') return methodNotAllowed(res, 'DELETE, PATCH')
    const auth = authorize(req, sessionId, deps.sessions, ['facilitator'])
    if (!auth.ok) return answer(res, auth.status, auth.message)
    const deleted = await deps.lifecycle.delete(sessionId, 'facilitator')
    if (!deleted) return answer(res, 404, 'no such session')
    res.writeHead(204, { 'cache-control': 'no-store' })
    res.end()
    return true
  }
  const backupId = BACKUP_PATH.exec(path)?.[1]
  if (backupId !== undefined) {
    if (method !== 'GET') return methodNotAllowed(res, 'GET')
    const auth = authorize(req, backupId, deps.sessions, ['facilitator'])
    if (!auth.ok) return answer(res, auth.status, auth.message)
    const backup = await deps.lifecycle.backup(backupId)
    if (!backup) return answer(res, 404, 'no such session')
    const fileName = `samenbord-${slugify(backup.session.title) || 'sessie'}-${new Date().toISOString().slice(0, 10)}.json`
    const body = Buffer.from(JSON.stringify(backup), 'utf8')
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': body.byteLength,
      // The slug is ASCII already, so the plain filename is enough.
      'content-disposition': `attachment; filename="${fileName}"`,
      'cache-control': 'no-store',
    })
    res.end(body)
    return true
  }
  return false
}

async function importSession(req: IncomingMessage, res: ServerResponse, deps: LifecycleRouteDeps): Promise<void> {
  const { config } = deps
  // The same rules as POST /api/sessions: the rate per address and, when configured, the access code.
  const guard = createGuardFor(config)
  const refusal = guard.rate(req) ?? guard.token(req)
  if (refusal) return void refuse(res, refusal)
  // Only this route takes whole boards: base64 of the largest document plus room for the rest.
  const body = await readJsonBody(req, importBodyLimit(config))
  if (!body.ok) return void answer(res, body.status, body.message)
  const parsed = backupSchema(config.maxTitleLength).safeParse(body.value)
  if (!parsed.success) return void answer(res, 400, `not a usable backup: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`)
  const result = await deps.lifecycle.import(parsed.data)
  if (!result.ok) return void answer(res, result.status, result.message)
  sendJson(res, 201, result.created)
}

export function importBodyLimit(config: Pick<Config, 'maxDocBytes' | 'maxBodyBytes'>): number {
  return Math.ceil(config.maxDocBytes / 3) * 4 + config.maxBodyBytes
}

function refuse(res: ServerResponse, refusal: CreateRefusal): true {
  sendJson(res, refusal.status, { error: refusal.message }, refusal.headers)
  return true
}

function answer(res: ServerResponse, status: number, message: string): true {
  sendError(res, status, message)
  return true
}

function methodNotAllowed(res: ServerResponse, allow: string): true {
  sendJson(res, 405, { error: `method not allowed; use ${allow}` }, { allow })
  return true
}
