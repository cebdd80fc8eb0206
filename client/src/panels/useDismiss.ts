// A popover closes on Escape and on a press anywhere outside it (the canvas, the top bar).
import { useEffect, useRef, type RefObject } from 'react'

export function useDismiss(open: boolean, rootRef: RefObject<HTMLElement | null>, close: () => void): void {
  // The latest close, without re-registering the listeners on every render.
  const closeRef = useRef(close)
  closeRef.current = close
  useEffect(() => {
    const close = () => closeRef.current()
    if (!open) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close()
    }
    const onPointerDown = (event: PointerEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) close()
    }
    window.addEventListener('keydown', onKey)
    window.addEventListener('pointerdown', onPointerDown, true)
    return () => {
      window.removeEventListener('keydown', onKey)
      window.removeEventListener('pointerdown', onPointerDown, true)
    }
  }, [open, rootRef])
}
