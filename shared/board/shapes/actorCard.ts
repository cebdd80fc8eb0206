// sb-actor: an actor card on the actor map or the participation ladder: who, what kind of party, what
// they gain from the cooperation, their attitude and the role they want.
import { createShapePropsMigrationSequence } from '@tldraw/tlschema'
import { T } from '@tldraw/validate'

export const ACTOR_SHAPE = 'sb-actor'

export const PARTY_KINDS = ['ondernemer', 'gemeente', 'politie', 'bewoner', 'vastgoedeigenaar', 'woningcorporatie', 'brandweer', 'onderwijs', 'anders'] as const
export type PartyKind = (typeof PARTY_KINDS)[number]

/** Colour per kind of party, for the card and the legend (readable on a projector, distinct in print). */
export const PARTY_COLORS: Record<PartyKind, string> = {
  ondernemer: '#c2410c',
  gemeente: '#2f6fb3',
  politie: '#1d3a6e',
  bewoner: '#2e7d4a',
  vastgoedeigenaar: '#8a5a2b',
  woningcorporatie: '#b0427a',
  brandweer: '#d0312d',
  onderwijs: '#7a4fc4',
  anders: '#6b7280',
}

export const ATTITUDES = ['plus', 'neutral', 'minus', ''] as const
export type Attitude = (typeof ATTITUDES)[number]

export const ACTOR_ROLES = ['trekker', 'meedenker', 'sympathisant', ''] as const
export type ActorRole = (typeof ACTOR_ROLES)[number]

export interface ActorCardProps {
  w: number
  h: number
  name: string
  party: PartyKind
  /** "Belang / wat levert het op": what they gain from the cooperation. */
  interest: string
  attitude: Attitude
  role: ActorRole
}

export const actorCardShapeProps = {
  w: T.nonZeroNumber,
  h: T.nonZeroNumber,
  name: T.string,
  party: T.literalEnum(...PARTY_KINDS),
  interest: T.string,
  attitude: T.literalEnum(...ATTITUDES),
  role: T.literalEnum(...ACTOR_ROLES),
}

export const actorCardShapeMigrations = createShapePropsMigrationSequence({ sequence: [] })

export const ACTOR_CARD_SIZE = { w: 240, h: 150 }

export function defaultActorCardProps(): ActorCardProps {
  return { ...ACTOR_CARD_SIZE, name: '', party: 'anders', interest: '', attitude: '', role: '' }
}
