// "Sjabloon invoegen": the workshop methods and the parts that can be added on their own, for people
// who can edit the board (never viewers). One click places it on the live board.
import { useRef, useState } from 'react'
import type { Editor } from 'tldraw'
import type { MessageKey } from '../../../shared/i18n/index.ts'
import { TEMPLATE_LAYOUTS, type TemplateLayoutId } from '../../../shared/templates/index.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { addActionsArea, addActor, addCluster, insertTemplate } from './insert.ts'
import { TemplateIcon, type InsertItemId } from './TemplateIcon.tsx'
import { useDismiss } from '../panels/useDismiss.ts'

interface PartItem {
  id: 'actor' | 'cluster' | 'actions'
  testId: string
  label: MessageKey
  hint: MessageKey
  run: (editor: Editor) => unknown
}

const PARTS: PartItem[] = [
  { id: 'actor', testId: 'add-actor', label: 'insert.addActor', hint: 'insert.addActor.hint', run: addActor },
  { id: 'cluster', testId: 'add-cluster', label: 'insert.addCluster', hint: 'insert.addCluster.hint', run: addCluster },
  { id: 'actions', testId: 'add-actions-area', label: 'insert.addActionsArea', hint: 'insert.addActionsArea.hint', run: addActionsArea },
]

export function InsertMenu({ editor }: { editor: Editor | null }) {
  const t = useT()
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)

  useDismiss(open, rootRef, () => setOpen(false))

  const run = (action: (editor: Editor) => unknown) => {
    setOpen(false)
    if (!editor) return
    action(editor)
    // Back to the board: keyboard shortcuts and typing go to the canvas (or the form that opened).
    if (!editor.getEditingShapeId()) editor.getContainer().focus()
  }

  const item = (id: InsertItemId, testId: string, label: MessageKey, hint: MessageKey, action: (editor: Editor) => unknown) => (
    <li key={id}>
      <button type="button" role="menuitem" className="menu-item" data-testid={testId} onClick={() => run(action)}>
        <TemplateIcon id={id} />
        <span className="insert-item-text">
          <strong>{t(label)}</strong>
          <span className="hint">{t(hint)}</span>
        </span>
      </button>
    </li>
  )

  return (
    <div className="insert-menu" ref={rootRef}>
      <button
        type="button"
        className="button secondary insert-button"
        data-testid="insert-menu"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls="insert-menu-panel"
        disabled={!editor}
        title={t('insert.button')}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="insert-plus" aria-hidden="true">
          +
        </span>
        <span className="insert-button-label">{t('insert.button')}</span>
      </button>
      <div id="insert-menu-panel" className="card menu-panel insert-panel" hidden={!open} role="menu" aria-label={t('insert.title')}>
        <h2 className="insert-heading">{t('insert.templates')}</h2>
        <ul className="menu-list">
          {TEMPLATE_LAYOUTS.map((layout: TemplateLayoutId) =>
            item(
              layout,
              `insert-${layout}`,
              `insert.layout.${layout}` as MessageKey,
              `insert.layout.${layout}.hint` as MessageKey,
              (editor) => insertTemplate(editor, layout),
            ),
          )}
        </ul>
        <h2 className="insert-heading">{t('insert.parts')}</h2>
        <ul className="menu-list">{PARTS.map((part) => item(part.id, part.testId, part.label, part.hint, part.run))}</ul>
      </div>
    </div>
  )
}
