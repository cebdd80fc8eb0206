// Terugblik: last time's actions in four status lanes, left to right as work moves (nog open → bezig →
// klaar) with vervallen last. A lane's key IS the status: a note dragged into a lane takes that status
// (shared/review/lanes.ts), so the room confirms or changes progress by moving notes.
import type { ActionStatus } from '../../actions/types.ts'
import type { AreaSpec, TemplateSpec } from '../types.ts'

/** The lanes in reading order; each is one action status. */
const REVIEW_LANES: ReadonlyArray<{ status: ActionStatus; tint: AreaSpec['tint'] }> = [
  { status: 'open', tint: 'orange' },
  { status: 'doing', tint: 'blue' },
  { status: 'done', tint: 'green' },
  { status: 'dropped', tint: 'grey' },
]

const TOP = 200
// 700 wide holds three columns of notes (the shared layout rule), so a long list stays short.
const LANE = { w: 700, h: 1200 }
const GAP = 40

export function review(): TemplateSpec {
  const w = REVIEW_LANES.length * LANE.w + (REVIEW_LANES.length - 1) * GAP
  return {
    layout: 'review',
    template: 'review',
    titleKey: 'template.review.title',
    w,
    h: TOP + LANE.h,
    areas: REVIEW_LANES.map(({ status, tint }, i) => ({
      key: status,
      kind: 'review',
      order: i,
      x: i * (LANE.w + GAP),
      y: TOP,
      ...LANE,
      labelKey: `review.lane.${status}`,
      hintKey: `review.lane.${status}.hint`,
      tint,
    })),
    labels: [
      { role: 'title', labelKey: 'template.review.title', x: 0, y: 20, w: 1200, size: 'xl' },
      { role: 'caption', labelKey: 'review.caption', x: 0, y: 120, w, size: 'm' },
    ],
  }
}
