// Serves the built client through sirv: the .br or .gz that the build wrote beside each text file when
// the request's Accept-Encoding allows it (with Content-Encoding and Vary), the file itself otherwise;
// an ETag and 304 for a page that is revalidated; hashed assets cached for a year; index.html for the
// app's pages.
import type { IncomingMessage, ServerResponse } from 'node:http'
import sirv, { type RequestHandler } from 'sirv'
import { isStatementPath } from '../../shared/api/pages.ts'
import { sendError } from './respond.ts'

/** Pages of the single-page app: home, participant, view/projector, facilitator, and a link's actieoverzicht (/acties). */
const APP_PAGE = /^\/(?:|[svf]\/[A-Za-z0-9_-]{1,128}(?:\/acties)?\/?)$/
const INDEX = '/index.html'

/** Vite puts a content hash in every name under /assets/: a new build is a new address. */
const ASSET_CACHE = 'public, max-age=31536000, immutable'
/** Everything else may be stored but is asked again each time (a 304 when the ETag still matches). */
const REVALIDATED = 'no-cache'

/**
 * A page whose address holds a token (/s/, /v/, /f/, and the 404 page of a short link) is never stored:
 * `no-cache` would still keep it, under its secret address, in the browser's disk cache and in shared
 * caches, where anyone with access to the machine or the proxy could read the link back.
 */
const TOKEN_PAGE_CACHE = 'no-store'

/** The sirv handlers of one client folder: made once per running server (router.ts). */
export interface ClientFiles {
  /** With ETags: answers 304 to an If-None-Match that still matches. */
  revalidated: RequestHandler
  /** Without ETags: for token pages, which are never stored, so there is nothing to revalidate. */
  unstored: RequestHandler
}

export function clientFiles(clientDir: string): ClientFiles {
  // dev: true makes sirv look the file up on disk at each request instead of listing the folder once
  // at start: `npm start` may rebuild the client under a running server, and a listing made before
  // would answer with stale sizes, or crash reading a file the build removed. No extension guessing
  // (/foo is not /foo.html): the app's pages are named below.
  const options = { dev: true, brotli: true, gzip: true, extensions: [], dotfiles: false }
  return { revalidated: sirv(clientDir, { ...options, etag: true }), unstored: sirv(clientDir, { ...options, etag: false }) }
}

export function serveStatic(req: IncomingMessage, res: ServerResponse, urlPath: string, files: ClientFiles): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendError(res, 405, 'method not allowed')
    return
  }
  if (APP_PAGE.test(urlPath)) {
    send(req, res, files, INDEX, urlPath === '/' ? REVALIDATED : TOKEN_PAGE_CACHE)
    return
  }
  // The accessibility statement: a page of the app without a token, so stored like the home page.
  if (isStatementPath(urlPath)) {
    send(req, res, files, INDEX, REVALIDATED)
    return
  }
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    sendError(res, 400, 'bad path')
    return
  }
  // Path tricks (../, %2e%2e, NUL) and dotfiles never reach the disk. sirv also keeps to its folder;
  // this says it once, whatever sirv's options.
  if (decoded.includes('\0') || /(?:^|\/)\./.test(decoded)) {
    sendError(res, 404, 'not found')
    return
  }
  send(req, res, files, urlPath, decoded.startsWith('/assets/') ? ASSET_CACHE : REVALIDATED)
}

/** The app's page with another status (404 for a short link nobody knows: the app says so itself). */
export function serveAppPage(req: IncomingMessage, res: ServerResponse, files: ClientFiles, status: number): void {
  send(req, res, files, INDEX, TOKEN_PAGE_CACHE, status)
}

function send(req: IncomingMessage, res: ServerResponse, files: ClientFiles, file: string, cacheControl: string, status = 200): void {
  // Set before sirv so that its 304, which carries only the headers already set, has them too.
  res.setHeader('cache-control', cacheControl)
  res.setHeader('vary', 'Accept-Encoding')
  keepStatusAndETag(req, res, status)
  // sirv reads the path from req.url: the app's pages are index.html.
  req.url = file
  // We serve whole files only. sirv's ranges would misread a suffix range (bytes=-500 as bytes 0-500).
  delete req.headers.range
  // sirv pipes the file without an error handler: a file removed between its lookup and its read (a
  // rebuild) would be an uncaught error that stops the server. End that answer instead.
  res.once('pipe', (source) => source.once('error', () => res.destroy()))
  const handler = cacheControl === TOKEN_PAGE_CACHE ? files.unstored : files.revalidated
  handler(req, res, () => {
    res.removeHeader('vary')
    if (file === INDEX) sendError(res, 503, 'the client is not built yet: run `npm run build`')
    else sendError(res, 404, 'not found')
  })
}

/**
 * sirv writes the head itself: always 200 for a file (we need 404 for an unknown token's page), and a
 * bare 304. RFC 9110 wants the ETag repeated on a 304; sirv answers 304 only when If-None-Match is
 * exactly the file's ETag, so that is the request's own header.
 */
function keepStatusAndETag(req: IncomingMessage, res: ServerResponse, status: number): void {
  const writeHead = res.writeHead.bind(res) as (code: number, ...rest: unknown[]) => ServerResponse
  res.writeHead = ((code: number, ...rest: unknown[]) => {
    const etag = req.headers['if-none-match']
    if (code === 304 && etag) res.setHeader('etag', etag)
    return writeHead(code === 200 ? status : code, ...rest)
  }) as ServerResponse['writeHead']
}
