// The list view's vote status line, under the header: the round that runs (or just closed) and what it
// is on, with a link that takes focus to that area's heading; for a participant the dots left ("Nog 2
// van 3 stippen", updated as they place dots), for the facilitator how many have voted. The canvas has
// its pill for this, the phone page its line. Also renders the page's one pair of live regions for the
// per-note controls (controlsSay.tsx), so the page adds one element for both.
import type { MouseEvent } from 'react'
import { outlineAreas, type Outline } from '../../../shared/outline/readOutline.ts'
import type { VoteState } from '../../../shared/facilitation/index.ts'
import { useT, type Translate } from '../i18n/I18nProvider.tsx'
import { useVoteView } from '../voting/useVote.ts'
import { useWorkshop } from '../voting/workshopContext.ts'
import { ControlsRegions } from './controlsSay.tsx'
import { areaHeadingId, itemDomId } from './listContext.ts'
import './NoteControls.css'

interface Target {
  name: string
  /** The DOM id to focus, or null when there is nothing to go to (the whole board). */
  domId: string | null
}

/** What the round is on, as the outline names it (so "Cluster zonder naam 2" reads as its heading). */
export function voteTarget(vote: VoteState, outline: Outline | null, t: Translate): Target {
  if (vote.areaId) {
    const area = outline ? outlineAreas(outline).find((a) => a.id === vote.areaId) : undefined
    return { name: area?.name ?? t('listStatus.board'), domId: area ? areaHeadingId(area.id) : null }
  }
  if (vote.noteIds) {
    const count = vote.noteIds.length
    return {
      name: count === 1 ? t('listStatus.selection.one') : t('listStatus.selection', { count }),
      domId: vote.noteIds[0] ? itemDomId(vote.noteIds[0]) : null,
    }
  }
  const scope = vote.scope
  if (scope) {
    const section = outline?.sections.find((s) => (scope.instance ? s.instance === scope.instance : s.template === 'brainstorm'))
    if (section)
      return { name: scope.kind === 'brainstorm' && !scope.instance ? t('listStatus.brainstorm') : section.title, domId: `list-section-${section.instance}` }
    return { name: t('listStatus.brainstorm'), domId: null }
  }
  return { name: t('listStatus.board'), domId: null }
}

function focusTarget(event: MouseEvent<HTMLAnchorElement>, domId: string) {
  const element = document.getElementById(domId)
  if (!element) return
  event.preventDefault()
  // Section headings are not in the tab order; focus can still be put there from a link.
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1')
  element.focus()
  element.scrollIntoView({ block: 'start' })
}

export function ListVoteStatus(props: { outline: Outline | null }) {
  return (
    <>
      <VoteStatusLine outline={props.outline} />
      <ControlsRegions />
    </>
  )
}

function VoteStatusLine(props: { outline: Outline | null }) {
  const t = useT()
  const workshop = useWorkshop()
  const view = useVoteView()
  if (!view) return null
  const { vote } = view
  const target = voteTarget(vote, props.outline, t)
  const detail = view.open
    ? workshop.role === 'join'
      ? t('vote.dotsLeft', { left: view.left, dots: vote.dots })
      : workshop.role === 'facilitator'
        ? (vote.voters ?? 0) === 1
          ? t('listStatus.voters.one')
          : t('listStatus.voters', { count: vote.voters ?? 0 })
        : t('listStatus.perPerson', { dots: vote.dots })
    : t(view.showTotals ? 'listStatus.totals' : 'listStatus.hidden')
  return (
    <section className="list-vote-status" data-testid="list-vote-status" data-phase={vote.phase} aria-label={t('listStatus.label')}>
      <p>
        {t(view.open ? 'listStatus.open' : 'listStatus.closed')}{' '}
        {target.domId ? (
          <a href={`#${target.domId}`} data-testid="list-vote-target" onClick={(event) => focusTarget(event, target.domId!)}>
            {target.name}
          </a>
        ) : (
          <strong>{target.name}</strong>
        )}
        {' · '}
        <strong data-testid="list-vote-detail" data-left={view.open && workshop.role === 'join' ? view.left : undefined}>
          {detail}
        </strong>
      </p>
    </section>
  )
}
