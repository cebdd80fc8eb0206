// The projector's camera: it follows the facilitator's view (whom, see projectorFollowTarget), or,
// when nobody facilitates, shows the whole board and keeps it in view as the board grows. When the
// camera moves for another reason (someone scrolls on the projector's laptop, "show on the board" in
// the action list), the projector leaves it there for a few seconds before it takes over again.
import { useEffect, useRef } from 'react'
import { Box, react, type Editor, type TLUserId } from 'tldraw'

/** How often the projector checks that it shows what it should (also catches late presences). */
const CHECK_MS = 1_000
/** After the camera was moved by anything but the projector itself, leave it alone this long. */
const HANDS_OFF_MS = 8_000
/** Room around the whole board, in screen pixels (the join card sits in a corner). */
const FIT_INSET = 96
/** Our own fit animation (and the camera settling after a follow ends) lasts less than this. */
const OWN_MOVE_MS = 900
/** Right after the page opens, camera changes are tldraw's own. */
const SETTLE_MS = 1_500
/** Never zoom in further than this on a near-empty board. */
const MAX_FIT_ZOOM = 1.5

export function useProjectorCamera(editor: Editor | null, enabled: boolean, target: string | null): void {
  const lastInput = useRef(0)
  // Until when camera moves are the projector's own (its fit animation, or letting go of a follow).
  const ownMoveUntil = useRef(0)

  useEffect(() => {
    if (!editor || !enabled) return
    // A camera move while not following, and not our own, is someone else's: hands off for a while.
    // (While following, tldraw moves the camera; a person's wheel or pinch ends the follow, and the
    // camera change that comes with it counts here.)
    // The page has just opened: tldraw settles the camera first.
    ownMoveUntil.current = Date.now() + SETTLE_MS
    let last = editor.getCamera()
    return react('samenbord: projector hands off', () => {
      const camera = editor.getCamera()
      if (camera.x === last.x && camera.y === last.y && camera.z === last.z) return
      last = camera
      if (editor.getInstanceState().followingUserId !== null) return
      if (Date.now() < ownMoveUntil.current) return
      lastInput.current = Date.now()
    })
  }, [editor, enabled])

  useEffect(() => {
    if (!editor || !enabled) return
    // Set when the board's content changed since the last fit.
    let contentChanged = true
    const stopWatching = react('samenbord: projector content bounds', () => {
      editor.getCurrentPageBounds()
      contentChanged = true
    })

    const apply = () => {
      if (Date.now() - lastInput.current < HANDS_OFF_MS) return
      const following = editor.getInstanceState().followingUserId
      if (target) {
        if (following !== target) editor.startFollowingUser(target as TLUserId)
        contentChanged = true // fit again once nobody is followed
        return
      }
      if (following) {
        ownMoveUntil.current = Date.now() + OWN_MOVE_MS
        editor.stopFollowingUser()
      }
      if (!contentChanged) return
      contentChanged = false
      ownMoveUntil.current = Date.now() + OWN_MOVE_MS
      fitWholeBoard(editor)
    }

    apply()
    const timer = setInterval(apply, CHECK_MS)
    return () => {
      clearInterval(timer)
      stopWatching()
    }
  }, [editor, enabled, target])
}

/** Zooms to the whole board unless it is already comfortably in view. */
function fitWholeBoard(editor: Editor): void {
  const bounds = editor.getCurrentPageBounds()
  if (!bounds) return
  const viewport = editor.getViewportPageBounds()
  const inView = viewport.contains(Box.ExpandBy(bounds.clone(), 16 / editor.getZoomLevel()))
  const roomy = bounds.w < viewport.w * 0.55 && bounds.h < viewport.h * 0.55 && editor.getZoomLevel() < MAX_FIT_ZOOM
  if (inView && !roomy) return
  editor.zoomToBounds(bounds, { inset: FIT_INSET, targetZoom: MAX_FIT_ZOOM, animation: { duration: 500 } })
}
