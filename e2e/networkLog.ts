// What a page really downloaded, from Chromium's network log: every script with its body, so a test can
// say which libraries a page loaded by what arrived, not by guessing from file names in the source.
import type { Page, Response } from 'playwright-core'

export interface LoggedScript {
  url: string
  body: string
}

export interface NetworkLog {
  /** Every script response so far (after `settled()`, all of them). */
  scripts: LoggedScript[]
  /** Every request URL, in order. */
  requests: string[]
  /** Waits until every script body seen so far has been read. */
  settled(): Promise<void>
}

/**
 * tldraw's editor package registers its name and version when its module runs
 * (`registerTldrawLibraryVersion('@tldraw/editor', …)` in @tldraw/utils), so the string survives minification
 * in whichever chunk carries the editor, and no other package writes it.
 */
const TLDRAW_EDITOR_MARKER = '@tldraw/editor'

export function recordNetwork(page: Page): NetworkLog {
  const scripts: LoggedScript[] = []
  const requests: string[] = []
  const reading: Promise<void>[] = []
  page.on('request', (req) => {
    requests.push(req.url())
  })
  page.on('response', (res: Response) => {
    if (res.request().resourceType() !== 'script') return
    reading.push(
      res.text().then(
        (body) => {
          scripts.push({ url: res.url(), body })
        },
        () => {
          scripts.push({ url: res.url(), body: '' })
        },
      ),
    )
  })
  return {
    scripts,
    requests,
    async settled() {
      let seen = -1
      while (seen !== reading.length) {
        seen = reading.length
        await Promise.all(reading)
      }
    },
  }
}

/** The scripts of the log that carry tldraw's editor. */
export function editorScripts(log: NetworkLog): string[] {
  return log.scripts.filter((s) => s.body.includes(TLDRAW_EDITOR_MARKER)).map((s) => s.url)
}
