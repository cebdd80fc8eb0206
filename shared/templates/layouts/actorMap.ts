// Actorenkaart: the power/interest grid (invloed × belang), and the Factor C "ringen van invloed"
// as a second layout of the same template: role now on the left half, role wanted on the right.
import type { AreaSpec, LabelSpec, TemplateSpec } from '../types.ts'

const Q = { w: 900, h: 620 }
const LEFT = 140 // room for the vertical influence axis
const TOP = 150 // title
const BOTTOM = 110 // interest axis

export function actorMapQuadrants(): TemplateSpec {
  const x0 = LEFT
  const y0 = TOP
  const quadrant = (key: AreaSpec['key'], col: 0 | 1, row: 0 | 1, order: number, tint: AreaSpec['tint']): AreaSpec => ({
    key,
    kind: 'quadrant',
    order,
    x: x0 + col * Q.w,
    y: y0 + row * Q.h,
    w: Q.w,
    h: Q.h,
    labelKey: `actorMap.quadrant.${key}` as AreaSpec['labelKey'],
    hintKey: `actorMap.quadrant.${key}.hint` as AreaSpec['labelKey'],
    tint,
  })
  const areas = [
    quadrant('key-players', 1, 0, 0, 'red'),
    quadrant('keep-satisfied', 0, 0, 1, 'orange'),
    quadrant('keep-informed', 1, 1, 2, 'blue'),
    quadrant('monitor', 0, 1, 3, 'grey'),
  ]
  const gridBottom = y0 + 2 * Q.h
  const labels: LabelSpec[] = [
    { role: 'title', labelKey: 'template.actor-map.title', x: 0, y: 20, w: 1200, size: 'xl' },
    { role: 'legend', labelKey: 'actorMap.legend', x: 700, y: 40, w: LEFT + 2 * Q.w - 700, size: 's', align: 'end' },
    { role: 'axis', labelKey: 'actorMap.axis.influence', x: 10, y: y0, w: 2 * Q.h, size: 'l', align: 'middle', vertical: true },
    { role: 'caption', labelKey: 'actorMap.axis.influenceHigh', x: 0, y: y0, w: LEFT - 20, size: 'm', align: 'end' },
    { role: 'caption', labelKey: 'actorMap.axis.influenceLow', x: 0, y: gridBottom - 60, w: LEFT - 20, size: 'm', align: 'end' },
    { role: 'axis', labelKey: 'actorMap.axis.interest', x: x0, y: gridBottom + 40, w: 2 * Q.w, size: 'l', align: 'middle' },
    { role: 'caption', labelKey: 'actorMap.axis.interestLow', x: x0, y: gridBottom + 10, w: 300, size: 'm', align: 'start' },
    { role: 'caption', labelKey: 'actorMap.axis.interestHigh', x: x0 + 2 * Q.w - 300, y: gridBottom + 10, w: 300, size: 'm', align: 'end' },
  ]
  return {
    layout: 'actor-map',
    template: 'actor-map',
    titleKey: 'template.actor-map.title',
    w: LEFT + 2 * Q.w,
    h: TOP + 2 * Q.h + BOTTOM,
    areas,
    labels,
  }
}

const RINGS = ['meebeslissen', 'meewerken', 'meedenken', 'meeweten'] as const
const R = 900 // outer radius of the outer ring

// The rings need room under the title for the "now" and "wanted" headings.
const RINGS_TOP = 230

export function actorMapRings(): TemplateSpec {
  const cx = R
  const cy = RINGS_TOP + R
  const areas: AreaSpec[] = []
  let order = 0
  for (const lane of ['now', 'next'] as const) {
    RINGS.forEach((ring, i) => {
      const outer = (R * (i + 1)) / RINGS.length
      const inner = (R * i) / RINGS.length
      areas.push({
        key: `${ring}-${lane}`,
        kind: 'ring',
        order: order++,
        x: cx - outer,
        y: cy - outer,
        w: 2 * outer,
        h: 2 * outer,
        labelKey: `actorMap.ring.${ring}`,
        tint: (['violet', 'blue', 'green', 'yellow'] as const)[i]!,
        geometry: 'ring',
        ringInner: inner / outer,
        side: lane === 'now' ? 'left' : 'right',
        lane,
      })
    })
  }
  const labels: LabelSpec[] = [
    { role: 'title', labelKey: 'template.actor-map.rings.title', x: 0, y: 20, w: 1200, size: 'xl' },
    { role: 'axis', labelKey: 'actorMap.rings.now', x: 0, y: RINGS_TOP - 80, w: R - 40, size: 'l', align: 'start' },
    { role: 'axis', labelKey: 'actorMap.rings.next', x: R + 40, y: RINGS_TOP - 80, w: R - 40, size: 'l', align: 'end' },
    { role: 'legend', labelKey: 'actorMap.legend', x: 0, y: RINGS_TOP + 2 * R + 30, w: 2 * R, size: 'm', align: 'middle' },
  ]
  return {
    layout: 'actor-map:rings',
    template: 'actor-map',
    titleKey: 'template.actor-map.rings.title',
    w: 2 * R,
    h: RINGS_TOP + 2 * R + 100,
    areas,
    labels,
  }
}
