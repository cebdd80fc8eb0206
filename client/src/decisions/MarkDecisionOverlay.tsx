// The one-click "Besluit" toggle on sticky notes, at the note's top-left corner (the "Actie" toggle
// sits top-right: actions/MarkActionOverlay.tsx). It shows on the note that is selected or under the
// pointer, and stays on every note that is a decision. Not for viewers (BoardCanvas mounts it only for
// people who can edit).
import { useEditor, type TLShape } from 'tldraw'
import { NoteToggleButton } from '../board/NoteToggleButton.tsx'
import { useNoteTogglePlaces } from '../board/useNoteTogglePlaces.ts'
import { isMarkedDecision } from '../../../shared/decisions/readDecisions.ts'
import type { BoardRecord } from '../../../shared/board/index.ts'
import { useLang, useT } from '../i18n/I18nProvider.tsx'
import { useWorkshop } from '../voting/workshopContext.ts'
import { toggleDecision } from './edits.ts'
import { useDecisionList } from './useDecisions.ts'

/** Below this on-screen width the note has no room beside the "Actie" button. */
const MIN_NOTE_PX = 110
/** From this on-screen width the button carries its word, below it only its mark. */
const LABEL_NOTE_PX = 170

function isMarked(shape: TLShape): boolean {
  return isMarkedDecision(shape as unknown as BoardRecord)
}

export function MarkDecisionOverlay() {
  const editor = useEditor()
  const t = useT()
  const { board } = useWorkshop()
  const { ids } = useDecisionList(board, useLang())
  const placements = useNoteTogglePlaces(editor, { name: 'samenbord decision marks', corner: 'left', minNotePx: MIN_NOTE_PX, always: ids, isMarked })

  if (placements.length === 0) return null
  return (
    <div className="mark-action-layer">
      {placements.map((p) => (
        // On the list: marked, or lying in a Besluiten area.
        <NoteToggleButton
          key={p.id}
          place={p}
          className="mark-action mark-decision"
          testId="mark-decision"
          onList={ids.has(p.id)}
          titles={{ mark: t('decision.mark'), unmark: t('decision.unmark'), inArea: t('decision.inArea') }}
          onToggle={() => toggleDecision(editor, p.id)}
        >
          {() => (
            <>
              <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" className="mark-action-icon">
                {/* A gavel's head: decided. */}
                <path d="M3 13h7M6.5 10.5l4.5-4.5M8.5 4.5l3 3M10 3l3 3" fill="none" stroke="currentColor" strokeWidth="1.9" strokeLinecap="round" />
              </svg>
              {p.width >= LABEL_NOTE_PX && <span>{t('decision.label')}</span>}
            </>
          )}
        </NoteToggleButton>
      ))}
    </div>
  )
}
