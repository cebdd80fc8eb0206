// Brainstorm: the central question on top, an ideas area, and clusters beside it that anyone can add,
// name and drag notes into (two empty ones to start).
import type { LabelSpec, TemplateSpec } from '../types.ts'

export const CLUSTER_SIZE = { w: 760, h: 520 }
const TOP = 320
const IDEAS = { w: 1300, h: 1100 }
const GAP = 60

export function brainstorm(): TemplateSpec {
  const clusterX = IDEAS.w + GAP
  const labels: LabelSpec[] = [
    { role: 'title', labelKey: 'template.brainstorm.title', x: 0, y: 20, w: 1000, size: 'xl' },
    {
      role: 'question',
      labelKey: 'brainstorm.question.placeholder',
      x: 0,
      y: 130,
      w: IDEAS.w + GAP + CLUSTER_SIZE.w,
      size: 'xl',
      align: 'middle',
    },
  ]
  return {
    layout: 'brainstorm',
    template: 'brainstorm',
    titleKey: 'template.brainstorm.title',
    w: IDEAS.w + GAP + CLUSTER_SIZE.w,
    h: TOP + IDEAS.h,
    areas: [
      { key: 'ideas', kind: 'ideas', x: 0, y: TOP, ...IDEAS, labelKey: 'brainstorm.ideas', hintKey: 'brainstorm.ideas.hint', tint: 'yellow' },
      { key: 'cluster-1', kind: 'cluster', x: clusterX, y: TOP, ...CLUSTER_SIZE, labelKey: 'brainstorm.cluster.unnamed', tint: 'green' },
      {
        key: 'cluster-2',
        kind: 'cluster',
        x: clusterX,
        y: TOP + CLUSTER_SIZE.h + (IDEAS.h - 2 * CLUSTER_SIZE.h),
        ...CLUSTER_SIZE,
        labelKey: 'brainstorm.cluster.unnamed',
        tint: 'blue',
      },
    ],
    labels,
  }
}
