// Paste and drag-in: a note the user drops onto other notes inside an area (or onto its title), or
// that grows over its neighbours while being typed into, moves to a free spot by the shared layout
// rule once the gesture is over. Only the client whose user made the change reacts (store changes
// from the user have source 'user'; everyone else receives the result as a remote change), so two
// screens never fight over one note. The nudge joins the gesture's undo step: one Ctrl+Z undoes both.
import { useEffect, useRef } from 'react'
import type { Editor, TLShape, TLShapePartial } from 'tldraw'
import { settleNotes } from '../../../shared/layout/index.ts'
import { pageRecords } from './tidyArea.ts'

/** While one of these runs, the note is still on its way: settle when it is over. */
const BUSY_STATES = ['select.translating', 'select.resizing', 'select.rotating', 'select.editing_shape', 'select.pointing_shape', 'note']

export function useNoteSettling(editor: Editor | null, canGrowAreas: boolean, readOnly: boolean): void {
  const grow = useRef(canGrowAreas)
  grow.current = canGrowAreas
  useEffect(() => {
    if (!editor || readOnly) return
    const pending = new Set<string>()
    let timer: ReturnType<typeof setTimeout> | undefined
    const schedule = (ms = 0) => {
      clearTimeout(timer)
      timer = setTimeout(settle, ms)
    }
    const settle = () => {
      if (pending.size === 0) return
      if (BUSY_STATES.some((s) => editor.isIn(s as never)) || editor.getEditingShapeId()) return schedule(200)
      const ids = [...pending].filter((id) => editor.getShape(id as never))
      pending.clear()
      const put = settleNotes(pageRecords(editor), ids, { grow: grow.current })
      if (put.length === 0) return
      editor.run(() => editor.updateShapes(put.map((r) => ({ id: r.id, type: r.type, x: r.x, y: r.y, props: r.props }) as TLShapePartial<TLShape>)), {
        ignoreShapeLock: grow.current,
      })
    }
    const stops = [
      editor.sideEffects.registerAfterCreateHandler('shape', (shape, source) => {
        if (source !== 'user' || shape.type !== 'note') return
        pending.add(shape.id)
        schedule()
      }),
      editor.sideEffects.registerAfterChangeHandler('shape', (prev, next, source) => {
        if (source !== 'user' || next.type !== 'note') return
        const grew = (prev.props as { growY?: number }).growY !== (next.props as { growY?: number }).growY
        if (prev.x === next.x && prev.y === next.y && prev.parentId === next.parentId && !grew) return
        pending.add(next.id)
        schedule()
      }),
    ]
    return () => {
      clearTimeout(timer)
      for (const stop of stops) stop()
    }
  }, [editor, readOnly])
}
