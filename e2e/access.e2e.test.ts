// The access code in the browser: a server with CREATE_TOKEN asks for it on the home page, refuses a
// start without it, remembers it once it worked. And the Content-Security-Policy is really enforced.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServerProcess, type ServerProcess } from '../server/testing/serverProcess.ts'
import { launchBrowser, watchCspViolations } from './browser.ts'

const CODE = 'toegang-e2e-5c1d9b7a'
let server: ServerProcess
let browser: Browser
let page: Page
const violations: string[] = []

beforeAll(async () => {
  server = await startServerProcess({ env: { CREATE_TOKEN: CODE } })
  browser = await launchBrowser()
  page = await (await browser.newContext({ locale: 'nl-NL' })).newPage()
  watchCspViolations(page, violations)
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('starting a session on a server with an access code', () => {
  it('asks for the code, refuses without it, and remembers it once it worked', async () => {
    await page.goto(`${server.url}/`)
    const field = page.getByTestId('new-session-access-code')
    await field.waitFor()
    await expect(page.getByText('Toegangscode om sessies te starten').count()).resolves.toBe(1)
    await page.getByTestId('new-session-title').fill('Bedrijventerrein Zuid')
    await page.getByTestId('new-session-submit').click()
    await expect(page.getByTestId('new-session-error').textContent()).resolves.toContain('toegangscode')

    await field.fill(CODE)
    await page.getByTestId('new-session-submit').click()
    await page.waitForURL(/\/f\/[A-Za-z0-9_-]{21,}$/)

    await page.goto(`${server.url}/`)
    await expect(page.getByTestId('new-session-access-code').inputValue()).resolves.toBe(CODE)
    expect(violations).toEqual([])
  })

  it('is protected by a Content-Security-Policy the browser enforces', async () => {
    // Its own page load: the policy comes with the page, not with what the test before left open.
    await page.goto(`${server.url}/`)
    await page.getByTestId('new-session-title').waitFor()
    await page.evaluate(() => {
      const img = new Image()
      img.src = 'https://elders.example/pixel.png'
      document.body.append(img)
    })
    await expect.poll(() => violations.length, { timeout: 5_000 }).toBeGreaterThan(0)
    expect(violations.join('\n')).toContain('img-src')
  })
})
