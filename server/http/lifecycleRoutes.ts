// The session's data lifecycle over HTTP: DELETE /api/sessions/:id, GET /api/sessions/:id/backup
// (facilitator only) and POST /api/sessions/import (the creation rules of POST /api/sessions apply).
import type { IncomingMessage, ServerResponse } from 'node:http'
import { backupSchema } from '../../shared/api/backup.ts'
import { slugify } from '../../shared/export/fileName.ts'
import type { Config } from '../config.ts'
import type { RouteDeps } from './apiDeps.ts'
import { fail, readJsonBody, refuse, sendJson } from './respond.ts'
import type { Routes } from './routeTable.ts'
import { sessionRoutes, type Ctx } from './sessionRouteKit.ts'

async function deleteSession({ res, deps, sessionId }: Ctx): Promise<void> {
  const deleted = await deps.lifecycle.delete(sessionId, 'facilitator')
  if (!deleted) return void fail(res, 404, 'no such session')
  res.writeHead(204, { 'cache-control': 'no-store' })
  res.end()
}

async function backupSession({ res, deps, sessionId }: Ctx): Promise<void> {
  const backup = await deps.lifecycle.backup(sessionId)
  if (!backup) return void fail(res, 404, 'no such session')
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
}

/** Entries of the API's route table (api.ts): before meetingRoutes.ts', so /import is not taken for an :id. */
export const LIFECYCLE_ROUTES: Routes<RouteDeps> = {
  'POST /api/sessions/import': ({ req, res, deps }) => importSession(req, res, deps),
  ...sessionRoutes({
    'DELETE /api/sessions/:id': { roles: ['facilitator'], run: deleteSession },
    'GET /api/sessions/:id/backup': { roles: ['facilitator'], run: backupSession },
  }),
}

async function importSession(req: IncomingMessage, res: ServerResponse, deps: RouteDeps): Promise<void> {
  const { config } = deps
  // The same rules as POST /api/sessions: the rate per address and, when configured, the access code.
  const refusal = (await deps.createGuard.rate(req)) ?? deps.createGuard.token(req)
  if (refusal) return void refuse(res, refusal)
  // Only this route takes whole boards: base64 of the largest document plus room for the rest.
  const body = await readJsonBody(req, importBodyLimit(config))
  if (!body.ok) return void fail(res, body.status, body.message)
  const parsed = backupSchema(config.maxTitleLength).safeParse(body.value)
  if (!parsed.success) return void fail(res, 400, `not a usable backup: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`)
  const result = await deps.lifecycle.import(parsed.data)
  if (!result.ok) return void fail(res, result.status, result.message)
  sendJson(res, 201, result.created)
}

function importBodyLimit(config: Pick<Config, 'maxDocBytes' | 'maxBodyBytes'>): number {
  return Math.ceil(config.maxDocBytes / 3) * 4 + config.maxBodyBytes
}
