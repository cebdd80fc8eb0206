// What the projector's camera rule (shared/workshop/projectorView.ts) needs from the editor: the box of
// what is shown (an area with its notes, the whole board, the facilitator's view) and the notes in it
// with their text size. Read inside tldraw signals, so a camera reaction reruns when they change.
import type { Editor, TLShape } from 'tldraw'
import { AREA_SHAPE } from '../../../shared/board/shapes/index.ts'
import { noteTextSize, type Box, type Point, type ProjectorNote } from '../../../shared/workshop/projectorView.ts'
import { hiddenBeyondCut } from './projectorCut.ts'

function toBox(b: { x: number; y: number; w: number; h: number }): Box {
  return { x: b.x, y: b.y, w: b.w, h: b.h }
}

function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x)
  const y = Math.min(a.y, b.y)
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y }
}

function containsPoint(box: Box, p: Point): boolean {
  return p.x >= box.x && p.x <= box.x + box.w && p.y >= box.y && p.y <= box.y + box.h
}

/** The notes on the current page whose centre lies in `box` (every note without one), as the rule sees them
 * (a note the projector's page hides as cut still counts: it is whole on another page). */
export function notesIn(editor: Editor, box: Box | null): ProjectorNote[] {
  const notes: ProjectorNote[] = []
  for (const shape of editor.getCurrentPageShapes()) {
    if (shape.type !== 'note' || hiddenBeyondCut(editor, shape)) continue
    const bounds = editor.getShapePageBounds(shape)
    if (!bounds) continue
    if (box && !containsPoint(box, { x: bounds.midX, y: bounds.midY })) continue
    notes.push({ id: shape.id, box: toBox(bounds), textSize: noteTextSize(shape.props as { size?: unknown; scale?: unknown; fontSizeAdjustment?: unknown }) })
  }
  return notes
}

export function areaExists(editor: Editor, id: string): boolean {
  return editor.getShape(id as TLShape['id'])?.type === AREA_SHAPE
}

/** An area and the notes in it (a note that spills over its edge is shown whole). */
export function areaTarget(editor: Editor, id: string): { box: Box; notes: ProjectorNote[] } | null {
  const shape = editor.getShape(id as TLShape['id'])
  const bounds = shape?.type === AREA_SHAPE ? editor.getShapePageBounds(shape) : undefined
  if (!bounds) return null
  const area = toBox(bounds)
  const notes = notesIn(editor, area)
  return { box: notes.reduce((box, note) => union(box, note.box), area), notes }
}

export function boardTarget(editor: Editor): { box: Box; notes: ProjectorNote[] } | null {
  const bounds = editor.getCurrentPageBounds()
  return bounds ? { box: toBox(bounds), notes: notesIn(editor, null) } : null
}

/** What a collaborator sees (page units); null when their presence is not here. */
export function leaderView(editor: Editor, userId: string): { box: Box } | null {
  const presence = editor.getCollaborators().find((c) => c.userId === userId)
  if (!presence || presence.currentPageId !== editor.getCurrentPageId()) return null
  const { camera, screenBounds } = presence
  if (!camera || !screenBounds || !(camera.z > 0) || !(screenBounds.w > 0) || !(screenBounds.h > 0)) return null
  return { box: { x: -camera.x, y: -camera.y, w: screenBounds.w / camera.z, h: screenBounds.h / camera.z } }
}
