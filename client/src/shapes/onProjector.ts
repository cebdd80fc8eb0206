// Whether this canvas is the projector's (BoardCanvas puts it in the instance meta): structure shapes
// leave out their empty placeholders there ("Central question", "New cluster: double-click…"), which
// invite an action nobody in the room can take on the wall.
import { useEditor, useValue } from 'tldraw'

export function useOnProjector(): boolean {
  const editor = useEditor()
  return useValue('on the projector', () => editor.getInstanceState().meta.samenbordProjector === true, [editor])
}
