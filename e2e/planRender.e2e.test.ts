// The action plan as a facilitator sends it round, rendered and looked at: the PDF from the server turned
// into page images with poppler's pdftoppm (and its text read with pdftotext), the Word file rendered by
// docx-preview in Chromium and screenshotted. Images: test-results/e2e/plan-*.png.
import { execFileSync } from 'node:child_process'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServerProcess, type ServerProcess } from '../server/testing/serverProcess.ts'
import { sessionApi } from '../server/testing/sessionApi.ts'
import { ARTIFACTS, launchBrowser } from './browser.ts'
import type { Browser } from 'playwright-core'

const require = createRequire(import.meta.url)
let server: ServerProcess
let browser: Browser
const api = sessionApi(() => server.url)
let session: Awaited<ReturnType<typeof api.create>>

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startServerProcess(), launchBrowser()])
  session = await api.create(['actor-map', 'vision'], 'Werkgroep Winkelstraat')
  const areas = await api.areas(session)
  const actions = areas.find((a) => a.kind === 'actions')!.id
  const goals = areas.find((a) => a.kind === 'goals')!.id
  for (const [text, area] of [
    ['@Anna Subsidie aanvragen 2027-03-01', actions],
    ['@Bram Offerte lichtsnoeren 2027-01-15', actions],
    ['Leegstand onder 5% in 2028', goals],
    ['Twee nieuwe terrassen', goals],
  ] as const) {
    await api.json(api.call(session, 'notes', session.join, { text, area }), 201)
  }
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function download(format: string): Promise<Buffer> {
  const res = await api.call(session, `export?format=${format}`, session.facilitator)
  expect(res.status).toBe(200)
  return Buffer.from(await res.arrayBuffer())
}

describe('the action plan, rendered', () => {
  it('PDF: the first page shows the actions table; a template image follows on a landscape page', async () => {
    const pdf = path.join(ARTIFACTS, 'plan.pdf')
    writeFileSync(pdf, await download('pdf'))
    const first = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' })
    expect(first).toContain('Acties: wie doet wat, wanneer')
    expect(first).toMatch(/Anna\s+Subsidie aanvragen\s+1 maart 2027\s+Open/)
    expect(first).toMatch(/Bram\s+Offerte lichtsnoeren\s+15 januari 2027\s+Open/)
    expect(first).toContain('Pagina 1 van')
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1])
    execFileSync('pdftoppm', ['-r', '70', '-png', '-f', '1', '-l', '1', pdf, path.join(ARTIFACTS, 'plan-pdf-first')])
    execFileSync('pdftoppm', ['-r', '70', '-png', '-f', String(pages), '-l', String(pages), pdf, path.join(ARTIFACTS, 'plan-pdf-last')])
    const png = (prefix: string, page: number) => path.join(ARTIFACTS, `${prefix}-${String(page).padStart(String(pages).length, '0')}.png`)
    // A blank A4 page at 70 dpi is ~2 kB; text and a table make it several times that.
    expect(statSync(png('plan-pdf-first', 1)).size).toBeGreaterThan(15_000)
    const last = readFileSync(png('plan-pdf-last', pages))
    // Landscape: wider than high (PNG width and height at bytes 16 and 20), and full of colour.
    expect(last.readUInt32BE(16)).toBeGreaterThan(last.readUInt32BE(20))
    expect(last.byteLength).toBeGreaterThan(15_000)
  })

  it('Word: docx-preview in Chromium shows the actions table first and an image of each template', async () => {
    const docx = await download('docx')
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } })
    try {
      await page.setContent('<!doctype html><meta charset="utf-8"><body style="margin:0;background:#eee"><div id="doc"></div></body>')
      await page.addScriptTag({ path: require.resolve('jszip/dist/jszip.min.js') })
      await page.addScriptTag({ path: path.join(path.dirname(require.resolve('docx-preview')), 'docx-preview.min.js') })
      await page.evaluate(async (b64) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
        const lib = (window as unknown as { docx: { renderAsync(data: Blob, el: HTMLElement): Promise<void> } }).docx
        await lib.renderAsync(new Blob([bytes]), document.getElementById('doc')!)
      }, docx.toString('base64'))
      const first = page.locator('section.docx').first()
      await expect.poll(() => first.textContent()).toContain('Acties: wie doet wat, wanneer')
      const firstTable = (await first.locator('table').first().innerText()).replace(/\s+/g, ' ')
      expect(firstTable).toContain('Wie Actie Wanneer Status')
      expect(firstTable).toContain('Anna Subsidie aanvragen 1 maart 2027 Open')
      expect(await page.locator('section.docx img').count()).toBe(2)
      await first.screenshot({ path: path.join(ARTIFACTS, 'plan-docx-first.png') })
      await page
        .locator('section.docx')
        .last()
        .screenshot({ path: path.join(ARTIFACTS, 'plan-docx-image.png') })
    } finally {
      await page.close()
    }
  })
})
