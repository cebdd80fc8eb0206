// When a batch of remote changes is merged into the store: at the next animation frame, so everything
// that arrived within one frame (ten people's notes in ten updates) costs tldraw one transaction and
// React one render. A hidden tab gets no frames: there the batch is what arrived in one task.
export type Schedule = (run: () => void) => () => void

/** If a frame does not come this soon (the tab was hidden meanwhile, or is busy), run anyway. */
const FRAME_FALLBACK_MS = 100

export const nextFrame: Schedule = (run) => {
  let done = false
  let frame: number | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  const stop = () => {
    done = true
    if (frame !== undefined) cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
  const once = () => {
    if (done) return
    stop()
    run()
  }
  if (typeof document !== 'undefined' && document.visibilityState === 'hidden') queueMicrotask(once)
  else {
    frame = requestAnimationFrame(once)
    timer = setTimeout(once, FRAME_FALLBACK_MS)
  }
  return stop
}
