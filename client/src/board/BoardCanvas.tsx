// The tldraw canvas: stock tools (the select tool also edits the locked brainstorm question), our
// template shapes, our store, our user, assets from our own server (never a CDN).
// tldraw's UI language comes from the user's preferences (see tldrawUser.ts), so its own language
// menu keeps working.
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { useCallback } from 'react'
import { Tldraw, type Editor, type TLComponents, type TLCurrentUser, type TLStoreWithStatus } from 'tldraw'
import type { Role } from '../collab/types.ts'
import { templateShapeUtils } from '../shapes/index.ts'
import { keepContentAboveStructure } from './contentAboveStructure.ts'
import { privateShapeUtils, privateUiOverrides, registerLocalBookmarks } from './privacy.ts'
import { SamenbordSelectTool } from './selectTool.ts'
import { MarkActionOverlay } from '../actions/MarkActionOverlay.tsx'

declare global {
  interface Window {
    /** The live editor, for browser tests. */
    __samenbordEditor?: Editor
  }
}

// Module-level: tldraw wants these stable across renders.
const assetUrls = getAssetUrlsByImport()
const shapeUtils = [...privateShapeUtils, ...templateShapeUtils]
const tools = [SamenbordSelectTool]

// Our top bar shows who is here and the links; tldraw's share panel would repeat it.
// People who can edit get the one-click "Actie" toggle on notes.
const editorComponents: TLComponents = { SharePanel: null, InFrontOfTheCanvas: MarkActionOverlay }
// Viewers get the canvas to look around in, without the editing tools.
const viewerComponents: TLComponents = {
  SharePanel: null,
  Toolbar: null,
  StylePanel: null,
  ActionsMenu: null,
  QuickActions: null,
  PageMenu: null,
}

export function BoardCanvas(props: {
  storeWithStatus: TLStoreWithStatus
  role: Role
  user: TLCurrentUser
  licenseKey: string | null
  onEditor: (editor: Editor | null) => void
}) {
  const { role, onEditor } = props
  const onMount = useCallback(
    (editor: Editor) => {
      window.__samenbordEditor = editor
      registerLocalBookmarks(editor)
      const stopZOrder = keepContentAboveStructure(editor)
      if (role === 'view') editor.updateInstanceState({ isReadonly: true })
      onEditor(editor)
      return () => {
        stopZOrder()
        if (window.__samenbordEditor === editor) delete window.__samenbordEditor
        onEditor(null)
      }
    },
    [role, onEditor],
  )

  return (
    <Tldraw
      store={props.storeWithStatus}
      licenseKey={props.licenseKey ?? undefined}
      assetUrls={assetUrls}
      shapeUtils={shapeUtils}
      tools={tools}
      overrides={privateUiOverrides}
      user={props.user}
      components={role === 'view' ? viewerComponents : editorComponents}
      onMount={onMount}
      autoFocus={role !== 'view'}
    />
  )
}
