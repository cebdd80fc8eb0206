// Participatieladder (Edelenbos): six rungs from informeren (bottom) to zelfbeheer (top), each with its
// meaning, and two lanes: where a party stands now, and where the group wants it next.
import type { AreaSpec, LabelSpec, TemplateSpec } from '../types.ts'

export const RUNGS = ['informeren', 'raadplegen', 'adviseren', 'coproduceren', 'meebeslissen', 'zelfbeheer'] as const

const TOP = 230
const RUNG_H = 240
const LANE_W = 1000
const GAP = 40

export function participationLadder(): TemplateSpec {
  const areas: AreaSpec[] = []
  const lanes = ['now', 'next'] as const
  let order = 0
  // Reading order is top to bottom (zelfbeheer first), as the ladder is drawn.
  RUNGS.slice()
    .reverse()
    .forEach((rung, row) => {
      lanes.forEach((lane, col) => {
        areas.push({
          key: `${rung}-${lane}`,
          kind: 'rung',
          order: order++,
          x: col * (LANE_W + GAP),
          y: TOP + row * RUNG_H,
          w: LANE_W,
          h: RUNG_H,
          labelKey: `ladder.rung.${rung}`,
          // The meaning is shown once per rung, in the "now" lane.
          ...(lane === 'now' ? { hintKey: `ladder.rung.${rung}.hint` as AreaSpec['labelKey'] } : {}),
          tint: (['violet', 'blue', 'green', 'yellow', 'orange', 'red'] as const)[RUNGS.indexOf(rung)]!,
          lane,
        })
      })
    })
  const labels: LabelSpec[] = [
    { role: 'title', labelKey: 'template.participation-ladder.title', x: 0, y: 20, w: 1400, size: 'xl' },
    { role: 'axis', labelKey: 'ladder.lane.now', x: 0, y: TOP - 80, w: LANE_W, size: 'l', align: 'middle' },
    { role: 'axis', labelKey: 'ladder.lane.next', x: LANE_W + GAP, y: TOP - 80, w: LANE_W, size: 'l', align: 'middle' },
  ]
  return {
    layout: 'participation-ladder',
    template: 'participation-ladder',
    titleKey: 'template.participation-ladder.title',
    w: 2 * LANE_W + GAP,
    h: TOP + RUNGS.length * RUNG_H,
    areas,
    labels,
  }
}
