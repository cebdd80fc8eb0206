// What the browser tests ask a page's editor and the API about the board: where an area or a note is on
// screen, what the outcomes say. One place, so the tests read as what a person does.
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { eventually as pollUntil } from '../server/testing/yClient.ts'
import { typeNote, type Point } from './workshop.ts'

export interface OutcomeItem {
  type: 'note' | 'actor'
  text?: string
  name?: string
  party?: string
  interest?: string
  attitude?: string
  role?: string
}
export interface Outcomes {
  templates: Array<{
    instance: string
    template: string
    title: string
    question?: string
    areas: Array<{ id: string; kind: string; key: string; label: string; lane?: string; items: OutcomeItem[] }>
  }>
}

/** Everything about the board a test asks the editor, in one place. */
export function board<T, A = undefined>(page: Page, fn: (editor: any, arg: A) => T, arg?: A): Promise<T> {
  return page.evaluate(
    ([source, a]) => {
      const editor = (window as unknown as { __samenbordEditor: unknown }).__samenbordEditor
      return new Function('editor', 'arg', `return (${source})(editor, arg)`)(editor, a)
    },
    [fn.toString(), arg] as const,
  ) as Promise<T>
}

/** Shows a template instance on screen the way a person would scroll and zoom to it. */
export async function showInstance(page: Page, instance: string): Promise<void> {
  await board(
    page,
    (editor, id: string) => {
      const boxes = editor
        .getCurrentPageShapes()
        .filter((s: any) => (s.type === 'sb-area' || s.type === 'sb-label') && s.props.instance === id)
        .map((s: any) => editor.getShapePageBounds(s))
      const x = Math.min(...boxes.map((b: any) => b.x))
      const y = Math.min(...boxes.map((b: any) => b.y))
      const w = Math.max(...boxes.map((b: any) => b.x + b.w)) - x
      const h = Math.max(...boxes.map((b: any) => b.y + b.h)) - y
      editor.zoomToBounds({ x, y, w, h }, { inset: 120 })
    },
    instance,
  )
}

/** Screen point of a spot inside an area (fractions of its box; the middle by default). */
export function areaPoint(page: Page, instance: string, key: string, fx = 0.5, fy = 0.55): Promise<Point> {
  return board(
    page,
    (editor, a: { instance: string; key: string; fx: number; fy: number }) => {
      const area = editor.getCurrentPageShapes().find((s: any) => s.type === 'sb-area' && s.props.instance === a.instance && s.props.key === a.key)
      const b = editor.getShapePageBounds(area)
      return editor.pageToScreen({ x: b.x + b.w * a.fx, y: b.y + b.h * a.fy })
    },
    { instance, key, fx, fy },
  )
}

/**
 * Back on the canvas (a click in the middle of the screen), a new note typed `left` px left of the middle,
 * then selected with a click on it, as a person does: the note's id.
 */
export async function typeAndSelectNote(page: Page, text: string, left: number): Promise<string> {
  const size = page.viewportSize()!
  await page.mouse.click(size.width / 2, size.height / 2)
  await typeNote(page, text, { x: size.width / 2 - left, y: size.height / 2 })
  const center = await noteCenter(page, text)
  await page.mouse.click(center.x, center.y)
  return board(
    page,
    (editor, wanted: string) => editor.getCurrentPageShapes().find((s: any) => s.type === 'note' && editor.getShapeUtil(s).getText(s) === wanted).id as string,
    text,
  )
}

export async function noteCenter(page: Page, text: string): Promise<Point> {
  // A note's text reaches the store a frame or more after the last key: wait until a note says it.
  await page.waitForFunction(
    (wanted: string) => {
      const editor = (window as unknown as { __samenbordEditor?: any }).__samenbordEditor
      return Boolean(editor?.getCurrentPageShapes().some((s: any) => s.type === 'note' && editor.getShapeUtil(s).getText(s) === wanted))
    },
    text,
    { timeout: 10_000 },
  )
  return board(
    page,
    (editor, wanted: string) => {
      const note = editor.getCurrentPageShapes().find((s: any) => s.type === 'note' && editor.getShapeUtil(s).getText(s) === wanted)
      const b = editor.getShapePageBounds(note)
      return editor.pageToScreen({ x: b.x + b.w / 2, y: b.y + b.h / 2 })
    },
    text,
  )
}

/** Waits until the element with this test id has the keyboard focus. */
export async function focused(page: Page, testId: string): Promise<void> {
  await page.waitForFunction((id) => document.activeElement?.getAttribute('data-testid') === id, testId, { timeout: 3_000 })
}

export async function api<T>(baseUrl: string, path: string, token: string): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } })
  expect(res.status, `${path}: ${res.status}`).toBe(200)
  return (await res.json()) as T
}

export function itemsIn(outcomes: Outcomes, instance: string, key: string): OutcomeItem[] {
  const template = outcomes.templates.find((t) => t.instance === instance)
  return template?.areas.find((a) => a.key === key)?.items ?? []
}

/**
 * Polls until `check` passes (a presence: the server hears the edit a moment after the page makes it);
 * a step of 150 ms, as each check is a request to the server or a page.
 */
export function eventually(check: () => Promise<void>, timeout = 5_000): Promise<void> {
  return pollUntil(check, timeout, 150)
}

/**
 * Waits until the camera has stopped: the same in two frames running (a glide to a new template takes
 * 300 ms; a camera set without animation is still in one frame). For screenshots and clicks after a
 * camera move, instead of a fixed wait.
 */
export async function cameraSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __samenbordEditor: any; __samenbordLastCamera?: string }
      const camera = JSON.stringify(w.__samenbordEditor.getCamera())
      const still = w.__samenbordLastCamera === camera
      w.__samenbordLastCamera = camera
      return still
    },
    null,
    { polling: 'raf', timeout: 5_000 },
  )
}
