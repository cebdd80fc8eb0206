// The facilitator's round controls for the "Begeleiden" menu's slot: dot voting and the silent
// brainstorm, one section each.
import type { Editor } from 'tldraw'
import type { Peer } from '../collab/types.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { SilentControls } from '../silent/SilentControls.tsx'
import { SilentIcon, VoteIcon } from './icons.tsx'
import { VoteControls } from './VoteControls.tsx'

/** `peers`: who is online, to set the number of voters against (no list: nobody is counted). */
export function VoteAndSilentControls(props: { editor: Editor | null; peers?: readonly Peer[] }) {
  const t = useT()
  return (
    <div className="round-sections">
      <section className="round-section" aria-labelledby="round-vote-heading">
        <h2 id="round-vote-heading" className="insert-heading round-heading">
          <VoteIcon /> {t('vote.title')}
        </h2>
        <VoteControls editor={props.editor} peers={props.peers ?? []} />
      </section>
      <section className="round-section" aria-labelledby="round-silent-heading">
        <h2 id="round-silent-heading" className="insert-heading round-heading">
          <SilentIcon /> {t('silent.title')}
        </h2>
        <SilentControls />
      </section>
    </div>
  )
}
