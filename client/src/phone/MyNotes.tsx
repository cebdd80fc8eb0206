// The participant's own notes on the phone page, newest first, live (edits on the canvas show here too),
// those waiting in our private document during a silent round included.
import { useMemo } from 'react'
import { notesByAuthor } from '../../../shared/workshop/index.ts'
import { useControl } from '../facilitation/useControl.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { noteLabel } from '../voting/NoteTitle.tsx'
import { useBoardTick } from '../voting/useVote.ts'
import { useWorkshop } from '../voting/workshopContext.ts'

export function MyNotes() {
  const t = useT()
  const { board, privateBoard, authorId } = useWorkshop()
  const { control } = useControl()
  const tick = useBoardTick(board)
  const privateTick = useBoardTick(privateBoard)
  // biome-ignore lint/correctness/useExhaustiveDependencies: tick and privateTick count the changes of the two mutable documents read here (the same objects throughout)
  const notes = useMemo(() => {
    if (!board) return []
    const waiting = privateBoard?.all() ?? []
    const shown = waiting.length > 0 ? [...waiting, ...board.all().filter((r) => !privateBoard?.get(r.id))] : board.all()
    const get = (id: string) => privateBoard?.get(id) ?? board.get(id)
    return (notesByAuthor({ all: () => shown }).get(authorId) ?? []).map((id) => ({ id, text: noteLabel(get(id)) }))
  }, [board, privateBoard, authorId, tick, privateTick])

  return (
    <section className="phone-card phone-my-notes" data-testid="phone-my-notes" data-count={notes.length}>
      <h2>
        {t('phone.myNotes')} <span className="phone-count">{notes.length}</span>
      </h2>
      {control.silent.on && notes.length > 0 && <p className="hint">{t('phone.myNotes.hidden')}</p>}
      {notes.length === 0 ? (
        <p className="hint">{t('phone.myNotes.none')}</p>
      ) : (
        <ul className="phone-note-list">
          {notes.map((note) => (
            <li key={note.id} className="phone-note" data-testid="phone-my-note" data-note-id={note.id}>
              {note.text || t('phone.empty')}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
