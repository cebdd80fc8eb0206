// Templates as data: each layout is a list of areas and structure labels in template coordinates
// (top-left of the template at 0,0), turned into tldraw records by place.ts.
import type { AreaKind, AreaTint, LabelRole, TemplateId } from '../board/shapes/index.ts'
import type { MessageKey } from '../i18n/messages.ts'

export interface Point {
  x: number
  y: number
}

export interface Box extends Point {
  w: number
  h: number
}

export interface AreaSpec extends Box {
  key: string
  /** Reading order inside the template; defaults to the position in the list. */
  order?: number
  kind: AreaKind
  labelKey: MessageKey
  hintKey?: MessageKey
  tint: AreaTint
  geometry?: 'rect' | 'ring'
  ringInner?: number
  side?: 'full' | 'left' | 'right'
  lane?: '' | 'now' | 'next'
}

export interface LabelSpec extends Point {
  w: number
  role: LabelRole
  labelKey: MessageKey
  size: 's' | 'm' | 'l' | 'xl'
  align?: 'start' | 'middle' | 'end'
  vertical?: boolean
}

/** A template layout: 'actor-map' and 'actor-map:rings' are two layouts of the actor-map template. */
export interface TemplateSpec {
  layout: TemplateLayoutId
  template: TemplateId
  titleKey: MessageKey
  w: number
  h: number
  areas: AreaSpec[]
  labels: LabelSpec[]
}

export const TEMPLATE_LAYOUTS = [
  'actor-map',
  'actor-map:rings',
  'participation-ladder',
  'brainstorm',
  'vision',
  'review',
  'role-division',
  'agreements',
] as const
export type TemplateLayoutId = (typeof TEMPLATE_LAYOUTS)[number]
