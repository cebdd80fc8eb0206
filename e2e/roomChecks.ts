// What a full room needs from a page, measured from the rendered DOM (never from the store alone): the top
// bar's commands are what a click at their centre hits, no two notes overlap and no note's text leaves it,
// and how large note text is drawn on screen.
import type { Page } from 'playwright-core'

export interface Hit {
  command: string
  hit: boolean
  labelled: boolean
  width: number
}

/** Every command of the top bar: does a click at its centre land on it, and is its label shown? */
export function hitTest(page: Page): Promise<Hit[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.topbar [data-command], .topbar [data-testid="links-toggle"]')].map((el) => {
      const r = el.getBoundingClientRect()
      const at = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)
      const label = el.querySelector<HTMLElement>('.chrome-label')
      const labelled = label ? label.offsetWidth > 0 && getComputedStyle(label).display !== 'none' : (el.textContent ?? '').trim().length > 0
      return {
        command: el.getAttribute('data-command') ?? el.getAttribute('data-testid') ?? '?',
        hit: at !== null && el.contains(at),
        labelled,
        width: Math.round(r.width),
      }
    }),
  )
}

export interface NotesOnScreen {
  /** Notes drawn (tldraw culls those outside the viewport: zoom to what you measure first). */
  notes: number
  /** Pairs of notes whose drawn boxes overlap (more than half a pixel). */
  overlappingPairs: number
  /** Notes whose text (every line of it) reaches outside the note by more than a pixel. */
  textOutside: number
  /** How far the worst note's text reaches outside, in CSS px. */
  worstOutsidePx: number
}

/** Overlaps and text overflow of every note drawn on the page right now. */
export function notesOnScreen(page: Page): Promise<NotesOnScreen> {
  return page.evaluate(() => {
    const notes = [...document.querySelectorAll<HTMLElement>('.tl-note__container')].filter((n) => n.getBoundingClientRect().width > 0)
    const boxes = notes.map((n) => n.getBoundingClientRect())
    let textOutside = 0
    let worst = 0
    notes.forEach((note, i) => {
      const text = note.querySelector('.tl-rich-text')
      if (!text) return
      const range = document.createRange()
      range.selectNodeContents(text)
      const t = range.getBoundingClientRect()
      const box = boxes[i]!
      const outside = Math.max(0, t.bottom - box.bottom, box.top - t.top, t.right - box.right, box.left - t.left)
      if (outside > 1) textOutside++
      worst = Math.max(worst, outside)
    })
    let overlappingPairs = 0
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!
        const b = boxes[j]!
        if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) overlappingPairs++
      }
    }
    return { notes: notes.length, overlappingPairs, textOutside, worstOutsidePx: Math.round(worst) }
  })
}

/** The smallest font size note text is drawn at on screen (CSS px: font size × camera zoom × shape scale). */
export function smallestNoteTextPx(page: Page): Promise<{ notes: number; smallestPx: number }> {
  return page.evaluate(() => {
    let smallest = Infinity
    let notes = 0
    for (const text of document.querySelectorAll<HTMLElement>('.tl-note__container .tl-rich-text')) {
      const rect = text.getBoundingClientRect()
      if (rect.width === 0 || rect.bottom < 0 || rect.top > window.innerHeight || rect.right < 0 || rect.left > window.innerWidth) continue
      // The drawn size: the computed font size scaled by every transform above it (the camera, the note).
      const scale = rect.width / text.offsetWidth
      const px = parseFloat(getComputedStyle(text).fontSize) * scale
      smallest = Math.min(smallest, px)
      notes++
    }
    return { notes, smallestPx: notes ? Math.round(smallest * 10) / 10 : 0 }
  })
}
