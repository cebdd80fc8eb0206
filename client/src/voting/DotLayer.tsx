// The dots on the canvas, drawn in page space (tldraw's OnTheCanvas slot) so they move and zoom with the
// notes. While a vote is open, each note in it is one big click target: a click puts one of our dots
// on it, the round "−" takes one back. Our own dots show in our colour at the foot of the note; the
// totals show as a round badge on the corner once the vote is live, revealed or closed.
// Being inside the canvas, the wheel and pinch still zoom the board over a note.
import type { CSSProperties, PointerEvent as ReactPointerEvent } from 'react'
import { useEditor, useValue } from 'tldraw'
import { useT } from '../i18n/I18nProvider.tsx'
import { castDot, useVoteView } from './useVote.ts'
import { useWorkshop } from './workshopContext.ts'

/** Own dots drawn one by one up to this many; more show as "●×7". */
const MAX_DRAWN = 5

interface Placed {
  id: string
  x: number
  y: number
  w: number
  h: number
}

const NONE: Placed[] = []

export function DotLayer() {
  const editor = useEditor()
  const t = useT()
  const workshop = useWorkshop()
  const view = useVoteView()
  const ids = view?.notes.map((n) => n.id) ?? []
  const idsKey = ids.join(' ')

  const placed = useValue('samenbord dot placements', () => {
    // No vote: nothing to read, so no dependency on the shapes (a scan of the board per change).
    if (!idsKey) return NONE
    const wanted = new Set(idsKey.split(' '))
    const out: Placed[] = []
    // In the canvas's paint order, so where notes overlap the click target on top belongs to the note
    // drawn on top: a dot goes to the note the person sees and clicks, never to one hidden under it.
    for (const shape of editor.getCurrentPageShapesSorted()) {
      if (!wanted.has(shape.id) || editor.isShapeHidden(shape)) continue
      const bounds = editor.getShapePageBounds(shape)
      if (bounds) out.push({ id: shape.id, x: bounds.minX, y: bounds.minY, w: bounds.w, h: bounds.h })
    }
    return out
  }, [editor, idsKey])
  // The totals badge keeps about the same size on screen (~50 px) at any zoom, so the room can read
  // it on the projector however far out the board is zoomed, and it does not swamp a zoomed-in note.
  const grow = useValue('samenbord dot scale', () => Math.min(2.5, Math.max(0.5, 0.85 / editor.getZoomLevel())), [editor])

  if (!view || placed.length === 0) return null
  // Participants vote; the facilitator runs the vote and keeps the canvas to move and select notes.
  const canVote = view.open && workshop.role === 'join' && workshop.board !== null
  const stop = (event: ReactPointerEvent) => {
    editor.markEventAsHandled(event)
    event.stopPropagation()
  }

  return (
    <div className="dot-layer" data-testid="dot-layer" data-open={view.open} style={{ '--dot-grow': grow, '--my-color': workshop.color } as CSSProperties}>
      {placed.map((p) => {
        const note = view.byId.get(p.id)
        if (!note) return null
        return (
          <div key={p.id} className="dot-note" data-note-id={p.id} style={{ transform: `translate(${p.x}px, ${p.y}px)`, width: p.w, height: p.h }}>
            {canVote && (
              <button
                type="button"
                className="dot-target"
                data-testid="dot-target"
                data-note-id={p.id}
                aria-label={t('vote.add')}
                title={`${t('vote.add')} · ${t('vote.dotsLeft', { left: view.left, dots: view.vote.dots })}`}
                onPointerDown={stop}
                onPointerUp={stop}
                onClick={(event) => {
                  event.stopPropagation()
                  void castDot(workshop, view, p.id, 1, t)
                }}
              />
            )}
            {view.showTotals && note.total > 0 && (
              <span
                className="dot-badge"
                data-testid="dot-badge"
                data-note-id={p.id}
                data-count={note.total}
                title={t('vote.badge.total', { count: note.total })}
              >
                {note.total}
              </span>
            )}
            {note.mine > 0 && (
              <div className="dot-mine" data-testid="my-dots" data-note-id={p.id} data-count={note.mine} title={t('vote.badge.mine', { count: note.mine })}>
                {note.mine <= MAX_DRAWN ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: dots are interchangeable: only how many are drawn matters, so the position is the identity
                  Array.from({ length: note.mine }, (_, i) => <span key={i} className="dot" aria-hidden="true" />)
                ) : (
                  <>
                    <span className="dot" aria-hidden="true" />
                    <span className="dot-more">×{note.mine}</span>
                  </>
                )}
                {canVote && (
                  <button
                    type="button"
                    className="dot-remove"
                    data-testid="dot-remove"
                    data-note-id={p.id}
                    aria-label={t('vote.remove')}
                    title={t('vote.remove')}
                    onPointerDown={stop}
                    onPointerUp={stop}
                    onClick={(event) => {
                      event.stopPropagation()
                      void castDot(workshop, view, p.id, -1, t)
                    }}
                  >
                    −
                  </button>
                )}
              </div>
            )}
          </div>
        )
      })}
    </div>
  )
}
