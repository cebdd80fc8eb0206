// Workshop templates in Chromium: the facilitator places all five methods from the insert menu, fills
// in an actor card through its form, the brainstorm question and a cluster's name; notes typed into
// areas reach a second participant and come back from the API as outcomes in the right area; a note
// dragged with the mouse from one quadrant to another changes the outcome. Screenshots of every
// template at 1920×1080 go to test-results/e2e/template-*.png.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CreatedSession } from '../shared/api/types.ts'
import { screenshot } from './browser.ts'
import { ownOriginOnly, Workshop, typeNote, waitForBoard } from './workshop.ts'
import { api as apiAt, areaPoint, board, cameraSettled, eventually, focused, itemsIn, noteCenter, showInstance, type Outcomes } from './boardProbe.ts'

const LAYOUTS = ['actor-map', 'actor-map:rings', 'participation-ladder', 'brainstorm', 'vision'] as const
type Layout = (typeof LAYOUTS)[number]
const TEMPLATE_OF: Record<Layout, string> = {
  'actor-map': 'actor-map',
  'actor-map:rings': 'actor-map',
  'participation-ladder': 'participation-ladder',
  brainstorm: 'brainstorm',
  vision: 'vision',
}
const PROJECTOR = { width: 1920, height: 1080 }

const w = new Workshop()
const api = <T>(path: string, token: string) => apiAt<T>(w.server.url, path, token)
beforeAll(() => w.start())
afterAll(() => w.close())
ownOriginOnly(w)

describe('workshop templates on the live board', () => {
  let session: CreatedSession
  let fatima: Page
  let bram: Page
  const instances = {} as Record<Layout, string>
  const joinUrl = () => `${w.server.url}/s/${session.join}`

  // One story: each step works on the board the steps before built.
  it('a board built from the five templates: placed side by side, an actor card, notes in areas, a note dragged between quadrants, the question and a cluster named, areas added at free spots, and the view link', async () => {
    session = await w.session([], 'Centrum Oosterhout')
    fatima = await w.join(`${w.server.url}/f/${session.facilitator}`, 'Fatima (begeleider)', { viewport: PROJECTOR })
    // The links panel opens by itself for the facilitator: put it away.
    await fatima.keyboard.press('Escape')
    // Work that was there before any template: templates are placed around it, never on it.
    await typeNote(fatima, 'Idee van het begin', { x: 960, y: 560 })

    for (const layout of LAYOUTS) {
      const before = await board(fatima, (editor) => editor.getCurrentPageShapes().map((s: any) => s.id as string))
      await fatima.getByTestId('insert-menu').click()
      await fatima.getByTestId(`insert-${layout}`).click()
      await fatima.getByTestId(`insert-${layout}`).waitFor({ state: 'hidden' })
      const added = await board(
        fatima,
        (editor, known: string[]) =>
          editor
            .getCurrentPageShapes()
            .filter((s: any) => !known.includes(s.id))
            .map((s: any) => ({ type: s.type, isLocked: s.isLocked, kind: s.props.kind, instance: s.props.instance, template: s.props.template })),
        before,
      )
      expect(added.length).toBeGreaterThan(1)
      const instance = added[0]!.instance as string
      instances[layout] = instance
      for (const shape of added) {
        expect(shape.instance).toBe(instance)
        expect(shape.template).toBe(TEMPLATE_OF[layout])
        // Structure is locked so it cannot be dragged away with the notes; clusters are the participants' own.
        expect(shape.isLocked).toBe(shape.kind !== 'cluster')
      }
      await fatima.locator(`[data-area-template="${TEMPLATE_OF[layout]}"]`).first().waitFor()
      await cameraSettled(fatima) // the camera glides to the new template
      await screenshot(fatima, `template-${layout.replace(':', '-')}`)
    }

    // Never on top of one another.
    const boxes = await board(fatima, (editor) => {
      const byInstance: Record<string, { x: number; y: number; X: number; Y: number }> = {}
      for (const s of editor.getCurrentPageShapes()) {
        if (s.type !== 'sb-area' && s.type !== 'sb-label') continue
        const b = editor.getShapePageBounds(s)
        const box = byInstance[s.props.instance] ?? { x: Infinity, y: Infinity, X: -Infinity, Y: -Infinity }
        byInstance[s.props.instance] = box
        box.x = Math.min(box.x, b.x)
        box.y = Math.min(box.y, b.y)
        box.X = Math.max(box.X, b.x + b.w)
        box.Y = Math.max(box.Y, b.y + b.h)
      }
      return Object.values(byInstance)
    })
    expect(boxes).toHaveLength(5)
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(a.x < b.X && b.x < a.X && a.y < b.Y && b.y < a.Y).toBe(false)
    }

    // One template is one undo step (and one redo).
    const count = () => board(fatima, (editor) => editor.getCurrentPageShapes().length)
    const withVision = await count()
    await fatima.keyboard.press('Escape')
    await fatima.keyboard.press('Control+z')
    await expect.poll(count).toBeLessThan(withVision)
    expect(await board(fatima, (editor, id: string) => editor.getCurrentPageShapes().some((s: any) => s.props.instance === id), instances.vision)).toBe(false)
    await fatima.keyboard.press('Control+Shift+z')
    await expect.poll(count).toBe(withVision)

    // Brushing over a template selects none of its structure.
    await showInstance(fatima, instances['actor-map'])
    await fatima.keyboard.press('v')
    await fatima.mouse.move(150, 120)
    await fatima.mouse.down()
    await fatima.mouse.move(1800, 1000, { steps: 8 })
    await fatima.mouse.up()
    expect(await board(fatima, (editor) => editor.getSelectedShapeIds().length)).toBe(0)

    // An actor card added where the facilitator is looking, filled in through its form.
    bram = await w.join(joinUrl(), 'Bram de Vries', { viewport: { width: 1280, height: 800 } })
    const instance = instances['actor-map']
    // Look at the key players' quadrant, then add an actor: it lands there and its form opens.
    await board(
      fatima,
      (editor, id: string) => {
        const area = editor.getCurrentPageShapes().find((s: any) => s.type === 'sb-area' && s.props.instance === id && s.props.key === 'key-players')
        const b = editor.getShapePageBounds(area)
        editor.zoomToBounds({ x: b.x - 200, y: b.y - 200, w: b.w + 400, h: b.h + 400 }, { inset: 0 })
      },
      instance,
    )
    await fatima.getByTestId('insert-menu').click()
    await fatima.getByTestId('add-actor').click()
    await focused(fatima, 'actor-name')
    await fatima.keyboard.type('Gemeente Oosterhout')
    await fatima.getByTestId('actor-party').selectOption('gemeente')
    await fatima.getByTestId('actor-interest').fill('Een levendig centrum, minder leegstand')
    await fatima.getByTestId('actor-attitude-plus').click()
    expect(await fatima.getByTestId('actor-attitude-plus').getAttribute('aria-pressed')).toBe('true')
    await fatima.getByTestId('actor-role').selectOption('trekker')
    await screenshot(fatima, 'actor-card-form')
    await fatima.keyboard.press('Escape')
    await fatima.getByTestId('actor-form').waitFor({ state: 'detached' })

    const card = fatima.locator('[data-actor-name="Gemeente Oosterhout"]')
    await card.waitFor()
    expect(await card.getAttribute('data-party')).toBe('gemeente')
    expect(await card.getAttribute('data-attitude')).toBe('plus')
    expect(await card.textContent()).toContain('Trekker')

    // Live at the other participant's.
    await bram.locator('[data-actor-name="Gemeente Oosterhout"]').waitFor({ state: 'attached', timeout: 3_000 })
    const seen = await board(bram, (editor) => editor.getCurrentPageShapes().find((s: any) => s.type === 'sb-actor')?.props)
    expect(seen).toMatchObject({
      name: 'Gemeente Oosterhout',
      party: 'gemeente',
      interest: 'Een levendig centrum, minder leegstand',
      attitude: 'plus',
      role: 'trekker',
    })

    await eventually(async () => {
      const outcomes = await api<Outcomes>(`/api/sessions/${session.id}/outcomes`, session.join)
      expect(itemsIn(outcomes, instance, 'key-players')).toEqual([
        expect.objectContaining({ type: 'actor', name: 'Gemeente Oosterhout', party: 'gemeente', attitude: 'plus', role: 'trekker' }),
      ])
    })

    // Notes typed into areas are in those areas, for everyone and in the outcomes.
    const map = instances['actor-map']
    await showInstance(fatima, map)
    await typeNote(fatima, 'Parkeren blijft gratis', await areaPoint(fatima, map, 'keep-satisfied', 0.3))
    await typeNote(fatima, 'Bewonersavond elk kwartaal', await areaPoint(fatima, map, 'keep-informed', 0.3))
    await screenshot(fatima, 'template-actor-map-in-use')

    const vision = instances.vision
    await showInstance(fatima, vision)
    await typeNote(fatima, 'Een groen, autoluw centrum', await areaPoint(fatima, vision, 'vision', 0.35))
    await typeNote(fatima, 'Leegstand halveren', await areaPoint(fatima, vision, 'goals', 0.35))
    await typeNote(fatima, 'Gevelfonds opzetten', await areaPoint(fatima, vision, 'actions', 0.35))

    const ladder = instances['participation-ladder']
    await showInstance(fatima, ladder)
    await typeNote(fatima, 'Ondernemers', await areaPoint(fatima, ladder, 'raadplegen-now', 0.7))
    await typeNote(fatima, 'Ondernemers samen', await areaPoint(fatima, ladder, 'coproduceren-next', 0.7))

    for (const text of ['Parkeren blijft gratis', 'Bewonersavond elk kwartaal', 'Leegstand halveren', 'Ondernemers samen']) {
      await bram.getByTestId('canvas').getByText(text).waitFor({ state: 'attached', timeout: 3_000 })
    }

    await eventually(async () => {
      const outcomes = await api<Outcomes>(`/api/sessions/${session.id}/outcomes`, session.join)
      const texts = (instance: string, key: string) => itemsIn(outcomes, instance, key).map((item) => item.text ?? item.name)
      expect(texts(map, 'keep-satisfied')).toEqual(['Parkeren blijft gratis'])
      expect(texts(map, 'keep-informed')).toEqual(['Bewonersavond elk kwartaal'])
      expect(texts(map, 'key-players')).toEqual(['Gemeente Oosterhout'])
      expect(texts(map, 'monitor')).toEqual([])
      expect(texts(vision, 'vision')).toEqual(['Een groen, autoluw centrum'])
      expect(texts(vision, 'goals')).toEqual(['Leegstand halveren'])
      expect(texts(vision, 'actions')).toEqual(['Gevelfonds opzetten'])
      expect(texts(ladder, 'raadplegen-now')).toEqual(['Ondernemers'])
      expect(texts(ladder, 'coproduceren-next')).toEqual(['Ondernemers samen'])
    })

    // A note dragged from one quadrant to another: the outcome follows.
    await showInstance(fatima, map)
    await fatima.keyboard.press('v')
    const from = await noteCenter(fatima, 'Parkeren blijft gratis')
    const to = await areaPoint(fatima, map, 'monitor', 0.5, 0.6)
    await fatima.mouse.move(from.x, from.y)
    await fatima.mouse.down()
    await fatima.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 10 })
    await fatima.mouse.move(to.x, to.y, { steps: 10 })
    await fatima.mouse.up()
    // The quadrant did not move along: structure is locked.
    const moved = await noteCenter(fatima, 'Parkeren blijft gratis')
    expect(Math.abs(moved.x - to.x)).toBeLessThan(4)
    expect(Math.abs(moved.y - to.y)).toBeLessThan(4)

    await eventually(async () => {
      const outcomes = await api<Outcomes>(`/api/sessions/${session.id}/outcomes`, session.join)
      expect(itemsIn(outcomes, map, 'keep-satisfied')).toEqual([])
      expect(itemsIn(outcomes, map, 'monitor').map((item) => item.text)).toEqual(['Parkeren blijft gratis'])
    })

    // A note written before the template was placed, dragged onto it, lies on top of the quadrant.
    await board(fatima, (editor) => {
      editor.zoomToFit()
    })
    const early = await noteCenter(fatima, 'Idee van het begin')
    const target = await areaPoint(fatima, map, 'key-players', 0.3, 0.7)
    await fatima.mouse.move(early.x, early.y)
    await fatima.mouse.down()
    await fatima.mouse.move(target.x, target.y, { steps: 20 })
    await fatima.mouse.up()
    const order = await board(
      fatima,
      (editor, id: string) => {
        const note = editor.getCurrentPageShapes().find((s: any) => s.type === 'note' && editor.getShapeUtil(s).getText(s) === 'Idee van het begin')
        const area = editor.getCurrentPageShapes().find((s: any) => s.type === 'sb-area' && s.props.instance === id && s.props.key === 'key-players')
        return { note: note.index as string, area: area.index as string }
      },
      map,
    )
    expect(order.note > order.area).toBe(true)
    await eventually(async () => {
      const outcomes = await api<Outcomes>(`/api/sessions/${session.id}/outcomes`, session.join)
      expect(itemsIn(outcomes, map, 'key-players').map((item) => item.text ?? item.name)).toContain('Idee van het begin')
    })

    await expect
      .poll(() =>
        board(
          bram,
          (editor) => editor.getCurrentPageShapes().find((s: any) => s.type === 'note' && editor.getShapeUtil(s).getText(s) === 'Parkeren blijft gratis')?.x,
        ),
      )
      .toBe(
        await board(
          fatima,
          (editor) => editor.getCurrentPageShapes().find((s: any) => s.type === 'note' && editor.getShapeUtil(s).getText(s) === 'Parkeren blijft gratis')?.x,
        ),
      )

    // The locked brainstorm question edited by double-click, and a cluster named.
    const brainstorm = instances.brainstorm
    await showInstance(fatima, brainstorm)
    await fatima.keyboard.press('v')
    const question = fatima.locator('[data-label-role="question"]')
    const box = (await question.boundingBox())!
    await fatima.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2)
    await focused(fatima, 'question-input')
    await fatima.keyboard.type('Hoe maken we het centrum aantrekkelijker?')
    await fatima.keyboard.press('Enter')
    await fatima.getByTestId('question-input').waitFor({ state: 'detached' })
    expect(await question.textContent()).toContain('Hoe maken we het centrum aantrekkelijker?')
    // The double click made no text shape, and the question stayed locked where it was.
    const after = await board(fatima, (editor) => ({
      texts: editor.getCurrentPageShapes().filter((s: any) => s.type === 'text').length,
      locked: editor.getCurrentPageShapes().find((s: any) => s.type === 'sb-label' && s.props.role === 'question').isLocked,
    }))
    expect(after).toEqual({ texts: 0, locked: true })

    // A cluster is named by double-clicking its name.
    const cluster = await areaPoint(fatima, brainstorm, 'cluster-1', 0.3, 0.08)
    await fatima.mouse.dblclick(cluster.x, cluster.y)
    await focused(fatima, 'cluster-name')
    await fatima.keyboard.type('Verkeer')
    await fatima.keyboard.press('Enter')
    await typeNote(fatima, 'Fietsstraat', await areaPoint(fatima, brainstorm, 'cluster-1', 0.5, 0.6))
    await typeNote(fatima, 'Meer bankjes', await areaPoint(fatima, brainstorm, 'ideas', 0.3, 0.4))
    await screenshot(fatima, 'template-brainstorm-in-use')

    await eventually(async () => {
      const outcomes = await api<Outcomes>(`/api/sessions/${session.id}/outcomes`, session.join)
      const template = outcomes.templates.find((t) => t.instance === brainstorm)!
      expect(template.question).toBe('Hoe maken we het centrum aantrekkelijker?')
      expect(template.areas.find((a) => a.key === 'cluster-1')).toMatchObject({ label: 'Verkeer', items: [expect.objectContaining({ text: 'Fietsstraat' })] })
      expect(itemsIn(outcomes, brainstorm, 'ideas').map((item) => item.text)).toEqual(['Meer bankjes'])
    })
    await bram.locator('[data-label-role="question"]', { hasText: 'Hoe maken we het centrum aantrekkelijker?' }).waitFor({ state: 'attached', timeout: 3_000 })

    // A cluster dragged by its empty part takes its notes along.
    const grab = await areaPoint(fatima, brainstorm, 'cluster-1', 0.15, 0.85)
    const noteBefore = await noteCenter(fatima, 'Fietsstraat')
    await fatima.mouse.move(grab.x, grab.y)
    await fatima.mouse.down()
    await fatima.mouse.move(grab.x + 60, grab.y + 20, { steps: 5 })
    await fatima.mouse.move(grab.x + 120, grab.y + 40, { steps: 5 })
    await fatima.mouse.up()
    const noteAfter = await noteCenter(fatima, 'Fietsstraat')
    expect(Math.round(noteAfter.x - noteBefore.x)).toBe(120)
    expect(Math.round(noteAfter.y - noteBefore.y)).toBe(40)
    await eventually(async () => {
      const outcomes = await api<Outcomes>(`/api/sessions/${session.id}/outcomes`, session.join)
      expect(itemsIn(outcomes, brainstorm, 'cluster-1').map((item) => item.text)).toEqual(['Fietsstraat'])
    })

    // A cluster added to the brainstorm in view and an actions area, each at a free spot.
    const before = await board(fatima, (editor) => editor.getCurrentPageShapes().length)
    await fatima.getByTestId('insert-menu').click()
    await fatima.getByTestId('add-cluster').click()
    // Its name is asked for at once.
    await focused(fatima, 'cluster-name')
    await fatima.keyboard.type('Groen')
    await fatima.keyboard.press('Enter')
    await fatima.getByTestId('insert-menu').click()
    await fatima.getByTestId('add-actions-area').click()
    const added = await board(
      fatima,
      (editor, n: number) =>
        editor
          .getCurrentPageShapesSorted()
          .slice(-2)
          .map((s: any) => ({ type: s.type, kind: s.props.kind, instance: s.props.instance, label: s.props.label, isLocked: s.isLocked, count: n })),
      before,
    )
    expect(added).toEqual([
      expect.objectContaining({ type: 'sb-area', kind: 'cluster', instance: brainstorm, label: 'Groen', isLocked: false }),
      expect.objectContaining({ type: 'sb-area', kind: 'actions', isLocked: true }),
    ])
    await eventually(async () => {
      const outcomes = await api<Outcomes>(`/api/sessions/${session.id}/outcomes`, session.join)
      expect(outcomes.templates.find((t) => t.instance === brainstorm)!.areas.map((a) => a.label)).toContain('Groen')
      expect(outcomes.templates.some((t) => t.template === 'board' && t.areas.some((a) => a.kind === 'actions'))).toBe(true)
    })

    // The view link shows the templates, without the insert menu.
    const projector = await w.openPage(`${w.server.url}/v/${session.view}`, { viewport: PROJECTOR })
    await waitForBoard(projector)
    await projector.locator('[data-area-kind="quadrant"]').first().waitFor({ state: 'attached' })
    expect(await projector.getByTestId('insert-menu').count()).toBe(0)
    await showInstance(projector, instances['actor-map'])
    await cameraSettled(projector)
    await screenshot(projector, 'projector-actor-map')
  }, 300_000)
})
