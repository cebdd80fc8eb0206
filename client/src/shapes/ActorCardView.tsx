// An actor card: a band in the party's colour with the kind of party and the attitude badge, the name
// big, what they gain from the cooperation under it, and the role they want. While it is being edited,
// the form opens on top of it.
import { HTMLContainer, useIsEditing } from 'tldraw'
import { ACTOR_CARD_SIZE, PARTY_COLORS, type ActorCardProps } from '../../../shared/board/shapes/index.ts'
import type { MessageKey } from '../../../shared/i18n/index.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { ActorCardForm } from './ActorCardForm.tsx'
import type { ActorShape } from './ActorCardShapeUtil.tsx'
import { ACTOR_CARD_RADIUS } from './metrics.ts'
import { useOnProjector } from './onProjector.ts'

const ATTITUDE_SYMBOL: Record<Exclude<ActorCardProps['attitude'], ''>, string> = { plus: '+', neutral: '0', minus: '−' }

export function ActorCardView({ shape }: { shape: ActorShape }) {
  const t = useT()
  const isEditing = useIsEditing(shape.id)
  const { props } = shape
  const color = PARTY_COLORS[props.party] ?? PARTY_COLORS.anders
  const name = props.name.trim()
  // "New actor" is a placeholder for whoever fills the card in, not for the projector.
  const onProjector = useOnProjector()
  // A card made bigger shows bigger text: everything is sized in em of this.
  const scale = Math.max(0.75, Math.min(props.w / ACTOR_CARD_SIZE.w, props.h / ACTOR_CARD_SIZE.h))
  return (
    <HTMLContainer
      className="sb-actor"
      data-actor-name={props.name}
      data-party={props.party}
      data-attitude={props.attitude || undefined}
      style={{ '--party': color, borderRadius: ACTOR_CARD_RADIUS, fontSize: 16 * scale } as React.CSSProperties}
    >
      <div className="sb-actor-band">
        <span className="sb-actor-party">{t(`party.${props.party}` as MessageKey)}</span>
      </div>
      {props.attitude && (
        // An image role: screen readers then say the attitude ("Positief") rather than read out the symbol.
        <span
          role="img"
          className={`sb-actor-attitude attitude-${props.attitude}`}
          title={t(`attitude.${props.attitude}` as MessageKey)}
          aria-label={t(`attitude.${props.attitude}` as MessageKey)}
        >
          {ATTITUDE_SYMBOL[props.attitude]}
        </span>
      )}
      <div className={`sb-actor-body${props.attitude ? ' has-attitude' : ''}`}>
        {(name || !onProjector) && <div className={`sb-actor-name${name ? '' : ' is-placeholder'}`}>{name || t('actor.unnamed')}</div>}
        {props.interest.trim() && <div className="sb-actor-interest">{props.interest}</div>}
        {props.role && <span className="sb-actor-role">{t(`actorRole.${props.role}` as MessageKey)}</span>}
      </div>
      {isEditing && <ActorCardForm shape={shape} />}
    </HTMLContainer>
  )
}
