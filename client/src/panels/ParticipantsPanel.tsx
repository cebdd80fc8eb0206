// The facilitator's list of everyone who took part: online now or gone, with their colour and how many
// notes they wrote. A click on a person selects their notes on the canvas and zooms to them, so the
// facilitator can ask "Anna, tell us about these". Beside each recorded name, "Geen deelnemer" leaves
// it out of the action plan (a test name, an observer) through the facilitator's API; the mark comes
// back through the board's participants map, so every facilitator tab shows it.
import { useState, type CSSProperties } from 'react'
import { useValue, type Editor, type TLShapeId } from 'tldraw'
import type { BoardDoc } from '../../../shared/board/index.ts'
import { notesByAuthor, participantRows, type OnlinePerson, type ParticipantRow } from '../../../shared/workshop/index.ts'
import type { Peer } from '../collab/types.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { boardVersion } from '../board/boardVersion.ts'
import { actionError } from '../facilitation/actionError.ts'
import { meetingApi, type MeetingTarget } from '../meeting/meetingApi.ts'

export function useParticipantRows(board: BoardDoc | null, peers: readonly Peer[]): ParticipantRow[] {
  // Derived from the board's version signal (records and participants directory) and who is online.
  return useValue('participant rows', () => {
    if (!board) return []
    boardVersion(board).get()
    const online: OnlinePerson[] = peers.map((p) => ({ name: p.name, color: p.color, role: p.role, authorId: p.authorId }))
    return participantRows(board.participants(), online, notesByAuthor(board))
  }, [board, peers])
}

/** Selects the notes on the canvas (on the page of the newest one) and brings them into view. */
function showNotes(editor: Editor, noteIds: readonly string[]): void {
  const shapes = noteIds.map((id) => editor.getShape(id as TLShapeId)).filter((s) => s !== undefined)
  if (shapes.length === 0) return
  const pageId = editor.getAncestorPageId(shapes[0])
  if (pageId && pageId !== editor.getCurrentPageId()) editor.setCurrentPage(pageId)
  const onPage = shapes.filter((s) => editor.getAncestorPageId(s) === editor.getCurrentPageId() && !editor.isShapeHidden(s))
  editor.select(...onPage.map((s) => s.id))
  editor.zoomToSelection({ animation: { duration: 350 } })
}

export function ParticipantsPanel(props: {
  rows: readonly ParticipantRow[]
  editor: Editor | null
  /** The facilitator's session and token, for the "not a participant" mark (absent: no mark buttons). */
  target?: MeetingTarget
  onClose: () => void
}) {
  const t = useT()
  const { rows, editor, target } = props
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const toggleExcluded = async (row: ParticipantRow) => {
    if (!target) return
    setBusy(row.key)
    setError(null)
    try {
      await meetingApi.setExcluded(target, row.name, !row.excluded)
    } catch (cause) {
      setError(actionError(cause, t))
    } finally {
      setBusy(null)
    }
  }
  const online = rows.filter((r) => r.online).length
  const notesLabel = (n: number) =>
    n === 0 ? t('participantsPanel.notes.none') : n === 1 ? t('participantsPanel.notes.one') : t('participantsPanel.notes.other', { count: n })

  return (
    <section className="participants-panel" data-testid="participants-panel" aria-label={t('participantsPanel.title')}>
      <div className="participants-panel-header">
        <h2 className="insert-heading">
          {t('participantsPanel.title')} <span className="hint">{t('participantsPanel.summary', { online, total: rows.length })}</span>
        </h2>
        <button type="button" className="icon-button" aria-label={t('round.close')} onClick={props.onClose}>
          ×
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="hint">{t('participantsPanel.empty')}</p>
      ) : (
        <ul className="participant-rows">
          {rows.map((row) => (
            <li key={row.key} className="participant-item" data-excluded={row.excluded || undefined}>
              <button
                type="button"
                className="person participant-row"
                data-testid="participant-row"
                data-online={row.online}
                data-author={row.authorId ?? undefined}
                data-notes={row.noteIds.length}
                style={{ '--peer-color': row.color } as CSSProperties}
                disabled={!editor || row.noteIds.length === 0}
                title={t('participantsPanel.show', { name: row.name })}
                onClick={() => editor && showNotes(editor, row.noteIds)}
              >
                <span className="participant-row-avatar" aria-hidden="true">
                  {row.name.slice(0, 1).toUpperCase()}
                </span>
                <span className="participant-row-text">
                  <strong className="participant-row-name">{row.name}</strong>
                  <span className="hint">
                    {row.organisation ? `${row.organisation} · ` : ''}
                    {t(`role.${row.role}`)} · {row.online ? t('participantsPanel.online') : t('participantsPanel.gone')}
                    {row.excluded ? ` · ${t('participantsPanel.excluded')}` : ''}
                  </span>
                </span>
                <span className="participant-row-notes" data-testid="participant-notes">
                  {notesLabel(row.noteIds.length)}
                </span>
              </button>
              {target && row.recorded && (
                <button
                  type="button"
                  className="button secondary participant-exclude"
                  data-testid="participant-exclude"
                  aria-pressed={row.excluded}
                  disabled={busy !== null}
                  title={t(row.excluded ? 'participantsPanel.include.hint' : 'participantsPanel.exclude.hint', { name: row.name })}
                  onClick={() => void toggleExcluded(row)}
                >
                  {t(row.excluded ? 'participantsPanel.include' : 'participantsPanel.exclude')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="hint participant-error" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}
