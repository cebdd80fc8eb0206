// Rolverdeling (kernwijzer Samenwerking): who takes which role in the cooperation, from the core group
// that leads it, through working on one theme and thinking along, to being kept informed. Columns left
// to right from most to least engagement; actor cards or notes with a name go in a role.
import type { AreaSpec, TemplateSpec } from '../types.ts'

const ROLES = ['kerngroep', 'thema', 'meedenker', 'informed'] as const

const TINTS: Record<(typeof ROLES)[number], AreaSpec['tint']> = { kerngroep: 'violet', thema: 'blue', meedenker: 'green', informed: 'grey' }

const TOP = 270
const COL = { w: 700, h: 1100 }
const GAP = 40

export function roleDivision(): TemplateSpec {
  const w = ROLES.length * COL.w + (ROLES.length - 1) * GAP
  return {
    layout: 'role-division',
    template: 'role-division',
    titleKey: 'template.role-division.title',
    w,
    h: TOP + COL.h,
    areas: ROLES.map((role, i) => ({
      key: role,
      kind: 'role',
      order: i,
      x: i * (COL.w + GAP),
      y: TOP,
      ...COL,
      labelKey: `role.${role}`,
      hintKey: `role.${role}.hint`,
      tint: TINTS[role],
    })),
    labels: [
      { role: 'title', labelKey: 'template.role-division.title', x: 0, y: 20, w: 1200, size: 'xl' },
      { role: 'caption', labelKey: 'roles.caption', x: 0, y: 115, w, size: 'm' },
      { role: 'axis', labelKey: 'roles.axis', x: 0, y: 180, w, size: 'l', align: 'middle' },
    ],
  }
}
