// What the projector shows and at which zoom: readable from the back of the room. The camera rule is
// here, pure; client/src/projector turns it into tldraw camera moves.
//
// The rule: note text is never smaller than PROJECTOR_MIN_TEXT_PX screen pixels (24 px at 1920×1080 is
// about 2 cm letters on a 3 m wide screen, readable at 4 m). A target (an area, a template, the whole
// board) that fits the screen at that zoom is shown whole, as large as it fits (up to MAX_ZOOM). One that
// does not is shown in pages at the readable zoom, in reading order, each next page starting at the
// first note the previous one cut, so every note that fits a screen is whole on some page; pages without
// a whole note are skipped. A page shows only whole notes: the ones its edges would cut (cutBy) are left
// out of it (the client hides them), so no part shows half a note. Only a note taller or wider than the
// screen at that zoom is shown cut: nothing else could show it at that size.
// Following the facilitator's view: their view itself when it is readable, else the readable part of it
// with the most notes.
import type { FocusState, FollowState } from '../facilitation/types.ts'
import { projectorFollowTarget, type FollowCandidate } from '../facilitation/followPlan.ts'

export interface Size {
  w: number
  h: number
}
export interface Point {
  x: number
  y: number
}
export interface Box extends Point, Size {}

/** The smallest note text on the projector, in CSS pixels. */
export const PROJECTOR_MIN_TEXT_PX = 24
/** Room kept around a target, in screen pixels. */
const PROJECTOR_INSET_PX = 24
/** A near-empty target is not blown up further than this. */
const PROJECTOR_MAX_ZOOM = 2
/** Space kept between a page's edge and the first note it leaves for the next page (page units). */
const PAGE_PAD = 16
/** A rule that never ends a board on hundreds of pages: past this, pages are as many as it takes in steps of whole windows. */
const MAX_STOPS = 40
/** Windows tried when looking for the busiest part of a view (one per note, the first so many). */
const MAX_CANDIDATES = 400
/** Zoom a hair above the exact readable one, so rounding in the browser never lands a note at 23.99 px. */
const READABLE_SLACK = 1.002

/**
 * tldraw 5.4.2's note text: theme font size (16) × LABEL_FONT_SIZES[size] (default-shape-constants),
 * times the note's own shrink for words that do not fit (fontSizeAdjustment) and its scale.
 */
const TLDRAW_THEME_FONT_SIZE = 16
const TLDRAW_LABEL_FONT_SIZES: Readonly<Record<string, number>> = { s: 1.125, m: 1.375, l: 1.625, xl: 2 }

/** Font size of a note's text in page units, from its props as stored. */
export function noteTextSize(props: { size?: unknown; scale?: unknown; fontSizeAdjustment?: unknown }): number {
  const factor = TLDRAW_LABEL_FONT_SIZES[String(props.size)] ?? TLDRAW_LABEL_FONT_SIZES.m!
  const positive = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 1)
  return TLDRAW_THEME_FONT_SIZE * factor * positive(props.fontSizeAdjustment) * positive(props.scale)
}

/** A note as the camera rule sees it: where it is and how big its text is (page units). */
export interface ProjectorNote {
  box: Box
  textSize: number
  /** The shape's id, for the client to hide a note a page would cut. */
  id?: string
}

/** The zoom at which the smallest note text is `minTextPx` on screen (a default note's when there are none). */
export function readableZoom(notes: readonly ProjectorNote[], minTextPx = PROJECTOR_MIN_TEXT_PX): number {
  const smallest = notes.reduce((min, n) => (n.textSize > 0 ? Math.min(min, n.textSize) : min), Infinity)
  return (minTextPx / (Number.isFinite(smallest) ? smallest : noteTextSize({ size: 'm' }))) * READABLE_SLACK
}

export interface ProjectorShot {
  zoom: number
  /** Windows of the page (each exactly the screen at `zoom`) to show in turn; one when the target fits. */
  pages: Box[]
}

/**
 * How the projector shows `target` (page units) on a screen of `screen` CSS pixels: whole when it is
 * readable so, else in pages at the readable zoom (see the module comment).
 */
export function projectorShot(
  target: Box,
  notes: readonly ProjectorNote[],
  screen: Size,
  opts: { minTextPx?: number; insetPx?: number; maxZoom?: number } = {},
): ProjectorShot {
  const inset = Math.min(opts.insetPx ?? PROJECTOR_INSET_PX, screen.w / 4, screen.h / 4)
  const inner = { w: Math.max(1, screen.w - 2 * inset), h: Math.max(1, screen.h - 2 * inset) }
  const readable = readableZoom(notes, opts.minTextPx)
  const maxZoom = Math.max(opts.maxZoom ?? PROJECTOR_MAX_ZOOM, readable)
  const fit = Math.min(inner.w / Math.max(target.w, 1), inner.h / Math.max(target.h, 1))
  const window = (zoom: number, content: Box): Box => ({
    x: content.x - inset / zoom,
    y: content.y - inset / zoom,
    w: screen.w / zoom,
    h: screen.h / zoom,
  })
  if (fit >= readable) {
    const zoom = Math.min(fit, maxZoom)
    const w = inner.w / zoom
    const h = inner.h / zoom
    return { zoom, pages: [window(zoom, { x: target.x + target.w / 2 - w / 2, y: target.y + target.h / 2 - h / 2, w, h })] }
  }
  const zoom = readable
  const w = inner.w / zoom
  const h = inner.h / zoom
  const xs = stops(
    target.x,
    target.x + target.w,
    w,
    notes.map((n) => [n.box.x, n.box.x + n.box.w]),
  )
  const ys = stops(
    target.y,
    target.y + target.h,
    h,
    notes.map((n) => [n.box.y, n.box.y + n.box.h]),
  )
  const pages: Box[] = []
  for (const y of ys) {
    for (const x of xs) {
      const page = window(zoom, { x, y, w, h })
      const first = pages.length === 0 && y === ys[0] && x === xs[0]
      const shows = (n: ProjectorNote) => containsBox(page, n.box) || (!fitsIn(page, n.box) && !isCut(page, n.box) && contains(page, centre(n.box)))
      if (first || notes.some(shows)) pages.push(page)
    }
  }
  return { zoom, pages }
}

/**
 * The notes a page (a window of `projectorShot`) would show cut at its edges: they overlap it and are cut
 * along a side that a page can hold whole (another page shows them whole there). The projector leaves
 * them out of this page. A note taller (or wider) than a screen at this zoom is cut along that side on
 * every page: it is left out only where it is also cut along the other side.
 */
export function cutBy(page: Box, notes: readonly ProjectorNote[]): ProjectorNote[] {
  return notes.filter((n) => isCut(page, n.box))
}

function isCut(page: Box, box: Box): boolean {
  if (!overlaps(page, box)) return false
  const cutX = box.x < page.x || box.x + box.w > page.x + page.w
  const cutY = box.y < page.y || box.y + box.h > page.y + page.h
  return (cutX && box.w <= page.w) || (cutY && box.h <= page.h)
}

function fitsIn(page: Box, box: Box): boolean {
  return box.w <= page.w && box.h <= page.h
}

function overlaps(a: Box, b: Box): boolean {
  return b.x < a.x + a.w && b.x + b.w > a.x && b.y < a.y + a.h && b.y + b.h > a.y
}

/**
 * Where windows of length `length` start along [from, to]: the first at `from`, each next one at the
 * first item (interval) the previous one cuts or leaves out, the last ending at `to`; a span that fits
 * gets one window centred on it. Ends early when no item lies beyond a window.
 */
export function stops(from: number, to: number, length: number, items: ReadonlyArray<readonly [number, number]>): number[] {
  if (to - from <= length) return [(from + to) / 2 - length / 2]
  const result = [from]
  let start = from
  while (start + length < to && result.length < MAX_STOPS) {
    const end = start + length
    const beyond = items.filter(([, b]) => b > end + 0.5 && b > start)
    if (beyond.length === 0) break
    // The next window starts at the first item this one cuts or leaves out that a window can hold whole
    // (one larger than a window is cut on every one, and must not hold back the items beside it).
    const holdable = beyond.filter(([a, b]) => a > start + 0.5 && b - a <= length - PAGE_PAD)
    let next = holdable.length > 0 ? Math.min(...holdable.map(([a]) => a)) - PAGE_PAD : end
    if (next <= start + 0.5) next = end
    next = Math.min(next, to - length)
    if (next <= start + 0.5) break
    result.push(next)
    start = next
  }
  return result
}

function centre(box: Box): Point {
  return { x: box.x + box.w / 2, y: box.y + box.h / 2 }
}

function containsBox(outer: Box, inner: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h
}

function contains(box: Box, p: Point): boolean {
  return p.x >= box.x && p.x <= box.x + box.w && p.y >= box.y && p.y <= box.y + box.h
}

/** What the projector shows while following: a window of the page at a zoom. */
export interface FollowShot {
  zoom: number
  center: Point
}

/**
 * Following the facilitator's view `leader` (page units): their view fitted to the screen when its notes
 * are readable so; else a readable window of it: the part with the most whole notes (the one shown now,
 * `current`, while no other has more; nearest their view's centre among equals); else (no notes) its
 * centre. Their pointer is not used: it moves over menus and buttons as much as over the board.
 */
export function followShot(leader: Box, notes: readonly ProjectorNote[], screen: Size, current: Box | null, opts: { minTextPx?: number } = {}): FollowShot {
  const readable = readableZoom(notes, opts.minTextPx)
  const fit = Math.min(screen.w / Math.max(leader.w, 1), screen.h / Math.max(leader.h, 1))
  if (fit >= readable) return { zoom: fit, center: centre(leader) }
  const zoom = readable
  const w = screen.w / zoom
  const h = screen.h / zoom
  // Keeps the window inside their view (centred on it along a side where it is the larger).
  const clamp1 = (v: number, from: number, length: number, size: number) =>
    size >= length ? from + length / 2 : Math.min(Math.max(v, from + size / 2), from + length - size / 2)
  const clampInto = (c: Point): Point => ({ x: clamp1(c.x, leader.x, leader.w, w), y: clamp1(c.y, leader.y, leader.h, h) })
  const windowAt = (c: Point): Box => ({ x: c.x - w / 2, y: c.y - h / 2, w, h })
  const sameSize = current !== null && Math.abs(current.w - w) < 1 && Math.abs(current.h - h) < 1
  const inView = notes.filter((n) => contains(leader, centre(n.box)))
  if (inView.length === 0) return { zoom, center: centre(leader) }
  const whole = (box: Box) => inView.reduce((count, n) => count + (containsBox(box, n.box) ? 1 : 0), 0)
  const middle = centre(leader)
  let best = { center: clampInto(middle), count: -1, distance: Infinity }
  for (const note of inView.slice(0, MAX_CANDIDATES)) {
    const c = clampInto(centre(note.box))
    const count = whole(windowAt(c))
    const distance = Math.hypot(c.x - middle.x, c.y - middle.y)
    if (count > best.count || (count === best.count && distance < best.distance)) best = { center: c, count, distance }
  }
  if (current && sameSize && contains(leader, centre(current)) && whole(current) >= best.count) return { zoom, center: centre(current) }
  return { zoom, center: best.center }
}

/** What the projector is pointed at. */
export type ProjectorSubject = { kind: 'follow'; userId: string } | { kind: 'area'; areaId: string } | { kind: 'board' }

/**
 * Whom or what the projector shows: the user everyone was asked to follow (a deliberate "follow me");
 * else the focus area the facilitator set; else the first facilitator online; else the whole board.
 */
export function projectorSubject(
  control: { follow: Pick<FollowState, 'userId'>; focus: FocusState },
  peers: readonly FollowCandidate[],
  areaExists: (id: string) => boolean,
): ProjectorSubject {
  const others = peers.filter((peer) => !peer.isSelf && peer.userId !== null)
  const asked = control.follow.userId
  if (asked !== null && others.some((peer) => peer.userId === asked)) return { kind: 'follow', userId: asked }
  const area = control.focus.areaId
  if (area !== null && areaExists(area)) return { kind: 'area', areaId: area }
  const leader = projectorFollowTarget({ userId: null }, peers)
  return leader ? { kind: 'follow', userId: leader } : { kind: 'board' }
}
