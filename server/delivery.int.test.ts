// Integration: how the built client travels. Text files go out precompressed (br, gzip) as the browser
// allows, pages are revalidated with ETags, hashed assets are kept a year, token pages are never stored.
// Raw http.request, not fetch: fetch decompresses, and the bytes on the wire are the point here.
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from './http/securityHeaders.ts'
import { createSession, startServerProcess, type ServerProcess } from './testing/serverProcess.ts'

// `npm test` builds the client before the tests run; the server serves ./dist/client by default.
const CLIENT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/client')
const TEXT = /\.(?:js|mjs|css|html|json|svg|txt|webmanifest)$/

interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

function request(port: number, urlPath: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    // agent: false and a raw path: the request goes out exactly as written (no ../ folding).
    const req = http.request({ host: '127.0.0.1', port, path: urlPath, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

function decode(answer: Answer): Buffer {
  switch (answer.headers['content-encoding']) {
    case 'br':
      return zlib.brotliDecompressSync(answer.body)
    case 'gzip':
      return zlib.gunzipSync(answer.body)
    case undefined:
      return answer.body
    default:
      throw new Error(`unexpected content-encoding ${answer.headers['content-encoding']}`)
  }
}

/** The largest built file with this extension: the main bundle and its stylesheet. */
function largestAsset(ext: string): string {
  const names = fs.readdirSync(path.join(CLIENT, 'assets')).filter((n) => n.endsWith(ext))
  const [largest] = names.sort((a, b) => fs.statSync(path.join(CLIENT, 'assets', b)).size - fs.statSync(path.join(CLIENT, 'assets', a)).size)
  if (!largest) throw new Error(`no ${ext} in ${CLIENT}/assets: run npm run build`)
  return `/assets/${largest}`
}

function expectSecurityHeaders(answer: Answer): void {
  expect(answer.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
  expect(answer.headers['x-content-type-options']).toBe('nosniff')
  expect(answer.headers['referrer-policy']).toBe('no-referrer')
  expect(answer.headers['x-frame-options']).toBe('DENY')
}

describe('the build', () => {
  it('carries no test hook: browser tests reach the editor on their own (e2e/editorProbe.ts)', () => {
    const scripts = fs.readdirSync(path.join(CLIENT, 'assets')).filter((n) => n.endsWith('.js'))
    expect(scripts.length).toBeGreaterThan(2)
    for (const name of scripts) expect(fs.readFileSync(path.join(CLIENT, 'assets', name), 'utf8'), name).not.toContain('__samenbordEditor')
  })

  it('writes a .br and a .gz beside every text asset, each decoding to the file (skipped only where it would not be smaller)', () => {
    const files = fs.readdirSync(CLIENT, { recursive: true, encoding: 'utf8' }).filter((n) => TEXT.test(n))
    expect(files.length).toBeGreaterThan(2)
    for (const name of files) {
      const original = fs.readFileSync(path.join(CLIENT, name))
      for (const [ext, unpack, pack] of [
        ['.br', zlib.brotliDecompressSync, zlib.brotliCompressSync],
        ['.gz', zlib.gunzipSync, zlib.gzipSync],
      ] as const) {
        const packed = path.join(CLIENT, name + ext)
        if (fs.existsSync(packed)) expect(unpack(fs.readFileSync(packed)).equals(original), name + ext).toBe(true)
        else expect(pack(original).length, `${name}${ext} missing`).toBeGreaterThanOrEqual(original.length)
      }
    }
  })
})

describe('serving the built client', () => {
  let s: ServerProcess
  beforeAll(async () => {
    s = await startServerProcess()
  })
  afterAll(async () => {
    await s.stop()
  })

  it('sends JS, CSS and HTML as br, gzip or identity as Accept-Encoding allows, each decoding to the file', async () => {
    for (const [urlPath, file, type] of [
      [largestAsset('.js'), largestAsset('.js'), 'text/javascript'],
      [largestAsset('.css'), largestAsset('.css'), 'text/css'],
      ['/', '/index.html', 'text/html'],
    ] as const) {
      const identity = fs.readFileSync(path.join(CLIENT, file))
      for (const [accept, encoding] of [
        ['br, gzip', 'br'],
        ['gzip, deflate, br', 'br'],
        ['gzip', 'gzip'],
        ['', undefined],
        ['identity', undefined],
      ] as const) {
        const answer = await request(s.port, urlPath, { 'accept-encoding': accept })
        expect(answer.status, `${urlPath} ${accept}`).toBe(200)
        expect(answer.headers['content-encoding'], `${urlPath} ${accept}`).toBe(encoding)
        expect(answer.headers.vary).toBe('Accept-Encoding')
        expect(answer.headers['content-type']).toMatch(new RegExp(`^${type}`))
        expect(Number(answer.headers['content-length'])).toBe(answer.body.length)
        expect(decode(answer).equals(identity), `${urlPath} ${accept}`).toBe(true)
        if (encoding) expect(answer.body.length).toBeLessThan(identity.length)
        expectSecurityHeaders(answer)
      }
    }
  })

  it('keeps hashed assets a year, and has everything else revalidated', async () => {
    const js = await request(s.port, largestAsset('.js'), { 'accept-encoding': 'br' })
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    const home = await request(s.port, '/')
    expect(home.headers['cache-control']).toBe('no-cache')
  })

  it('answers 304 without a body to a matching If-None-Match, for / and for an asset, per encoding', async () => {
    for (const urlPath of ['/', largestAsset('.js')]) {
      for (const accept of ['br, gzip', 'gzip', '']) {
        const first = await request(s.port, urlPath, { 'accept-encoding': accept })
        const etag = first.headers.etag
        expect(etag, urlPath).toBeTruthy()
        const again = await request(s.port, urlPath, { 'accept-encoding': accept, 'if-none-match': etag! })
        expect(again.status, `${urlPath} ${accept}`).toBe(304)
        expect(again.body.length).toBe(0)
        // A 304 repeats what the 200 said about caching (RFC 9110 15.4.5).
        expect(again.headers.etag).toBe(etag)
        expect(again.headers['cache-control']).toBe(first.headers['cache-control'])
        expect(again.headers.vary).toBe('Accept-Encoding')
        expectSecurityHeaders(again)
        // Another encoding is another file with another ETag: never a 304 for the wrong bytes.
        const other = await request(s.port, urlPath, { 'accept-encoding': accept === '' ? 'gzip' : '', 'if-none-match': etag! })
        expect(other.status).toBe(200)
        expect(other.headers.etag).not.toBe(etag)
      }
    }
  })

  it('serves token pages as no-store, without an ETag and never as a 304, compressed all the same', async () => {
    const session = await createSession(s.url)
    const homeEtag = (await request(s.port, '/', { 'accept-encoding': 'br' })).headers.etag!
    const index = fs.readFileSync(path.join(CLIENT, 'index.html'))
    for (const [page, status] of [
      [`/s/${session.join}`, 200],
      [`/v/${session.view}`, 200],
      [`/f/${session.facilitator}`, 200],
      ['/s/unknown-token-0123456789', 404],
    ] as const) {
      const answer = await request(s.port, page, { 'accept-encoding': 'br', 'if-none-match': homeEtag })
      expect(answer.status, page).toBe(status)
      expect(answer.headers['cache-control'], page).toBe('no-store')
      expect(answer.headers.etag, page).toBeUndefined()
      expect(answer.headers['content-encoding'], page).toBe('br')
      expect(decode(answer).equals(index), page).toBe(true)
      expectSecurityHeaders(answer)
    }
  })

  it('answers HEAD with the headers of GET and no body', async () => {
    for (const urlPath of ['/', largestAsset('.js')]) {
      const get = await request(s.port, urlPath, { 'accept-encoding': 'br' })
      const head = await request(s.port, urlPath, { 'accept-encoding': 'br' }, 'HEAD')
      expect(head.status).toBe(200)
      expect(head.body.length).toBe(0)
      for (const name of ['content-length', 'content-encoding', 'content-type', 'etag', 'cache-control', 'vary']) {
        expect(head.headers[name], `${urlPath} ${name}`).toBe(get.headers[name])
      }
    }
  })

  it('sends whole files only: a Range request gets the whole file', async () => {
    const css = largestAsset('.css')
    const answer = await request(s.port, css, { range: 'bytes=-100' })
    expect(answer.status).toBe(200)
    expect(answer.body.equals(fs.readFileSync(path.join(CLIENT, css)))).toBe(true)
  })

  it('keeps path tricks inside the client folder (raw paths, not folded by a client)', async () => {
    for (const urlPath of [
      '/../package.json',
      '/assets/../../package.json',
      '/%2e%2e/package.json',
      '/assets/%2e%2e/%2e%2e/package.json',
      '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
      '/..%5c..%5cpackage.json',
      '/a%00b',
      '/%E0%A4%A',
      '/assets/',
    ]) {
      const answer = await request(s.port, urlPath, { 'accept-encoding': 'br, gzip' })
      expect([400, 404], urlPath).toContain(answer.status)
      expect(answer.body.toString(), urlPath).not.toContain('"samenbord"')
      expectSecurityHeaders(answer)
    }
  })

  it('answers 405 to other methods', async () => {
    const answer = await request(s.port, largestAsset('.js'), {}, 'PUT')
    expect(answer.status).toBe(405)
    expectSecurityHeaders(answer)
  })
})

describe('a client folder that changes under the running server', () => {
  const clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbord-client-'))
  let s: ServerProcess
  beforeAll(async () => {
    s = await startServerProcess({ env: { CLIENT_DIR: clientDir } })
  })
  afterAll(async () => {
    await s.stop()
  })

  it('says 503 until the client is built, then serves what a build wrote since, and no dotfile', async () => {
    const before = await request(s.port, '/')
    expect(before.status).toBe(503)
    expect(before.body.toString()).toContain('npm run build')
    expectSecurityHeaders(before)

    // A build (npm start rebuilds when sources changed) writes files the server has never seen.
    fs.mkdirSync(path.join(clientDir, 'assets'))
    fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Samenbord</title>')
    fs.writeFileSync(path.join(clientDir, 'assets', 'app-1.js'), 'console.log(1)')
    fs.writeFileSync(path.join(clientDir, '.env'), 'SECRET=1')
    expect((await request(s.port, '/')).body.toString()).toBe('<!doctype html><title>Samenbord</title>')
    expect((await request(s.port, '/assets/app-1.js')).body.toString()).toBe('console.log(1)')
    expect((await request(s.port, '/.env')).status).toBe(404)

    // A rebuild changes index.html's size and adds its compressed copy: the answer follows the disk.
    const html = '<!doctype html><title>Samenbord</title><script type="module" src="/assets/app-2.js"></script>'
    fs.writeFileSync(path.join(clientDir, 'index.html'), html)
    fs.writeFileSync(path.join(clientDir, 'index.html.br'), zlib.brotliCompressSync(html))
    const after = await request(s.port, '/', { 'accept-encoding': 'br' })
    expect(after.headers['content-encoding']).toBe('br')
    expect(decode(after).toString()).toBe(html)
  })
})
