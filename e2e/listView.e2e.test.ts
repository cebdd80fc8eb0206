// The list view (Lijstweergave, the board's address with ?view=list): a participant's outline of a board
// with all four templates and notes in every area, at 1366×768 in Dutch and English. axe finds no serious
// or critical WCAG 2.1 A/AA violation; the accessibility tree of `main` (what a screen reader walks) is
// written as an ARIA snapshot, test-results/e2e/list-view-aria.{nl,en}.yml, with a heading per area and
// list items named by their notes' texts. A note added in the list view appears live on a second
// participant's canvas, and two notes added by someone else are announced once, together. Opened by its
// address, focus is on the h1 and the tab's title says Lijstweergave; each area's add box comes before its
// notes; a deleted note comes back (same id) on the other canvas through "Ongedaan maken", by keyboard.
// Screenshots: test-results/e2e/list-view-{1366,390}.png.
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CreatedSession } from '../shared/api/types.ts'
import { describeFindings, seriousViolations } from './axe.ts'
import { board } from './boardProbe.ts'
import { ARTIFACTS, screenshot } from './browser.ts'
import { Workshop } from './workshop.ts'

interface AreaRow {
  id: string
  kind: string
  label: string
}

const w = new Workshop()
let session: CreatedSession
let areas: AreaRow[]

async function post(url: string, token: string, body: object): Promise<Response> {
  return fetch(`${w.server.url}${url}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
}

beforeAll(async () => {
  await w.start()
  const res = await post('/api/sessions', '', { title: 'Binnenstad Oosterhout', templates: ['actor-map', 'participation-ladder', 'brainstorm', 'vision'] })
  expect(res.status).toBe(201)
  session = (await res.json()) as CreatedSession
  const listed = await fetch(`${w.server.url}/api/sessions/${session.id}/areas`, { headers: { authorization: `Bearer ${session.facilitator}` } })
  areas = ((await listed.json()) as { areas: AreaRow[] }).areas
  expect(new Set(areas.map((a) => a.kind))).toEqual(new Set(['quadrant', 'rung', 'ideas', 'cluster', 'vision', 'goals', 'actions']))
  for (const [i, area] of areas.entries()) {
    const posted = await post(`/api/sessions/${session.id}/notes`, session.join, { text: `Notitie ${i + 1}: ${area.kind}`, area: area.id })
    expect(posted.status).toBe(201)
  }
})
afterAll(() => w.close())

/** The ARIA snapshot of the page's main landmark, kept as an artifact. */
async function ariaSnapshot(page: Page, lang: string): Promise<string> {
  const yaml = await page.locator('main').ariaSnapshot()
  fs.writeFileSync(path.join(ARTIFACTS, `list-view-aria.${lang}.yml`), yaml)
  return yaml
}

describe('the list view', () => {
  // One participant’s list view, step by step: each step works on the page the one before left.
  it('reads as headings per area and notes named by their text (nl); adds a note live on another canvas and announces two notes of someone else once; passes axe in English too, and fits a phone', async () => {
    const sanne = await w.openPage(`${w.server.url}/s/${session.join}?view=list`, { viewport: { width: 1366, height: 768 } })
    await sanne.getByTestId('name-input').fill('Sanne')
    await sanne.getByTestId('name-submit').click()
    await sanne.locator('[data-testid="list-view"] [data-testid="connection-state"][data-state="connected"]').waitFor({ timeout: 20_000 })
    await sanne
      .getByTestId('list-item')
      .nth(areas.length - 1)
      .waitFor()
    // Canvasless, like the phone page: tldraw's editor never came.
    expect(
      await sanne.evaluate(
        () => (window as unknown as { __samenbordEditor?: unknown }).__samenbordEditor !== undefined || document.querySelector('.tl-container') !== null,
      ),
    ).toBe(false)

    const findings = await seriousViolations(sanne)
    expect(findings, describeFindings(findings)).toEqual([])
    expect(await sanne.getByRole('heading', { level: 1 }).textContent()).toBe('Binnenstad Oosterhout')
    expect(await sanne.evaluate(() => document.activeElement?.tagName)).toBe('H1')
    expect(await sanne.title()).toBe('Lijstweergave: Binnenstad Oosterhout · Samenbord')
    // The add box of each area precedes its notes in the reading (and Tab) order.
    const composerFirst = await sanne.$$eval('[data-testid="list-area"]', (sections) =>
      sections.every((section) => {
        const box = section.querySelector('[data-testid="list-note-input"]')
        const item = section.querySelector('[data-testid="list-item"]')
        return box !== null && item !== null && (box.compareDocumentPosition(item) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
      }),
    )
    expect(composerFirst).toBe(true)

    const yaml = await ariaSnapshot(sanne, 'nl')
    expect(yaml.match(/- heading .* \[level=3\]/g)).toHaveLength(areas.length)
    for (const area of areas.filter((a) => a.kind !== 'cluster')) expect(yaml).toContain(`heading "${area.label}`)
    for (let i = 1; i <= areas.length; i++) expect(yaml).toMatch(new RegExp(`listitem "Notitie ${i}: \\w+"`))
    await screenshot(sanne, 'list-view-1366')

    // A note added live on another participant’s canvas; two notes of someone else announced once.
    const bram = await w.join(`${w.server.url}/s/${session.join}`, 'Bram', { viewport: { width: 1366, height: 768 } })
    const ideas = areas.find((a) => a.kind === 'ideas')!
    const input = sanne.locator(`[data-testid="list-note-input"][data-area="${ideas.id}"]`)
    await input.fill('Bankjes op het plein')
    await input.press('Control+Enter')
    // Focus stays in the box, ready for the next note.
    await sanne.waitForFunction((id) => (document.activeElement as HTMLElement | null)?.dataset.area === id, ideas.id)
    await sanne.getByRole('listitem', { name: 'Bankjes op het plein' }).waitFor()
    await bram.waitForFunction(() => {
      const editor = (window as unknown as { __samenbordEditor: any }).__samenbordEditor
      return editor.getCurrentPageShapes().some((s: any) => s.type === 'note' && editor.getShapeUtil(s).getText(s) === 'Bankjes op het plein')
    })
    // …inside the ideas area on Bram's canvas too (the centre of the note in the area's bounds).
    const inIdeas = await board(
      bram,
      (editor, areaId: string) => {
        const note = editor.getCurrentPageShapes().find((s: any) => s.type === 'note' && editor.getShapeUtil(s).getText(s) === 'Bankjes op het plein')
        const a = editor.getShapePageBounds(areaId)
        const n = editor.getShapePageBounds(note)
        return n.center.x > a.minX && n.center.x < a.maxX && n.center.y > a.minY && n.center.y < a.maxY
      },
      ideas.id,
    )
    expect(inIdeas).toBe(true)

    // Our own note is not announced to us: wait until the live region has gathered it, then record what it says.
    const live = sanne.getByTestId('list-live')
    await sanne.locator('[data-testid="list-live"][data-pending="false"]').waitFor()
    expect(await live.textContent()).toBe('')
    await sanne.evaluate(() => {
      const said: string[] = []
      ;(window as unknown as { __said: string[] }).__said = said
      const region = document.querySelector('[data-testid="list-live"]')!
      new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true })
    })
    await Promise.all(['Watertappunt', 'Meer groen'].map((text) => post(`/api/sessions/${session.id}/notes`, session.join, { text, area: ideas.id })))
    await sanne.getByRole('listitem', { name: 'Meer groen' }).waitFor()
    await sanne.getByRole('listitem', { name: 'Watertappunt' }).waitFor()
    await sanne.locator('[data-testid="list-live"][data-pending="false"]').waitFor()
    await expect.poll(() => live.textContent()).toBe('2 nieuwe notities in Ideeën')
    expect(await sanne.evaluate(() => (window as unknown as { __said: string[] }).__said)).toEqual(['2 nieuwe notities in Ideeën'])

    // Delete our note, then undo by keyboard: the undo button has the focus; the same record comes back on Bram's canvas.
    const item = sanne.getByRole('listitem', { name: 'Bankjes op het plein' })
    const noteId = (await item.getAttribute('data-note-id'))!
    expect(await item.getByTestId('list-item-move-target').inputValue()).toBe('')
    await item.getByTestId('list-item-delete').focus()
    await sanne.keyboard.press('Enter')
    await sanne.locator('[data-testid="list-undo"]:focus').waitFor()
    expect(await sanne.getByTestId('list-status').textContent()).toBe('Notitie verwijderd Ongedaan maken')
    await bram.waitForFunction((id) => (window as unknown as { __samenbordEditor: any }).__samenbordEditor.getShape(id) === undefined, noteId)
    await sanne.keyboard.press('Enter')
    await sanne.waitForFunction((id) => document.activeElement?.getAttribute('data-note-id') === id, noteId)
    await bram.waitForFunction((id) => {
      const editor = (window as unknown as { __samenbordEditor: any }).__samenbordEditor
      const note = editor.getShape(id)
      return note !== undefined && editor.getShapeUtil(note).getText(note) === 'Bankjes op het plein'
    }, noteId)

    // In English too, and on a phone.
    const en = await sanne.context().newPage()
    await en.setViewportSize({ width: 1366, height: 768 })
    await en.goto(`${w.server.url}/s/${session.join}?view=list&lang=en`)
    await en.getByRole('heading', { name: /^Ideas/, level: 3 }).waitFor({ timeout: 20_000 })
    const findingsEn = await seriousViolations(en)
    expect(findingsEn, describeFindings(findingsEn)).toEqual([])
    const yamlEn = await ariaSnapshot(en, 'en')
    expect(yamlEn).toContain('listitem "Bankjes op het plein"')
    await en.setViewportSize({ width: 390, height: 844 })
    await screenshot(en, 'list-view-390')
  }, 180_000)
})
