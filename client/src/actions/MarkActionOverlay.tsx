// The one-click "Actie" toggle on sticky notes, drawn in front of the canvas (tldraw's
// InFrontOfTheCanvas slot). It shows on the note that is selected or under the pointer, and stays on
// every note that is an action, so the room sees at a glance which notes made the action list.
// Not for viewers: BoardCanvas mounts it only for people who can edit.
import { useEditor, type TLShape } from 'tldraw'
import { NoteToggleButton } from '../board/NoteToggleButton.tsx'
import { useNoteTogglePlaces } from '../board/useNoteTogglePlaces.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { toggleMark } from './edits.ts'
import { useActionListContext } from './useActions.ts'

function isMarked(shape: TLShape): boolean {
  const action = (shape.meta as { action?: { marked?: unknown } } | undefined)?.action
  return action?.marked === true
}

export function MarkActionOverlay() {
  const editor = useEditor()
  const t = useT()
  const { byNote } = useActionListContext()
  // Top-right corner; the "Besluit" toggle sits top-left (decisions/MarkDecisionOverlay.tsx).
  const placements = useNoteTogglePlaces(editor, { name: 'samenbord action marks', corner: 'right', minNotePx: 80, always: byNote, isMarked })

  if (placements.length === 0) return null
  return (
    <div className="mark-action-layer">
      {placements.map((p) => {
        // On the list: marked, or lying in an actions area.
        const action = byNote.get(p.id)
        return (
          <NoteToggleButton
            key={p.id}
            place={p}
            className="mark-action"
            testId="mark-action"
            onList={Boolean(action)}
            titles={{ mark: t('markAction.mark'), unmark: t('markAction.unmark'), inArea: t('markAction.inArea') }}
            data={{ 'data-status': action?.status }}
            onToggle={() => toggleMark(editor, p.id)}
          >
            {(pressed) => (
              <>
                <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" className="mark-action-icon">
                  {pressed ? (
                    <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
                  ) : (
                    <path d="M8 3v10M3 8h10" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
                  )}
                </svg>
                <span>{t('markAction.label')}</span>
              </>
            )}
          </NoteToggleButton>
        )
      })}
    </div>
  )
}
