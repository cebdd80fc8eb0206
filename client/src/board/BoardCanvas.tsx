// The tldraw canvas: stock tools (the select tool also edits the locked brainstorm question), our
// template shapes, our store, our user, assets from our own server (never a CDN).
// tldraw's UI language comes from the user's preferences (see tldrawUser.ts), so its own language
// menu keeps working.
import { useCallback, useEffect, useMemo, useState } from 'react'
import { Tldraw, type Editor, type TLComponents, type TLCurrentUser, type TLStoreWithStatus, type TLTextOptions } from 'tldraw'
import { useT } from '../i18n/I18nProvider.tsx'
import { AccessibleMainMenu, AccessibleRichTextToolbar } from './accessibleChrome.tsx'
import type { Role } from '../collab/types.ts'
import { batchNoteLabels } from '../shapes/noteLabelBatch.ts'
import { assetUrls } from './assetUrls.ts'
import { loadFontsOnDemand } from './fontsOnDemand.ts'
import { keepContentAboveStructure } from './contentAboveStructure.ts'
import { registerLocalBookmarks } from './privacy.ts'
import { boardShapeUtils, boardTools } from './boardEditorParts.ts'
import { limitExternalContent } from './roleContent.ts'
import { roleUiOverrides } from './roleUi.ts'
import { SelectionStylePanel } from './StylePanel.tsx'
import { NoteMarks } from '../decisions/NoteMarks.tsx'
import { stampNoteAuthorship } from '../identity/authorship.ts'
import { useSilenceVisibility } from '../silent/useSilence.ts'
import { DotLayer } from '../voting/DotLayer.tsx'
import { QuietableCursor, quietCollaboratorOverlays } from '../projector/quietCollaborators.ts'
import { withProjectorCut } from '../projector/projectorCut.ts'

// Only the font faces the board's shapes use, when they are first drawn (not all 16 on mount).
loadFontsOnDemand()

// Our top bar shows who is here and the links; tldraw's share panel would repeat it.
// People who can edit get the one-click "Actie" and "Besluit" toggles on notes.
// Everyone sees the dots of a vote on the notes (OnTheCanvas: they move and zoom with the board).
// The style panel shows only when there is something to style (StylePanel.tsx).
// The main menu opens with tldraw's accessibility options; its text toolbar passes axe (accessibleChrome.tsx).
const facilitatorComponents: TLComponents = {
  SharePanel: null,
  MainMenu: AccessibleMainMenu,
  RichTextToolbar: AccessibleRichTextToolbar,
  StylePanel: SelectionStylePanel,
  InFrontOfTheCanvas: NoteMarks,
  OnTheCanvas: DotLayer,
}
// Participants stay on the one page of the session (no page menu; see roleUi.ts for the rest).
const participantComponents: TLComponents = { ...facilitatorComponents, PageMenu: null }
// Viewers get the canvas to look around in, without the editing tools.
// Their cursors can be switched off (the projector: see quietCollaborators.ts).
const viewerComponents: TLComponents = {
  SharePanel: null,
  MainMenu: AccessibleMainMenu,
  CollaboratorCursor: QuietableCursor,
  Toolbar: null,
  StylePanel: null,
  ActionsMenu: null,
  QuickActions: null,
  PageMenu: null,
  OnTheCanvas: DotLayer,
}

export function BoardCanvas(props: {
  storeWithStatus: TLStoreWithStatus
  role: Role
  user: TLCurrentUser
  licenseKey: string | null
  onEditor: (editor: Editor | null) => void
  /** Projector mode: the board only, none of tldraw's menus and tools, no empty placeholders. */
  projector?: boolean
  /** Other people's cursors, selections and brushes (false: not drawn on this screen). */
  showCursors?: boolean
}) {
  const { role, onEditor } = props
  const t = useT()
  const [editor, setEditor] = useState<Editor | null>(null)
  // The text being typed into a note or shape is a named text field for screen readers (tldraw's has no name).
  const textOptions = useMemo<TLTextOptions>(() => ({ tipTapConfig: { editorProps: { attributes: { 'aria-label': t('canvasAccess.textInput') } } } }), [t])
  const projector = props.projector === true
  const quietOthers = props.showCursors === false
  // Shape views and overlays ask the instance: placeholders are hidden on the projector, cursors when quiet.
  useEffect(() => {
    if (!editor) return
    const meta = editor.getInstanceState().meta
    if (meta.samenbordProjector === projector && meta.samenbordQuietOthers === quietOthers) return
    editor.updateInstanceState({ meta: { ...meta, samenbordProjector: projector, samenbordQuietOthers: quietOthers } })
  }, [editor, projector, quietOthers])
  // Silent brainstorm: other people's new notes are left out of participants' canvases.
  // On the projector also the notes its current part would cut (projector/projectorCut.ts).
  const silenceVisibility = useSilenceVisibility()
  const getShapeVisibility = useMemo(() => (projector ? withProjectorCut(silenceVisibility) : silenceVisibility), [projector, silenceVisibility])
  const onMount = useCallback(
    (editor: Editor) => {
      // Many notes arriving at once are measured in a few layouts, not one each.
      const stopLabelBatching = batchNoteLabels(editor)
      registerLocalBookmarks(editor)
      limitExternalContent(editor, role)
      const stopZOrder = keepContentAboveStructure(editor)
      // Shape views ask who is looking (the question's "double-click to type" is for facilitators).
      editor.updateInstanceState({ meta: { ...editor.getInstanceState().meta, samenbordRole: role } })
      if (role === 'view') editor.updateInstanceState({ isReadonly: true })
      // Someone opening a board sees all of it, not its top-left corner at 100 % (the projector
      // and "follow me" move the camera themselves later).
      const content = editor.getCurrentPageBounds()
      if (content) editor.zoomToBounds(content, { inset: 80, targetZoom: 1 })
      const stopAuthorship = role === 'view' ? () => {} : stampNoteAuthorship(editor)
      onEditor(editor)
      setEditor(editor)
      return () => {
        setEditor(null)
        stopZOrder()
        stopAuthorship()
        stopLabelBatching()
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
      shapeUtils={boardShapeUtils}
      tools={boardTools}
      overrides={roleUiOverrides(role)}
      user={props.user}
      components={role === 'view' ? viewerComponents : role === 'join' ? participantComponents : facilitatorComponents}
      onMount={onMount}
      getShapeVisibility={getShapeVisibility}
      autoFocus={role !== 'view'}
      hideUi={props.projector}
      overlayUtils={quietCollaboratorOverlays}
      textOptions={textOptions}
    />
  )
}
