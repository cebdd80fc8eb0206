// Afsprakenkader (kernwijzer Samenwerking): the agreements a working group endorses, one panel per
// topic, in the order a group settles them: why, who with what mandate, how it decides, meets and
// communicates, what it does when it chafes, and when it looks back. Four panels on top, three below.
import type { AreaSpec, TemplateSpec } from '../types.ts'

const AGREEMENT_TOPICS = ['goal', 'members', 'decide', 'meet', 'communicate', 'chafes', 'evaluate'] as const

const TINTS: Record<(typeof AGREEMENT_TOPICS)[number], AreaSpec['tint']> = {
  goal: 'violet',
  members: 'blue',
  decide: 'green',
  meet: 'orange',
  communicate: 'blue',
  chafes: 'red',
  evaluate: 'grey',
}

const TOP = 190
// 700 wide: three columns of notes per topic; the bottom row shares the same total width.
const CELL = { w: 700, h: 620 }
const GAP = 40
const PER_ROW = 4

export function agreements(): TemplateSpec {
  const w = PER_ROW * CELL.w + (PER_ROW - 1) * GAP
  const below = AGREEMENT_TOPICS.length - PER_ROW
  const wideW = Math.floor((w - (below - 1) * GAP) / below)
  const areas: AreaSpec[] = AGREEMENT_TOPICS.map((topic, i) => {
    const row = i < PER_ROW ? 0 : 1
    const col = row === 0 ? i : i - PER_ROW
    const cellW = row === 0 ? CELL.w : wideW
    return {
      key: topic,
      kind: 'agreement',
      order: i,
      // The last panel of the bottom row ends where the top row ends.
      x: row === 0 ? col * (CELL.w + GAP) : col === below - 1 ? w - wideW : col * (wideW + GAP),
      y: TOP + row * (CELL.h + GAP),
      w: cellW,
      h: CELL.h,
      labelKey: `agreement.${topic}`,
      hintKey: `agreement.${topic}.hint`,
      tint: TINTS[topic],
    }
  })
  return {
    layout: 'agreements',
    template: 'agreements',
    titleKey: 'template.agreements.title',
    w,
    h: TOP + 2 * CELL.h + GAP,
    areas,
    labels: [
      { role: 'title', labelKey: 'template.agreements.title', x: 0, y: 20, w: 1400, size: 'xl' },
      { role: 'caption', labelKey: 'agreements.caption', x: 0, y: 115, w, size: 'm' },
    ],
  }
}
