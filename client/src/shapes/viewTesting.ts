// Test support for the shape views: render one to static HTML (react-dom/server: no DOM needed) inside
// the contexts it reads, on a stand-in editor (which shape is being edited, projector or not, a
// deterministic text measurer).
import { createElement, type ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { EditorContext, type Editor } from 'tldraw'
import { DEFAULT_CONTROL, type ControlState } from '../../../shared/facilitation/types.ts'
import type { Lang } from '../../../shared/i18n/index.ts'
import type { Role } from '../collab/types.ts'
import { ControlContext } from '../facilitation/useControl.ts'
import { I18nProvider } from '../i18n/I18nProvider.tsx'
import { measuringEditor } from './shapeTesting.ts'

export interface ViewEditorOptions {
  editingShapeId?: string | null
  onProjector?: boolean
  role?: Role
  readonly?: boolean
}

function viewEditor(opts: ViewEditorOptions = {}): Editor {
  const { editor } = measuringEditor()
  return Object.assign(editor, {
    getEditingShapeId: () => opts.editingShapeId ?? null,
    getInstanceState: () => ({ meta: { samenbordProjector: opts.onProjector === true, samenbordRole: opts.role ?? 'join' } }),
    getIsReadonly: () => opts.readonly === true,
  }) as Editor
}

export function renderView(view: ReactElement, opts: ViewEditorOptions & { lang?: Lang; control?: ControlState } = {}): string {
  const editor = viewEditor(opts)
  const control = { control: opts.control ?? DEFAULT_CONTROL, version: 0, serverNow: () => Date.now() }
  return renderToStaticMarkup(
    createElement(
      EditorContext.Provider,
      { value: editor },
      // biome-ignore lint/correctness/noChildrenProp: createElement's types want a required `children` prop in the props object (a .ts file, no JSX)
      createElement(ControlContext.Provider, { value: control }, createElement(I18nProvider, { lang: opts.lang ?? 'nl', children: view })),
    ),
  )
}
