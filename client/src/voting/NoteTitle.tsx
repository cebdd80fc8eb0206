// A note's (or actor card's) text in one line, for lists of results and the phone's vote list.
import type { BoardRecord } from '../../../shared/board/index.ts'
import { noteText } from '../../../shared/board/richText.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { useWorkshop } from './workshopContext.ts'

export function noteLabel(record: BoardRecord | undefined): string {
  if (!record) return ''
  if (record.type === 'sb-actor') {
    const name = (record.props as { name?: unknown } | undefined)?.name
    return typeof name === 'string' ? name.trim() : ''
  }
  return noteText(record).replace(/\s+/g, ' ').trim()
}

export function NoteTitle(props: { id: string; className?: string }) {
  const t = useT()
  const { board } = useWorkshop()
  const text = noteLabel(board?.get(props.id))
  return <span className={props.className ?? 'note-title'}>{text || t('phone.empty')}</span>
}
