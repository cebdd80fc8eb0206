// When a page is usable, judged inside the page: a timer checks the condition every 50 ms from the
// document's first script on and records performance.now() (milliseconds since the navigation started)
// the first time it holds. A timer rather than a MutationObserver, so tldraw's many DOM changes cost
// the page nothing extra under a slowed CPU. In-page code is source text: tsx's helpers (__name) do not
// exist in the page.
import type { BrowserContext, Page } from 'playwright-core'
import { poll } from '../poll.ts'

/** client/src/identity/identity.ts NAME_KEY: a participant with a remembered name gets no name dialog. */
const NAME_KEY = 'samenbord.name'
const CONNECTED = `document.querySelector('[data-testid="connection-state"][data-state="connected"]')`

/**
 * The board page (e2e/workshop.ts waitForBoard): the connection live (socket open and first sync
 * done), tldraw's canvas and editor mounted, and the editor holding every shape of the board.
 */
export const boardUsable = (shapes: number) =>
  `Boolean(${CONNECTED} && document.querySelector('.tl-canvas') && window.__samenbordEditor && ` +
  `window.__samenbordEditor.getCurrentPageShapes().length >= ${shapes})`

/** The phone page: its note box enabled and the connection live (socket open and first sync done). */
export const phoneUsable = `Boolean(${CONNECTED} && document.querySelector('[data-testid="phone-note-input"]:not(:disabled)'))`

/** The phone page has read the board: the current question names its area (the brainstorm's ideas). */
export const phoneQuestionShown = `Boolean(document.querySelector('[data-testid="phone-question"]:not([data-area=""])'))`

/** The home page: the form to start a session is there. */
export const homeUsable = `Boolean(document.querySelector('[data-testid="new-session-title"]'))`

/**
 * Every page of the context remembers a name (so no dialog) and records when each named condition first
 * holds, in window.__benchAt[name].
 */
export async function watchUsable(context: BrowserContext, conditions: Record<string, string>): Promise<void> {
  const checks = Object.entries(conditions)
    .map(([name, cond]) => `if (at[${JSON.stringify(name)}] === undefined) { try { if (${cond}) at[${JSON.stringify(name)}] = performance.now() } catch {} }`)
    .join('\n')
  await context.addInitScript(`(() => {
    try { localStorage.setItem(${JSON.stringify(NAME_KEY)}, 'Bench') } catch {}
    const at = (window.__benchAt = {})
    const names = ${JSON.stringify(Object.keys(conditions))}
    const timer = setInterval(() => {
      ${checks}
      if (names.every((n) => at[n] !== undefined)) clearInterval(timer)
    }, 50)
  })()`)
}

/** Waits until the page has recorded `name` and returns its time since the navigation started (ms). */
export function usableAt(page: Page, name: string, timeoutMs = 120_000): Promise<number> {
  return poll(() => recordedAt(page, name), { what: `${page.url()}: "${name}"`, timeoutMs, stepMs: 100 })
}

/** The time recorded for `name` so far, if any (for a second condition that may come later or never). */
export async function recordedAt(page: Page, name: string): Promise<number | undefined> {
  // A navigation in progress destroys the context under evaluate: undefined, ask again.
  const at = await page.evaluate(`window.__benchAt && window.__benchAt[${JSON.stringify(name)}]`).catch(() => undefined)
  return typeof at === 'number' ? at : undefined
}
