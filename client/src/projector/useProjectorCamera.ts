// The projector's camera: it shows what the facilitator points at (projectorSubject: their "follow me",
// the focus area, their view, or the whole board) at a zoom that keeps note text readable from the back
// of the room (shared/workshop/projectorView.ts). A target too big for that is shown in pages that turn
// by themselves (and on PageDown/PageUp or the arrow keys: a presenter's clicker). When the camera moves
// for another reason (someone scrolls on the projector's laptop, "show on the board" in the action
// list), the projector leaves it there for a few seconds before it takes over again.
import { useCallback, useEffect, useRef, useState } from 'react'
import { react, type Editor } from 'tldraw'
import { cutBy, followShot, projectorShot, type Box, type ProjectorSubject } from '../../../shared/workshop/projectorView.ts'
import { areaTarget, boardTarget, leaderView, notesIn } from './projectorTargets.ts'
import { setProjectorCut } from './projectorCut.ts'

/** After the camera was moved by anything but the projector itself, leave it alone this long. */
const HANDS_OFF_MS = 8_000
/** How long each page of a target too big for one screen stays up. */
const PAGE_MS = 12_000
/** Glide to a new target (a page, an area); following glides faster, as the facilitator moves. */
const MOVE_MS = 500
const FOLLOW_MOVE_MS = 250
/** Right after the page opens, camera changes are tldraw's own. */
const SETTLE_MS = 1_500
/** Camera targets closer than this (screen px at the target zoom) are the same. */
const SAME_PX = 2

export interface ProjectorPaging {
  /** 0-based page shown; count 1 when the target fits one screen. */
  index: number
  count: number
}

export function useProjectorCamera(
  editor: Editor | null,
  enabled: boolean,
  subject: ProjectorSubject | null,
): { paging: ProjectorPaging; turn: (step: 1 | -1) => void } {
  const handsOffUntil = useRef(0)
  // Until when camera moves are the projector's own.
  const ownMoveUntil = useRef(0)
  const [paging, setPaging] = useState<ProjectorPaging>({ index: 0, count: 1 })
  const pageIndex = useRef(0)
  const [pageTick, setPageTick] = useState(0)
  const subjectKey = subject ? (subject.kind === 'follow' ? `follow:${subject.userId}` : subject.kind === 'area' ? `area:${subject.areaId}` : 'board') : 'none'

  useEffect(() => {
    if (!editor || !enabled) return
    // A camera move that is not our own is someone's hand on the projector's laptop: hands off for a while.
    ownMoveUntil.current = Date.now() + SETTLE_MS
    let last = editor.getCamera()
    return react('samenbord: projector hands off', () => {
      const camera = editor.getCamera()
      if (camera.x === last.x && camera.y === last.y && camera.z === last.z) return
      last = camera
      if (Date.now() < ownMoveUntil.current) return
      handsOffUntil.current = Date.now() + HANDS_OFF_MS
    })
  }, [editor, enabled])

  // A new subject starts at its first page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: subjectKey is the trigger: a new subject starts at its first page
  useEffect(() => {
    pageIndex.current = 0
    setPageTick((n) => n + 1)
  }, [subjectKey])

  const turn = useCallback((step: 1 | -1) => {
    pageIndex.current += step
    handsOffUntil.current = 0
    setPageTick((n) => n + 1)
  }, [])

  // biome-ignore lint/correctness/useExhaustiveDependencies: subjectKey stands for the subject (a new object each render would restart the camera), pageTick turns the page
  useEffect(() => {
    if (!editor || !enabled || !subject) return
    // The projector moves its camera itself: a tldraw follow (from before, or from the ordinary viewer page) would fight it.
    if (editor.getInstanceState().followingUserId) editor.stopFollowingUser()
    let applied: Box | null = null
    let appliedCut: readonly string[] = []
    let pageCount = 1

    // `cut`: the notes this page would show cut at its edges, hidden while it is up (none while following).
    const apply = (target: Box, duration: number, cut: readonly string[] = []) => {
      const screen = editor.getViewportScreenBounds()
      const zoom = screen.w / target.w
      if (applied) {
        const moved = Math.max(Math.abs(applied.x - target.x), Math.abs(applied.y - target.y), Math.abs(applied.w - target.w)) * zoom
        if (moved < SAME_PX) {
          if (Date.now() >= handsOffUntil.current) setProjectorCut(cut)
          return
        }
      }
      applied = target
      appliedCut = cut
      if (Date.now() < handsOffUntil.current) {
        setProjectorCut([])
        return
      }
      setProjectorCut(cut)
      ownMoveUntil.current = Date.now() + duration + 300
      editor.setCamera({ x: -target.x, y: -target.y, z: zoom }, { animation: { duration }, force: true })
    }

    const stop = react('samenbord: projector camera', () => {
      const screen = editor.getViewportScreenBounds()
      if (screen.w < 1 || screen.h < 1) return
      const size = { w: screen.w, h: screen.h }
      if (subject.kind === 'follow') {
        const leader = leaderView(editor, subject.userId)
        if (!leader) return
        const shot = followShot(leader.box, notesIn(editor, leader.box), size, applied)
        const w = size.w / shot.zoom
        const h = size.h / shot.zoom
        pageCount = 1
        apply({ x: shot.center.x - w / 2, y: shot.center.y - h / 2, w, h }, FOLLOW_MOVE_MS)
        return
      }
      const target = subject.kind === 'area' ? areaTarget(editor, subject.areaId) : boardTarget(editor)
      if (!target) return
      const shot = projectorShot(target.box, target.notes, size)
      pageCount = shot.pages.length
      const index = ((pageIndex.current % pageCount) + pageCount) % pageCount
      const page = shot.pages[index]!
      apply(
        page,
        MOVE_MS,
        cutBy(page, target.notes).flatMap((n) => (n.id ? [n.id] : [])),
      )
      setPaging((p) => (p.index === index && p.count === pageCount ? p : { index, count: pageCount }))
    })

    // Catch up after hands off, and turn the pages.
    const catchUp = setInterval(() => {
      if (applied && Date.now() >= handsOffUntil.current && Date.now() >= ownMoveUntil.current) {
        const camera = editor.getCamera()
        const screen = editor.getViewportScreenBounds()
        const now = { x: -camera.x, y: -camera.y, w: screen.w / camera.z }
        const off = Math.max(Math.abs(now.x - applied.x), Math.abs(now.y - applied.y), Math.abs(now.w - applied.w)) * camera.z
        if (off >= SAME_PX) {
          const target = applied
          applied = null
          apply(target, MOVE_MS, appliedCut)
        }
      }
    }, 1_000)
    const pager = setInterval(() => {
      if (pageCount < 2 || Date.now() < handsOffUntil.current) return
      pageIndex.current += 1
      setPageTick((n) => n + 1)
    }, PAGE_MS)
    return () => {
      stop()
      setProjectorCut([])
      clearInterval(catchUp)
      clearInterval(pager)
    }
    // pageTick: a page turn reruns the reaction with the new page.
  }, [editor, enabled, subject?.kind, subjectKey, pageTick])

  // A presenter's clicker sends PageDown/PageUp; the arrow keys do the same.
  useEffect(() => {
    if (!enabled) return
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLElement && event.target.closest('input, textarea, [contenteditable="true"]')) return
      if (event.key === 'PageDown' || event.key === 'ArrowRight') turn(1)
      else if (event.key === 'PageUp' || event.key === 'ArrowLeft') turn(-1)
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [enabled, turn])

  return { paging: subject?.kind === 'follow' ? { index: 0, count: 1 } : paging, turn }
}
