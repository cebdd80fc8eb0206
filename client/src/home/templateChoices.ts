// The workshop methods the home page offers when starting a session, as layout data only: the home
// page draws its previews from the same data the server places, without loading tldraw.
import { actorMapQuadrants } from '../../../shared/templates/layouts/actorMap.ts'
import { agreements } from '../../../shared/templates/layouts/agreements.ts'
import { brainstorm } from '../../../shared/templates/layouts/brainstorm.ts'
import { participationLadder } from '../../../shared/templates/layouts/participationLadder.ts'
import { review } from '../../../shared/templates/layouts/review.ts'
import { roleDivision } from '../../../shared/templates/layouts/roleDivision.ts'
import { vision } from '../../../shared/templates/layouts/vision.ts'
import type { TemplateLayoutId, TemplateSpec } from '../../../shared/templates/types.ts'

export interface TemplateChoice {
  layout: TemplateLayoutId
  spec: TemplateSpec
}

/** The Terugblik: what a follow-up session opens with (preselected there, and placed first). */
export const REVIEW_LAYOUT: TemplateLayoutId = 'review'

/** In the order they are offered and placed (left to right on the new board). */
const TEMPLATE_CHOICES: readonly TemplateChoice[] = [
  { layout: 'review', spec: review() },
  { layout: 'actor-map', spec: actorMapQuadrants() },
  { layout: 'participation-ladder', spec: participationLadder() },
  { layout: 'brainstorm', spec: brainstorm() },
  { layout: 'vision', spec: vision() },
  { layout: 'role-division', spec: roleDivision() },
  { layout: 'agreements', spec: agreements() },
]

/**
 * What the chooser shows: a new working group starts without a look back, so the Terugblik is offered
 * last there; a follow-up opens with it, so it comes first.
 */
export function choicesFor(followUp: boolean): readonly TemplateChoice[] {
  if (followUp) return TEMPLATE_CHOICES
  return [...TEMPLATE_CHOICES.filter((c) => c.layout !== REVIEW_LAYOUT), ...TEMPLATE_CHOICES.filter((c) => c.layout === REVIEW_LAYOUT)]
}

/** The chosen layouts in placement order (a look back first), whatever order they were ticked in. */
export function inOfferOrder(chosen: ReadonlySet<TemplateLayoutId>): TemplateLayoutId[] {
  return TEMPLATE_CHOICES.map((c) => c.layout).filter((layout) => chosen.has(layout))
}
