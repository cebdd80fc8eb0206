// The facilitator's "Opruimen": one button in the Begeleiden menu that lines up the notes of the
// selected area (or the area under the selection) in a grid, in one undoable step.
import { useState } from 'react'
import { useValue, type Editor } from 'tldraw'
import { useT } from '../i18n/I18nProvider.tsx'
import { notesInArea } from '../../../shared/layout/index.ts'
import { areaToTidy, pageRecords, tidyAreaInEditor } from './tidyArea.ts'
import { ToolButton, ToolSection } from '../facilitation/tools/ToolSection.tsx'

export function TidyAreaItem({ editor }: { editor: Editor | null }) {
  const t = useT()
  const [note, setNote] = useState<string | null>(null)
  const areaId = useValue('area to tidy', () => (editor ? areaToTidy(editor) : undefined), [editor])
  const tidy = () => {
    if (!editor || !areaId) return setNote(t('tidy.noArea'))
    const count = notesInArea(pageRecords(editor), areaId).length
    tidyAreaInEditor(editor, areaId)
    setNote(t('tidy.done', { count }))
  }
  return (
    <ToolSection name="tidy" testId="tidy-section" heading={t('tidy.heading')}>
      <ToolButton testId="tidy-area" title={t('tidy.hint')} disabled={!editor} onClick={tidy}>
        {t('tidy.button')}
      </ToolButton>
      {(note ?? (!areaId ? t('tidy.noArea') : null)) && (
        <p className="facilitate-note" data-testid="tidy-status">
          {note ?? t('tidy.noArea')}
        </p>
      )}
    </ToolSection>
  )
}
