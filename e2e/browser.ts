// Debian's Chromium driven by playwright-core: never a downloaded browser, no network but loopback.
import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'

export const ARTIFACTS = path.resolve('test-results/e2e')

export async function launchBrowser(): Promise<Browser> {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  // playwright gives every launch a fresh temporary user-data-dir.
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(ARTIFACTS, `${name}.png`)
  await page.screenshot({ path: file })
  return file
}

/** Collects what the Content-Security-Policy blocked (Chromium reports it on the console). */
export function watchCspViolations(page: Page, violations: string[]): void {
  page.on('console', (msg) => {
    const text = msg.text()
    if (/Content Security Policy/i.test(text)) violations.push(text)
  })
}

/** Collects requests to any host but ours: the built app must make none. */
export function watchForeignRequests(page: Page, ownOrigin: string, foreign: string[]): void {
  page.on('request', (req) => {
    const url = req.url()
    if (url.startsWith('data:') || url.startsWith('blob:')) return
    if (!url.startsWith(ownOrigin) && !url.startsWith(ownOrigin.replace('http', 'ws'))) foreign.push(url)
  })
}
