// The people in a browser test: one Chromium, one context per person (their own localStorage, like
// separate devices), the real server, and the moves a person makes on the board.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterEach, expect } from 'vitest'
import type { CreatedSession } from '../shared/api/types.ts'
import { sessionApi } from '../server/testing/sessionApi.ts'
import { startServerProcess, type ServerProcess } from '../server/testing/serverProcess.ts'
import { launchBrowser, watchCspViolations, watchForeignRequests } from './browser.ts'
import { addEditorProbe } from './editorProbe.ts'

export interface Point {
  x: number
  y: number
}

export interface PageOptions {
  viewport?: { width: number; height: number }
  locale?: string
  reducedMotion?: 'reduce' | 'no-preference'
}

export class Workshop {
  /** Reassigned by tests that restart the server on the same port. */
  server!: ServerProcess
  browser!: Browser
  /** Requests any page made to a host other than ours: the built app must make none. */
  readonly foreign: string[] = []
  /** What the server's Content-Security-Policy blocked on any page: the built app must trip none. */
  readonly cspViolations: string[] = []
  private readonly contexts: BrowserContext[] = []

  async start(opts: Parameters<typeof startServerProcess>[0] = {}): Promise<void> {
    this.server = await startServerProcess(opts)
    this.browser = await launchBrowser()
  }

  async close(): Promise<void> {
    for (const context of this.contexts) await context.close().catch(() => {})
    await this.browser?.close()
    await this.server?.stop()
  }

  /** A session started through the API (POST /api/sessions) with these templates. */
  session(templates: string[] = [], title?: string): Promise<CreatedSession> {
    return sessionApi(() => this.server.url).create(templates, title)
  }

  /** A person's own browser profile (their own localStorage), to open pages in one after another. */
  async person(opts: PageOptions = {}): Promise<BrowserContext> {
    const context = await this.browser.newContext({
      viewport: opts.viewport ?? { width: 1280, height: 800 },
      locale: opts.locale ?? 'nl-NL',
      ...(opts.reducedMotion ? { reducedMotion: opts.reducedMotion } : {}),
    })
    this.contexts.push(context)
    // window.__samenbordEditor for the tests: the app itself sets no hook (editorProbe.ts).
    await addEditorProbe(context)
    return context
  }

  async openPage(url: string, opts: PageOptions = {}): Promise<Page> {
    return this.openPageIn(await this.person(opts), url)
  }

  async openPageIn(context: BrowserContext, url: string): Promise<Page> {
    const page = await context.newPage()
    watchForeignRequests(page, this.server.url, this.foreign)
    watchCspViolations(page, this.cspViolations)
    page.on('pageerror', (error) => console.error(`[page error] ${error.message}`))
    await page.goto(url)
    return page
  }

  /** Opens a join or facilitate link and answers the name question like a newcomer. */
  async join(url: string, name: string, opts: PageOptions = {}): Promise<Page> {
    const page = await this.openPage(url, opts)
    await page.getByTestId('name-input').fill(name)
    await page.getByTestId('name-submit').click()
    await waitForBoard(page)
    return page
  }
}

export async function waitForBoard(page: Page): Promise<void> {
  await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor({ timeout: 20_000 })
  await page.locator('.tl-canvas').waitFor({ timeout: 20_000 })
  await page.waitForFunction(() => Boolean((window as unknown as { __samenbordEditor?: unknown }).__samenbordEditor))
}

/**
 * A note the way a person makes one: the note tool, a click, typing, Escape. Keys typed before the
 * note's text editor has focus land out of order, for a person as for a test, so wait for it
 * (a viewer never gets one: `editable: false`).
 */
export async function typeNote(page: Page, text: string, at: Point, opts = { editable: true }): Promise<void> {
  await page.keyboard.press('Escape')
  await page.keyboard.press('n')
  await page.mouse.click(at.x, at.y)
  if (opts.editable) {
    await page.waitForFunction(() => document.activeElement?.getAttribute('contenteditable') === 'true', null, { timeout: 2_000 })
  }
  await page.keyboard.type(text)
  await page.keyboard.press('Escape')
  await page.keyboard.press('v')
}

/**
 * Holds each test of the file to it: no page it opened asked another host, and the Content-Security-Policy
 * blocked nothing (the built app must do neither). Call once at the top level of the file.
 */
export function ownOriginOnly(w: Workshop): void {
  afterEach(() => {
    expect(w.foreign).toEqual([])
    expect(w.cspViolations).toEqual([])
  })
}
