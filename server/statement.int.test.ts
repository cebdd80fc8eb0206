// Integration: the toegankelijkheidsverklaring is a page of the app at its own address, stored like the
// home page (it holds no token), and its contact line is the installation's ACCESSIBILITY_CONTACT.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServerProcess, type ServerProcess } from './testing/serverProcess.ts'

const CLIENT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/client')
const CONTACT = 'toegankelijkheid@kampen.example of 14 038'

let plain: ServerProcess
let withContact: ServerProcess
beforeAll(async () => {
  ;[plain, withContact] = await Promise.all([
    startServerProcess(),
    // Line breaks and runs of spaces in the variable become one space: the statement shows one line.
    startServerProcess({ env: { ACCESSIBILITY_CONTACT: `  toegankelijkheid@kampen.example\n of   14 038 ` } }),
  ])
})
afterAll(async () => {
  await Promise.all([plain.stop(), withContact.stop()])
})

describe('the accessibility statement', () => {
  it('is the app’s page at /toegankelijkheid (with or without a slash), revalidated like the home page', async () => {
    const index = fs.readFileSync(path.join(CLIENT, 'index.html'), 'utf8')
    for (const page of ['/toegankelijkheid', '/toegankelijkheid/', '/toegankelijkheid?lang=en']) {
      const res = await fetch(`${plain.url}${page}`)
      expect(res.status, page).toBe(200)
      expect(res.headers.get('cache-control'), page).toBe('no-cache')
      expect(res.headers.get('content-security-policy'), page).toContain("default-src 'self'")
      expect(await res.text(), page).toBe(index)
    }
    expect((await fetch(`${plain.url}/toegankelijkheid/meer`)).status).toBe(404)
  })

  it('gets its contact line from ACCESSIBILITY_CONTACT through /api/config; none set: null', async () => {
    expect(await (await fetch(`${plain.url}/api/config`)).json()).toMatchObject({ accessibilityContact: null })
    expect(await (await fetch(`${withContact.url}/api/config`)).json()).toMatchObject({ accessibilityContact: CONTACT })
  })
})
