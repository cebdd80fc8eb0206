// Dot voting and the silent brainstorm (client/src/voting, client/src/silent).
import { VoteAndSilentControls } from '../../voting/VoteAndSilentControls.tsx'
import type { FacilitatorToolProps } from './types.ts'

export function RoundsTool(props: FacilitatorToolProps) {
  return (
    <section className="facilitate-section facilitate-slot" data-testid="facilitate-slot">
      <VoteAndSilentControls editor={props.editor} peers={props.peers} />
    </section>
  )
}
