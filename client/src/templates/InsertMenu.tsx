// "Sjabloon invoegen": the workshop methods and the parts that can be added on their own, for people
// who can edit the board (never viewers). One click places it on the live board. A tldraw dropdown
// menu (TldrawUiDropdownMenu*), so it closes, focuses and stacks like tldraw's own menus.
import { TldrawUiDropdownMenuContent, TldrawUiDropdownMenuRoot, TldrawUiDropdownMenuTrigger, type Editor } from 'tldraw'
import type { MessageKey } from '../../../shared/i18n/index.ts'
import { TEMPLATE_LAYOUTS, type TemplateLayoutId } from '../../../shared/templates/index.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { ChromeMenuItem, ChromeMenuSection } from '../board/ChromeMenuItem.tsx'
import { keepFocusAfterMenu } from '../board/focusAfterMenu.ts'
import { TopBarButton } from '../board/TopBarButton.tsx'
import { useRef } from 'react'
import { addActionsArea, addActor, addCluster, addDecisionsArea, insertTemplate } from './insert.ts'
import { TemplateIcon, type InsertItemId } from './TemplateIcon.tsx'

interface PartItem {
  id: 'actor' | 'cluster' | 'actions' | 'decisions'
  testId: string
  label: MessageKey
  hint: MessageKey
  run: (editor: Editor) => unknown
}

const PARTS: PartItem[] = [
  { id: 'actor', testId: 'add-actor', label: 'insert.addActor', hint: 'insert.addActor.hint', run: addActor },
  { id: 'cluster', testId: 'add-cluster', label: 'insert.addCluster', hint: 'insert.addCluster.hint', run: addCluster },
  { id: 'actions', testId: 'add-actions-area', label: 'insert.addActionsArea', hint: 'insert.addActionsArea.hint', run: addActionsArea },
  { id: 'decisions', testId: 'add-decisions-area', label: 'insert.addDecisionsArea', hint: 'insert.addDecisionsArea.hint', run: addDecisionsArea },
]

export function InsertMenu({ editor }: { editor: Editor | null }) {
  const t = useT()
  const button = useRef<HTMLButtonElement>(null)

  const run = (action: (editor: Editor) => unknown) => {
    if (!editor) return
    keepFocusAfterMenu(button.current, editor)
    action(editor)
    // Back to the board: keyboard shortcuts and typing go to the canvas (or the form that opened).
    if (!editor.getEditingShapeId()) editor.getContainer().focus()
  }

  const item = (id: InsertItemId, testId: string, label: MessageKey, hint: MessageKey, action: (editor: Editor) => unknown) => (
    <ChromeMenuItem key={id} testId={testId} icon={<TemplateIcon id={id} />} label={t(label)} hint={t(hint)} onSelect={() => run(action)} />
  )

  return (
    <TldrawUiDropdownMenuRoot id="samenbord-insert">
      <TldrawUiDropdownMenuTrigger>
        <TopBarButton
          ref={button}
          kind="insert"
          testId="insert-menu"
          command="insert"
          disabled={!editor}
          label={t('insert.button')}
          icon={
            <span className="insert-plus" aria-hidden="true">
              +
            </span>
          }
        />
      </TldrawUiDropdownMenuTrigger>
      <TldrawUiDropdownMenuContent className="chrome-menu insert-panel" side="bottom" align="start" alignOffset={0} collisionPadding={8}>
        <ChromeMenuSection title={t('insert.templates')}>
          {TEMPLATE_LAYOUTS.map((layout: TemplateLayoutId) =>
            item(layout, `insert-${layout}`, `insert.layout.${layout}` as MessageKey, `insert.layout.${layout}.hint` as MessageKey, (editor) =>
              insertTemplate(editor, layout),
            ),
          )}
        </ChromeMenuSection>
        <ChromeMenuSection title={t('insert.parts')}>{PARTS.map((part) => item(part.id, part.testId, part.label, part.hint, part.run))}</ChromeMenuSection>
      </TldrawUiDropdownMenuContent>
    </TldrawUiDropdownMenuRoot>
  )
}
