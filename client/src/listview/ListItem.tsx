// One note or actor card in the list view: its text (the item's accessible name), who wrote it, its
// dots and action state (NoteVote, NoteAction), and for the note's author (the facilitator: any note)
// edit, delete and move to another area, by keyboard alone.
import { useId, useRef, useState, type FormEvent } from 'react'
import type { OutlineItem } from '../../../shared/outline/readOutline.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { MAX_NOTE_LENGTH } from '../phone/addPhoneNote.ts'
import { notify, useWorkshop } from '../voting/workshopContext.ts'
import { areaHeadingId, itemDomId, useListEnv } from './listContext.ts'
import { NoteAction } from './NoteAction.tsx'
import { NoteVote } from './NoteVote.tsx'
import { shortNoteName } from './noteName.ts'
import { deleteNote, editNoteText, moveNote, type WriteResult } from './noteWrites.ts'

export function ListItem(props: { item: OutlineItem; areaId: string; nextId: string | null }) {
  const { item, areaId } = props
  const t = useT()
  const env = useListEnv()
  const workshop = useWorkshop()
  const uid = useId()
  const textId = `${uid}-text`
  const [editing, setEditing] = useState(false)
  const editRef = useRef<HTMLTextAreaElement>(null)
  const editButton = useRef<HTMLButtonElement>(null)
  const mine = item.authorId !== null && item.authorId === env.authorId
  const isNote = item.type === 'note'
  const mayChange = isNote && (mine || env.isFacilitator)
  const canChange = mayChange && env.canWrite
  const otherAreas = env.areas.filter((a) => a.id !== areaId)
  // No area chosen until someone chooses one: a careless Enter moves nothing.
  const [target, setTarget] = useState('')
  const moveTo = otherAreas.some((a) => a.id === target) ? target : ''
  const moveSelect = useRef<HTMLSelectElement>(null)

  const report = (result: WriteResult | Error, success: string): boolean => {
    if (result instanceof Error) {
      notify(workshop, t('listView.error', { message: result.message }))
      return false
    }
    if (!result.ok) {
      notify(workshop, result.error === 'gone' ? t('listView.error.gone') : t('listView.error.area'))
      return false
    }
    notify(workshop, success, 'info')
    return true
  }
  const write = <R extends WriteResult>(run: () => R): R | Error => {
    if (!workshop.board) return new Error(t('listView.error.gone'))
    try {
      env.markOwn(item.id)
      return run()
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error))
    }
  }

  const save = (event: FormEvent) => {
    event.preventDefault()
    const text = editRef.current?.value.trim() ?? ''
    if (!text || !env.canWrite) return
    if (
      report(
        write(() => editNoteText(workshop.board!, workshop.privateBoard, item.id, text)),
        t('listView.notice.saved'),
      )
    ) {
      setEditing(false)
      env.focusLater(itemDomId(item.id))
    }
  }
  // No "deleted" notice of its own: the page offers "Ongedaan maken" instead (ListNotice), which takes the focus.
  const remove = () => {
    const result = write(() => deleteNote(workshop.board!, workshop.privateBoard, item.id))
    if (!(result instanceof Error) && result.ok) env.offerUndo(result.removed, props.nextId ? itemDomId(props.nextId) : areaHeadingId(areaId))
    else report(result, '')
  }
  const move = (event: FormEvent) => {
    event.preventDefault()
    const name = env.areas.find((a) => a.id === moveTo)?.name ?? ''
    if (!moveTo) {
      notify(workshop, t('listFlow.move.none'))
      moveSelect.current?.focus()
      return
    }
    if (
      report(
        write(() => moveNote(workshop.board!, workshop.privateBoard, item.id, moveTo)),
        t('listView.notice.moved', { area: name }),
      )
    ) {
      env.focusLater(itemDomId(item.id))
    }
  }

  const text = item.text || t('listView.emptyNote')
  // "Bewerken: ‘Speeltuin bij…’": the visible word first (WCAG 2.5.3), then which note, so fifty read apart.
  const named = (label: string) => t('listNamed.button', { label, note: shortNoteName(text) })
  const author = mine ? t('listView.you') : item.author ? t('listView.author', { name: item.author }) : null
  return (
    <li
      id={itemDomId(item.id)}
      className={`list-item list-item-${item.type}${mine ? ' is-mine' : ''}`}
      data-testid="list-item"
      data-note-id={item.id}
      data-mine={mine}
      aria-labelledby={textId}
      tabIndex={-1}
    >
      <p className="list-item-text" id={textId}>
        {item.type === 'actor' && <span className="list-item-kind">{t('listView.actor')}: </span>}
        {text}
      </p>
      <p className="list-item-meta">
        {author && <span className="list-item-author">{author}</span>}
        {item.details.map((detail) => (
          <span key={detail}>{detail}</span>
        ))}
        {item.votes !== null && (
          <span className="list-item-votes" data-testid="list-item-votes" data-count={item.votes}>
            {item.votes === 1 ? t('listView.votes.one') : t('listView.votes.many', { count: item.votes })}
          </span>
        )}
        {item.private && <span className="list-item-private">{t('listView.private')}</span>}
      </p>
      {isNote && <NoteVote noteId={item.id} />}
      {isNote && <NoteAction noteId={item.id} canEdit={env.canWrite} />}
      {canChange && !editing && (
        // biome-ignore lint/a11y/useSemanticElements: a row of buttons, not form fields: role=group names it without a <fieldset>'s form styling
        <div className="list-item-tools" role="group" aria-label={t('listView.itemActions', { text })}>
          <button
            type="button"
            ref={editButton}
            className="button secondary small"
            data-testid="list-item-edit"
            aria-label={named(t('listView.edit'))}
            onClick={() => {
              setEditing(true)
              requestAnimationFrame(() => editRef.current?.focus())
            }}
          >
            {t('listView.edit')}
          </button>
          <button type="button" className="button secondary small" data-testid="list-item-delete" aria-label={named(t('listView.delete'))} onClick={remove}>
            {t('listView.delete')}
          </button>
          {otherAreas.length > 0 && (
            <form className="list-item-move" onSubmit={move}>
              <label htmlFor={`${uid}-move`}>{t('listView.move.label')}</label>
              <select
                id={`${uid}-move`}
                ref={moveSelect}
                data-testid="list-item-move-target"
                value={moveTo}
                onChange={(event) => setTarget(event.currentTarget.value)}
              >
                <option value="">{t('listFlow.move.choose')}</option>
                {groupBySection(otherAreas).map(([section, list]) => (
                  <optgroup key={section} label={section}>
                    {list.map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.name}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
              <button
                type="submit"
                className="button secondary small"
                data-testid="list-item-move"
                aria-disabled={!moveTo || undefined}
                aria-label={named(t('listView.move'))}
              >
                {t('listView.move')}
              </button>
            </form>
          )}
        </div>
      )}
      {/* Kept while a lock comes in mid-edit (read-only then), so the focus and the draft stay where they are. */}
      {mayChange && editing && (
        <form className="list-item-edit" onSubmit={save}>
          <label htmlFor={`${uid}-edit`}>{t('listView.edit.label')}</label>
          <textarea
            id={`${uid}-edit`}
            ref={editRef}
            data-testid="list-item-edit-input"
            rows={3}
            maxLength={MAX_NOTE_LENGTH}
            defaultValue={item.text}
            readOnly={!env.canWrite}
            aria-disabled={!env.canWrite || undefined}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                setEditing(false)
                requestAnimationFrame(() => editButton.current?.focus())
              } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save(event)
            }}
          />
          <button type="submit" className="button primary small" data-testid="list-item-save" aria-disabled={!env.canWrite || undefined}>
            {t('listView.save')}
          </button>
          <button
            type="button"
            className="button secondary small"
            onClick={() => {
              setEditing(false)
              requestAnimationFrame(() => editButton.current?.focus())
            }}
          >
            {t('listView.cancel')}
          </button>
        </form>
      )}
    </li>
  )
}

function groupBySection<T extends { section: string }>(areas: readonly T[]): Array<[string, T[]]> {
  const groups = new Map<string, T[]>()
  for (const area of areas) groups.set(area.section, [...(groups.get(area.section) ?? []), area])
  return [...groups]
}
