// Visiesessie: Visie → Doelen → Acties on one line of sight; the last column asks "wie doet wat, wanneer".
import type { AreaSpec, TemplateSpec } from '../types.ts'

const TOP = 160
const COL = { w: 800, h: 1200 }
const GAP = 80

export function vision(): TemplateSpec {
  const columns: Array<Pick<AreaSpec, 'key' | 'kind' | 'labelKey' | 'hintKey' | 'tint'>> = [
    { key: 'vision', kind: 'vision', labelKey: 'vision.vision', hintKey: 'vision.vision.hint', tint: 'violet' },
    { key: 'goals', kind: 'goals', labelKey: 'vision.goals', hintKey: 'vision.goals.hint', tint: 'blue' },
    { key: 'actions', kind: 'actions', labelKey: 'vision.actions', hintKey: 'vision.actions.hint', tint: 'green' },
  ]
  return {
    layout: 'vision',
    template: 'vision',
    titleKey: 'template.vision.title',
    w: 3 * COL.w + 2 * GAP,
    h: TOP + COL.h,
    areas: columns.map((column, i) => ({ ...column, order: i, x: i * (COL.w + GAP), y: TOP, ...COL })),
    labels: [{ role: 'title', labelKey: 'template.vision.title', x: 0, y: 20, w: 1200, size: 'xl' }],
  }
}
