// A workshop's first minutes in Chromium: the facilitator creates a session, two participants join,
// a note typed by one appears at the other within a second and survives reload and a server restart;
// the projector's view link shows it live and cannot change the board.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BoardDoc } from '../shared/board/index.ts'
import { note } from '../server/testing/board.ts'
import { startServerProcess } from '../server/testing/serverProcess.ts'
import { connectClient, whenSynced } from '../server/testing/yClient.ts'
import { screenshot } from './browser.ts'
import { ownOriginOnly, Workshop, typeNote, waitForBoard } from './workshop.ts'

const w = new Workshop()
const openPage = (url: string, viewport?: { width: number; height: number }, locale?: string) => w.openPage(url, { viewport, locale })
const join = (url: string, name: string) => w.join(url, name)

function noteTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const editor = (window as unknown as { __samenbordEditor: any }).__samenbordEditor
    return editor
      .getCurrentPageShapes()
      .filter((shape: any) => shape.type === 'note')
      .map((shape: any) => editor.getShapeUtil(shape).getText(shape) as string)
  })
}

beforeAll(() => w.start())
afterAll(() => w.close())

ownOriginOnly(w)

describe('a live session in the browser', () => {
  // Before the story below, which restarts the server: this test needs none of what it leaves.
  it('speaks Dutch by default and English when the browser prefers it or the link says ?lang=en', async () => {
    const joinUrl = `${w.server.url}/s/${(await w.session()).join}`
    // Four browsers, each its own profile, opened side by side.
    const cases = [
      { url: joinUrl, locale: 'nl-BE', says: 'Meedoen' },
      { url: joinUrl, locale: 'en-GB', says: 'Join' },
      { url: `${joinUrl}?lang=en`, locale: 'nl-NL', says: 'Join' },
      { url: joinUrl, locale: 'de-DE', says: 'Meedoen' },
    ]
    const pages = await Promise.all(cases.map(({ url, locale }) => openPage(url, undefined, locale)))
    for (const [i, { locale, says }] of cases.entries()) {
      await expect(pages[i]!.getByTestId('name-submit').textContent(), locale).resolves.toBe(says)
    }
    // Closed, so the story below runs with no more pages open than it did before it.
    await Promise.all(pages.map((page) => page.context().close()))
  })

  // One story, in the order a workshop lives it: each step starts from what the one before left.
  it('a session made on the home page: its links, a note seen by another within a second, kept across a reload and a server restart, shown live on the view link that cannot change it', async () => {
    // The facilitator creates a session from the home page and sees the three links.
    const home = await openPage(`${w.server.url}/`)
    await home.getByTestId('new-session-title').fill('Winkelstraat Oosterhout')
    await home.getByTestId('new-session-submit').click()
    await home.waitForURL(/\/f\/[A-Za-z0-9_-]{21,}$/)
    const facilitatorUrl = home.url()
    // The facilitator, too, chooses a display name on the first visit.
    await home.getByTestId('name-input').fill('Fatima (facilitator)')
    await home.getByTestId('name-submit').click()
    await waitForBoard(home)
    const linkText = async (id: string) => {
      const el = home.getByTestId(id)
      return ((await el.getAttribute('value')) ?? (await el.textContent()) ?? '').trim()
    }
    const joinUrl = await linkText('link-join')
    const viewUrl = await linkText('link-view')
    expect(joinUrl).toMatch(new RegExp(`^${w.server.url}/s/[A-Za-z0-9_-]{21,}$`))
    expect(viewUrl).toMatch(new RegExp(`^${w.server.url}/v/[A-Za-z0-9_-]{21,}$`))
    // The facilitator's own link stays hidden (the room photographs the beamer) until asked for.
    const facilitatorToken = facilitatorUrl.split('/f/')[1]!
    expect(await linkText('link-facilitator')).not.toContain(facilitatorToken)
    await home.getByTestId('reveal-facilitator').click()
    expect(await linkText('link-facilitator')).toBe(facilitatorUrl)
    await home.getByTestId('reveal-facilitator').click()
    await expect(home.getByTestId('board-title').textContent()).resolves.toContain('Winkelstraat Oosterhout')
    await screenshot(home, 'facilitator-links')

    // A note typed by one participant shows at another within a second.
    const anna = await join(joinUrl, 'Anna Bakker')
    const bram = await join(joinUrl, 'Bram de Vries')
    await anna.locator('[data-testid="participant"]', { hasText: 'Bram de Vries' }).waitFor({ timeout: 5_000 })

    await typeNote(anna, 'Meer fietsenstallingen', { x: 500, y: 400 })
    const typed = Date.now()
    await bram.getByTestId('canvas').getByText('Meer fietsenstallingen').waitFor({ timeout: 1_000 })
    expect(Date.now() - typed).toBeLessThan(1_000)
    expect(await noteTexts(bram)).toContain('Meer fietsenstallingen')
    await screenshot(bram, 'participant-sees-note')

    // The note is kept across a reload.
    await bram.reload()
    await waitForBoard(bram)
    expect(await noteTexts(bram)).toContain('Meer fietsenstallingen')

    // And across a server restart; the pages reconnect by themselves.
    const port = w.server.port
    await w.server.stop()
    await anna.locator('[data-testid="connection-state"]:not([data-state="connected"])').waitFor({ timeout: 10_000 })
    await screenshot(anna, 'participant-reconnecting')
    // Work goes on while the server is away; it is sent when the connection is back.
    await typeNote(anna, 'Idee tijdens storing', { x: 300, y: 250 })
    w.server = await startServerProcess({ dataDir: w.server.dataDir, env: { PORT: String(port) } })
    await anna.locator('[data-testid="connection-state"][data-state="connected"]').waitFor({ timeout: 20_000 })
    await bram.getByTestId('canvas').getByText('Idee tijdens storing').waitFor({ timeout: 5_000 })
    const fresh = await join(joinUrl, 'Chris Jansen')
    expect(await noteTexts(fresh)).toEqual(expect.arrayContaining(['Meer fietsenstallingen', 'Idee tijdens storing']))
    // Edits still flow after the restart.
    // Everyone who was there before the restart is listed again, once they are back.
    for (const name of ['Fatima (facilitator)', 'Bram de Vries', 'Chris Jansen']) {
      await anna.locator('[data-testid="participant"]', { hasText: name }).waitFor({ timeout: 10_000 })
    }
    await typeNote(bram, 'Kerstverlichting samen regelen', { x: 800, y: 300 })
    await anna.getByTestId('canvas').getByText('Kerstverlichting samen regelen').waitFor({ timeout: 2_000 })

    // The view link shows the board live, and cannot change it.
    const projector = await openPage(viewUrl, { width: 1920, height: 1080 })
    await waitForBoard(projector)
    expect(await noteTexts(projector)).toEqual(expect.arrayContaining(['Meer fietsenstallingen', 'Kerstverlichting samen regelen']))
    expect(await projector.evaluate(() => (window as any).__samenbordEditor.getInstanceState().isReadonly)).toBe(true)

    // Live: a new note shows up on the projector.
    await typeNote(anna, 'Wekelijkse markt', { x: 400, y: 600 })
    await projector.getByTestId('canvas').getByText('Wekelijkse markt').waitFor({ timeout: 2_000 })
    await screenshot(projector, 'projector-view')
    await screenshot(anna, 'participant-board')

    // The UI does not let a viewer add a note...
    const before = (await noteTexts(anna)).length
    await typeNote(projector, 'Kijker probeert iets', { x: 900, y: 500 }, { editable: false })
    // ...and even a write forced into its store never leaves the page. (That the server drops whatever a
    // view connection sends is proven with a raw y-websocket client in server/sync.int.test.ts.)
    await projector.evaluate(() => {
      const editor = (window as any).__samenbordEditor
      editor.run(() => editor.createShape({ type: 'geo', x: 10, y: 10, props: { w: 50, h: 50 } }), { ignoreShapeLock: true })
      editor.store.put([{ ...editor.getCurrentPageShapes()[0], id: 'shape:forced', x: 99 }])
    })
    // Barriers instead of a wait. The store hands a change on at its next frame: three frames later it
    // has, if it ever would. The reload then closes the projector's socket after whatever it sent, and a
    // note written after it has reconnected reaches Anna after anything the server passed on before.
    await projector.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => done())))))
    await projector.reload()
    await waitForBoard(projector)
    expect(await projector.evaluate(() => (window as any).__samenbordEditor.getShape('shape:forced'))).toBeUndefined()
    const probe = connectClient(w.server.wsUrl, new URL(joinUrl).pathname.split('/').pop()!)
    await whenSynced(probe)
    BoardDoc.of(probe.doc).apply({ put: [note('shape:after-forced', 'Na de poging')] })
    await expect.poll(() => noteTexts(anna), { timeout: 5_000 }).toContain('Na de poging')
    probe.destroy()
    expect(await noteTexts(anna)).toHaveLength(before + 1)
    expect(await anna.evaluate(() => (window as any).__samenbordEditor.getShape('shape:forced'))).toBeUndefined()
  }, 180_000)
})
