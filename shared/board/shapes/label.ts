// sb-label: text that belongs to a template's structure: its title, axis labels, a legend line, the
// brainstorm's central question. Translated per viewer through labelKey unless text was typed.
import { createShapePropsMigrationSequence } from '@tldraw/tlschema'
import { T } from '@tldraw/validate'
import { TEMPLATE_IDS, type AreaTemplate } from './area.ts'

export const LABEL_SHAPE = 'sb-label'

export const LABEL_ROLES = ['title', 'axis', 'caption', 'legend', 'question'] as const
export type LabelRole = (typeof LABEL_ROLES)[number]

export interface LabelProps {
  w: number
  role: LabelRole
  /** Message key, translated for each viewer. */
  labelKey: string
  /** Text typed on the board (the question); wins over labelKey when not empty. */
  text: string
  size: 's' | 'm' | 'l' | 'xl'
  align: 'start' | 'middle' | 'end'
  /** Axis labels can run upwards along the left edge. */
  vertical: boolean
  template: AreaTemplate
  instance: string
}

export const labelShapeProps = {
  w: T.nonZeroNumber,
  role: T.literalEnum(...LABEL_ROLES),
  labelKey: T.string,
  text: T.string,
  size: T.literalEnum('s', 'm', 'l', 'xl'),
  align: T.literalEnum('start', 'middle', 'end'),
  vertical: T.boolean,
  template: T.literalEnum(...TEMPLATE_IDS, 'board'),
  instance: T.string,
}

export const labelShapeMigrations = createShapePropsMigrationSequence({ sequence: [] })
