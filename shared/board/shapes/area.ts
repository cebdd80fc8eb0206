// sb-area: a named region of a template (a quadrant, a ring, a rung, a column, a cluster). Its shape id
// is the area's stable id; notes and actor cards belong to the area they sit in (see shared/areas).
import { createShapePropsMigrationSequence } from '@tldraw/tlschema'
import { T } from '@tldraw/validate'

export const AREA_SHAPE = 'sb-area'

// 'decisions' holds agreed decisions (Besluiten); 'review' is a status lane of the Terugblik template (its
// key is the status: open, doing, done, dropped); 'role' a role of the role division; 'agreement' a topic
// of the agreements framework.
export const AREA_KINDS = ['quadrant', 'ring', 'rung', 'ideas', 'cluster', 'vision', 'goals', 'actions', 'decisions', 'review', 'role', 'agreement'] as const
export type AreaKind = (typeof AREA_KINDS)[number]

/** Template ids as used in the API; 'board' is an area added on its own (an "Acties" area, a loose cluster). */
export const TEMPLATE_IDS = ['actor-map', 'participation-ladder', 'brainstorm', 'vision', 'review', 'role-division', 'agreements'] as const
export type TemplateId = (typeof TEMPLATE_IDS)[number]
export type AreaTemplate = TemplateId | 'board'

export const AREA_TINTS = ['yellow', 'green', 'blue', 'violet', 'red', 'orange', 'grey'] as const
export type AreaTint = (typeof AREA_TINTS)[number]

export interface AreaProps {
  w: number
  h: number
  kind: AreaKind
  template: AreaTemplate
  /** Which placed template this area is part of (several of one kind can share a board). */
  instance: string
  /** Stable key inside the template, e.g. 'key-players', 'raadplegen-now'. */
  key: string
  /** Position in the template's reading order. */
  order: number
  /** Message key of the label, translated for each viewer; '' when the label is typed by hand. */
  labelKey: string
  /** A label typed by hand (clusters); wins over labelKey when not empty. */
  label: string
  /** Message key of the one-line meaning shown under the label ('' for none). */
  hintKey: string
  tint: AreaTint
  /** 'rect' fills the box; 'ring' is a (half) annulus centred in the box. */
  geometry: 'rect' | 'ring'
  /** Ring only: inner radius as a fraction of the outer radius (0 = a disc). */
  ringInner: number
  /** Ring only: the whole ring or one half of it. */
  side: 'full' | 'left' | 'right'
  /** For areas that exist twice, once per lane: where a party stands now, or where it should be next. */
  lane: '' | 'now' | 'next'
}

export const areaShapeProps = {
  w: T.nonZeroNumber,
  h: T.nonZeroNumber,
  kind: T.literalEnum(...AREA_KINDS),
  template: T.literalEnum(...TEMPLATE_IDS, 'board'),
  instance: T.string,
  key: T.string,
  order: T.number,
  labelKey: T.string,
  label: T.string,
  hintKey: T.string,
  tint: T.literalEnum(...AREA_TINTS),
  geometry: T.literalEnum('rect', 'ring'),
  ringInner: T.number,
  side: T.literalEnum('full', 'left', 'right'),
  lane: T.literalEnum('', 'now', 'next'),
}

export const areaShapeMigrations = createShapePropsMigrationSequence({ sequence: [] })
