// Paints a template's sketch (shared/export/sketch.ts) as a PNG with Skia (@napi-rs/canvas): a landscape
// A4 page at 150 dpi, in the board's own font (tldraw's IBM Plex Sans woff2, which Skia reads). For the
// PDF, the Word file and the per-template board image.
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas'
import type { Sketch, SketchShape, SketchText } from '../../shared/export/sketch.ts'
import { FONTS, fontPath } from './pdfFonts.ts'
import { encodeRgbPng } from './png.ts'

/** Dots per inch: sharp in print, ~1754×1240 px per page, 100-300 kB as PNG. */
export const SKETCH_DPI = 150
const FAMILY = 'Samenbord Plex'
const LINE = 1.2

let fontsReady = false
function registerFonts(): void {
  if (fontsReady) return
  // Medium and Bold under one family name: Skia picks by weight.
  GlobalFonts.registerFromPath(fontPath(FONTS.body), FAMILY)
  GlobalFonts.registerFromPath(fontPath(FONTS.bold), FAMILY)
  fontsReady = true
}

const font = (size: number, bold = false) => `${bold ? 700 : 500} ${size}px "${FAMILY}"`

function lines(ctx: SKRSContext2D, text: SketchText): void {
  ctx.save()
  ctx.fillStyle = text.color
  ctx.font = font(text.size, text.bold)
  ctx.textBaseline = 'top'
  ctx.textAlign = text.align === 'middle' ? 'center' : text.align === 'end' ? 'right' : 'left'
  ctx.translate(text.x, text.y)
  if (text.vertical) ctx.rotate(-Math.PI / 2)
  const x = text.align === 'middle' ? text.w / 2 : text.align === 'end' ? text.w : 0
  text.lines.forEach((line, i) => {
    ctx.fillText(line, x, i * text.size * LINE, text.w)
  })
  ctx.restore()
}

function roundRect(ctx: SKRSContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath()
  ctx.roundRect(x, y, w, h, Math.min(r, w / 2, h / 2))
}

/** An area (a panel or a ring band) whose outline is the current path: filled, outlined, then named at `at`. */
function paintArea(
  ctx: SKRSContext2D,
  area: Extract<SketchShape, { type: 'rect' | 'ring' }>,
  at: { x: number; y: number; maxWidth: number; baseline: 'top' | 'middle'; align: 'left' | 'center' },
): void {
  ctx.fillStyle = area.fill
  ctx.fill()
  ctx.lineWidth = 1
  ctx.strokeStyle = area.stroke
  ctx.stroke()
  if (!area.label) return
  ctx.fillStyle = area.ink
  ctx.font = font(area.labelSize, true)
  ctx.textBaseline = at.baseline
  ctx.textAlign = at.align
  ctx.fillText(area.label, at.x, at.y, at.maxWidth)
}

function draw(ctx: SKRSContext2D, shape: SketchShape): void {
  switch (shape.type) {
    case 'rect': {
      roundRect(ctx, shape.x, shape.y, shape.w, shape.h, 4)
      const pad = Math.min(6, shape.w * 0.04)
      paintArea(ctx, shape, { x: shape.x + pad, y: shape.y + pad, maxWidth: Math.max(1, shape.w - 2 * pad), baseline: 'top', align: 'left' })
      return
    }
    case 'ring': {
      const [from, to] = shape.side === 'left' ? [Math.PI / 2, (3 * Math.PI) / 2] : shape.side === 'right' ? [-Math.PI / 2, Math.PI / 2] : [0, 2 * Math.PI]
      ctx.beginPath()
      ctx.arc(shape.cx, shape.cy, shape.outer, from, to)
      if (shape.inner > 0) ctx.arc(shape.cx, shape.cy, shape.inner, to, from, true)
      else ctx.lineTo(shape.cx, shape.cy)
      ctx.closePath()
      const maxWidth = Math.max(1, shape.outer - shape.inner) * 1.6
      paintArea(ctx, shape, { x: shape.labelX, y: shape.labelY, maxWidth, baseline: 'middle', align: 'center' })
      return
    }
    case 'note': {
      // A darker edge below and right for the note's lift (a blurred shadow costs Skia ~5 ms a note).
      ctx.fillStyle = 'rgba(0,0,0,0.16)'
      ctx.fillRect(shape.x + 0.6, shape.y + 0.8, shape.w, shape.h)
      ctx.fillStyle = shape.fill
      ctx.fillRect(shape.x, shape.y, shape.w, shape.h)
      ctx.fillStyle = '#1d1d1d'
      ctx.font = font(shape.size)
      ctx.textBaseline = 'top'
      ctx.textAlign = 'center'
      const height = shape.lines.length * shape.size * LINE
      const top = shape.y + Math.max(shape.h * 0.07, (shape.h - height) / 2)
      shape.lines.forEach((line, i) => {
        ctx.fillText(line, shape.x + shape.w / 2, top + i * shape.size * LINE, shape.w * 0.88)
      })
      return
    }
    case 'card': {
      roundRect(ctx, shape.x, shape.y, shape.w, shape.h, 3)
      ctx.fillStyle = '#ffffff'
      ctx.fill()
      ctx.lineWidth = 0.8
      ctx.strokeStyle = '#9aa3b2'
      ctx.stroke()
      const stripe = Math.max(2, shape.size * 0.5)
      ctx.fillStyle = shape.stripe
      ctx.fillRect(shape.x, shape.y, stripe, shape.h)
      ctx.textBaseline = 'top'
      ctx.textAlign = 'left'
      shape.lines.forEach((line, i) => {
        const last = i === shape.lines.length - 1
        ctx.fillStyle = last ? '#4b5563' : '#111827'
        ctx.font = font(shape.size, !last)
        ctx.fillText(line, shape.x + stripe + shape.size * 0.5, shape.y + shape.size * 0.5 + i * shape.size * LINE, shape.w - stripe - shape.size)
      })
      return
    }
    case 'text':
      lines(ctx, shape)
      return
  }
}

/** Sketches as one PNG, one page under the other (one sketch: one page), white behind them. */
export async function sketchPng(sketches: Sketch | readonly Sketch[], dpi = SKETCH_DPI): Promise<Uint8Array> {
  registerFonts()
  const pages = Array.isArray(sketches) ? (sketches as readonly Sketch[]) : [sketches as Sketch]
  const scale = dpi / 72
  const w = Math.max(...pages.map((p) => p.width))
  // Whole pixels per page, so that n pages are exactly n times one page's height.
  const pagePixels = pages.map((p) => Math.round(p.height * scale))
  const canvas = createCanvas(
    Math.round(w * scale),
    pagePixels.reduce((sum, px) => sum + px, 0),
  )
  const ctx = canvas.getContext('2d')
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, canvas.width, canvas.height)
  ctx.scale(scale, scale)
  for (const [i, page] of pages.entries()) {
    if (i > 0) {
      // A thin rule where one page ends and the next begins.
      ctx.fillStyle = '#d0d5dd'
      ctx.fillRect(0, -0.5, w, 1)
    }
    for (const shape of page.shapes) draw(ctx, shape)
    ctx.translate(0, pagePixels[i]! / scale)
  }
  return encodeRgbPng(canvas.width, canvas.height, ctx.getImageData(0, 0, canvas.width, canvas.height).data, dpi)
}
