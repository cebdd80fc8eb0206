// Serves the built client: hashed assets with long caching, and index.html for the app's pages.
import fs from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { sendError } from './respond.ts'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
}

/** Pages of the single-page app: home, participant, view/projector, facilitator. */
const APP_PAGE = /^\/(?:|[svf]\/[A-Za-z0-9_-]{1,128}\/?)$/

/**
 * A page whose address holds a token (/s/, /v/, /f/, and the 404 page of a short link) is never stored:
 * `no-cache` would still keep it, under its secret address, in the browser's disk cache and in shared
 * caches, where anyone with access to the machine or the proxy could read the link back.
 */
const TOKEN_PAGE_CACHE = 'no-store'

export function serveStatic(req: IncomingMessage, res: ServerResponse, urlPath: string, clientDir: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendError(res, 405, 'method not allowed')
    return
  }
  if (APP_PAGE.test(urlPath)) {
    sendFile(req, res, path.join(clientDir, 'index.html'), urlPath === '/' ? 'no-cache' : TOKEN_PAGE_CACHE)
    return
  }
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    sendError(res, 400, 'bad path')
    return
  }
  const file = path.normalize(path.join(clientDir, decoded))
  // Path tricks (../, %2e%2e, NUL) never leave the client folder.
  if (decoded.includes('\0') || !file.startsWith(clientDir + path.sep)) {
    sendError(res, 404, 'not found')
    return
  }
  const cache = decoded.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'
  sendFile(req, res, file, cache)
}

/** The app's page with another status (404 for a short link nobody knows: the app says so itself). */
export function serveAppPage(req: IncomingMessage, res: ServerResponse, clientDir: string, status: number): void {
  sendFile(req, res, path.join(clientDir, 'index.html'), TOKEN_PAGE_CACHE, status)
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: string, cacheControl: string, status = 200): void {
  fs.stat(file, (err, stat) => {
    if (err || !stat.isFile()) {
      if (file.endsWith('index.html')) sendError(res, 503, 'the client is not built yet: run `npm run build`')
      else sendError(res, 404, 'not found')
      return
    }
    res.writeHead(status, {
      'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': stat.size,
      'cache-control': cacheControl,
    })
    if (req.method === 'HEAD') {
      res.end()
      return
    }
    fs.createReadStream(file).on('error', () => res.destroy()).pipe(res)
  })
}
