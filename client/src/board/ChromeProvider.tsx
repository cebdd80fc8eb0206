// The tldraw UI context for our own chrome (the top bar and its menus), which sits above the canvas
// rather than on it. This is how tldraw mounts UI outside <Tldraw> (its TldrawUiContextProvider is
// made for a sidebar without an editor): the live editor when there is one (menus then register with
// editor.menus, so tldraw knows one is open and pauses its shortcuts), and a container of our own
// that carries tldraw's theme variables, into which the TldrawUi* menus and popovers portal.
import { useState, type ReactNode } from 'react'
import { ContainerProvider, EditorContext, TldrawUiContextProvider, type Editor, type TLUiOverrides } from 'tldraw'
import { assetUrls } from './assetUrls.ts'

export function ChromeProvider(props: { editor: Editor | null; overrides?: TLUiOverrides | TLUiOverrides[]; children: ReactNode }) {
  const [portal, setPortal] = useState<HTMLDivElement | null>(null)
  return (
    <>
      {portal && (
        <EditorContext.Provider value={props.editor}>
          <ContainerProvider container={portal}>
            <TldrawUiContextProvider overrides={props.overrides} assetUrls={assetUrls}>
              {props.children}
            </TldrawUiContextProvider>
          </ContainerProvider>
        </EditorContext.Provider>
      )}
      {/* Zero-sized: it only hosts the menus (fixed-position, by Radix), and never covers anything. */}
      <div ref={setPortal} className="tl-container tl-theme__light chrome-portal" data-testid="chrome-portal" />
    </>
  )
}
