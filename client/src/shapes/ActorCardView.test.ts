// What an actor card shows given its props (rendered to static HTML, no DOM).
import { createElement } from 'react'
import { describe, expect, it } from 'vitest'
import { defaultActorCardProps, PARTY_COLORS, type ActorCardProps } from '../../../shared/board/shapes/index.ts'
import { translate } from '../../../shared/i18n/index.ts'
import type { ActorShape } from './ActorCardShapeUtil.tsx'
import { ActorCardView } from './ActorCardView.tsx'
import { shapeRecord } from './shapeTesting.ts'
import { renderView } from './viewTesting.ts'

const card = (props: Partial<ActorCardProps> = {}) => shapeRecord<ActorShape>('sb-actor', { ...defaultActorCardProps(), ...props })

describe('ActorCardView', () => {
  it('shows the party, attitude, name, interest and role, in the party colour', () => {
    const html = renderView(
      createElement(ActorCardView, { shape: card({ name: 'Winkeliers', party: 'ondernemer', interest: 'Bereikbaarheid', attitude: 'plus', role: 'trekker' }) }),
    )
    expect(html).toContain('data-actor-name="Winkeliers"')
    expect(html).toContain(`--party:${PARTY_COLORS.ondernemer}`)
    expect(html).toContain(translate('nl', 'party.ondernemer'))
    // An image with a name: screen readers say the attitude instead of reading the symbol.
    const attitude = /<span role="img"[^>]*aria-label="([^"]*)"/.exec(html)
    expect(attitude?.[1]).toBe(translate('nl', 'attitude.plus'))
    expect(html).toContain('>Winkeliers<')
    expect(html).toContain('Bereikbaarheid')
    expect(html).toContain(translate('nl', 'actorRole.trekker'))
  })

  it('shows a placeholder name on screens but not on the projector', () => {
    const blank = card({ name: '  ' })
    const onScreen = renderView(createElement(ActorCardView, { shape: blank }))
    expect(onScreen).toContain('is-placeholder')
    expect(onScreen).toContain(translate('nl', 'actor.unnamed'))
    expect(onScreen).not.toContain('sb-actor-attitude')
    expect(renderView(createElement(ActorCardView, { shape: blank }), { onProjector: true })).not.toContain('sb-actor-name')
  })
})
