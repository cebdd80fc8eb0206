// The list view's feedback at the bottom of the screen: confirmations, errors, and after a delete
// "Notitie verwijderd" with "Ongedaan maken", which takes the focus so a keyboard user can undo at once.
// Both live regions are in the page from the start and only their text changes (screen readers often
// skip a live region inserted with its text already in it). The undo stays until the next notice or
// UNDO_MS, and never vanishes from under the focus: while focused it waits for the focus to leave.
import { useEffect, useRef, useState } from 'react'
import { useT } from '../i18n/I18nProvider.tsx'
import { useNotice } from '../voting/RoundBar.tsx'
import { notify, useWorkshop } from '../voting/workshopContext.ts'
import { itemDomId } from './listContext.ts'
import { restoreNote, type Removed } from './noteWrites.ts'

const UNDO_MS = 10_000

export interface UndoOffer {
  removed: Removed
  /** Where focus goes when the offer ends unused. */
  after: string
  at: number
}

export function ListNotice(props: { undo: UndoOffer | null; onUndoDone: () => void; markOwn: (id: string) => void; focusLater: (domId: string) => void }) {
  const t = useT()
  const workshop = useWorkshop()
  const notice = useNotice()
  const { undo } = props
  const button = useRef<HTMLButtonElement>(null)
  const [expired, setExpired] = useState(false)
  const [focused, setFocused] = useState(false)
  // A newer notice (the next action) ends the offer.
  const superseded = undo !== null && notice !== null && notice.at > undo.at
  const showUndo = undo !== null && !superseded && (!expired || focused)

  useEffect(() => {
    setExpired(false)
    if (!undo) return
    button.current?.focus()
    const timer = setTimeout(() => setExpired(true), UNDO_MS)
    return () => clearTimeout(timer)
  }, [undo])

  useEffect(() => {
    if (undo && !showUndo) {
      if (focused) document.getElementById(undo.after)?.focus()
      props.onUndoDone()
    }
  })

  const restore = () => {
    if (!undo || !workshop.board) return
    const id = undo.removed.record.id
    props.markOwn(id)
    setFocused(false) // the page moves focus to the note once it is back (focusLater), not to `after`
    try {
      const result = restoreNote(workshop.board, workshop.privateBoard, undo.removed)
      if (result.ok) notify(workshop, t('listFlow.restored'), 'info')
      else notify(workshop, result.error === 'taken' ? t('listFlow.restore.taken') : t('listView.error.gone'))
      props.focusLater(result.ok || result.error === 'taken' ? itemDomId(id) : undo.after)
    } catch (error) {
      notify(workshop, t('listView.error', { message: error instanceof Error ? error.message : String(error) }))
      props.focusLater(undo.after)
    }
  }

  const info = showUndo ? null : notice?.tone === 'error' ? null : notice
  const error = showUndo ? null : notice?.tone === 'error' ? notice : null
  return (
    <>
      <div role="status" aria-live="polite" data-testid="list-status">
        {showUndo ? (
          <p className="list-notice tone-info list-undo" data-testid="list-notice">
            <span>{t('listFlow.deleted')}</span>{' '}
            <button
              type="button"
              ref={button}
              className="button secondary small"
              data-testid="list-undo"
              onFocus={() => setFocused(true)}
              onBlur={() => setFocused(false)}
              onClick={restore}
            >
              {t('listFlow.undo')}
            </button>
          </p>
        ) : (
          info && (
            <p className={`list-notice tone-${info.tone}`} data-testid="list-notice">
              {info.text}
            </p>
          )
        )}
      </div>
      <div role="alert" data-testid="list-alert">
        {error && (
          <p className="list-notice tone-error" data-testid="list-notice">
            {error.text}
          </p>
        )}
      </div>
    </>
  )
}
