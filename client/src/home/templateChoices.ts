// The four workshop methods the home page offers when starting a session, as layout data only: the home
// page draws its previews from the same data the server places, without loading tldraw.
import { actorMapQuadrants } from '../../../shared/templates/layouts/actorMap.ts'
import { brainstorm } from '../../../shared/templates/layouts/brainstorm.ts'
import { participationLadder } from '../../../shared/templates/layouts/participationLadder.ts'
import { vision } from '../../../shared/templates/layouts/vision.ts'
import type { TemplateLayoutId, TemplateSpec } from '../../../shared/templates/types.ts'

export interface TemplateChoice {
  layout: TemplateLayoutId
  spec: TemplateSpec
}

/** In the order they are offered and placed (left to right on the new board). */
export const TEMPLATE_CHOICES: readonly TemplateChoice[] = [
  { layout: 'actor-map', spec: actorMapQuadrants() },
  { layout: 'participation-ladder', spec: participationLadder() },
  { layout: 'brainstorm', spec: brainstorm() },
  { layout: 'vision', spec: vision() },
]

/** The chosen layouts in offer order, whatever order they were ticked in. */
export function inOfferOrder(chosen: ReadonlySet<TemplateLayoutId>): TemplateLayoutId[] {
  return TEMPLATE_CHOICES.map((c) => c.layout).filter((layout) => chosen.has(layout))
}
