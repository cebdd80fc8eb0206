// A text field inside a shape being edited (a cluster's name, the brainstorm question). It keeps
// tldraw from seeing the pointer and keys typed into it, writes every change through the editor (so
// others see it live and one undo reverts the edit), and ends editing on Enter or Escape.
import { useEffect, useRef, type CSSProperties, type SyntheticEvent } from 'react'
import { useEditor, type TLShapeId } from 'tldraw'

function stopForCanvas(event: SyntheticEvent): void {
  event.stopPropagation()
}

/** Handlers that keep pointer and keyboard events on our form elements away from the canvas. */
export const keepFromCanvas = {
  onPointerDown: stopForCanvas,
  onPointerUp: stopForCanvas,
  onPointerMove: stopForCanvas,
  onTouchStart: stopForCanvas,
  onTouchEnd: stopForCanvas,
  onDoubleClick: stopForCanvas,
  onKeyUp: stopForCanvas,
  onWheel: stopForCanvas,
}

export function InlineTextInput(props: {
  shapeId: TLShapeId
  value: string
  placeholder: string
  onChange: (value: string) => void
  multiline?: boolean
  className?: string
  style?: CSSProperties
  testId?: string
}) {
  const editor = useEditor()
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null)

  useEffect(() => {
    const el = ref.current
    if (!el) return
    // After tldraw has finished the double click that started editing.
    const frame = requestAnimationFrame(() => {
      el.focus()
      el.select()
    })
    return () => cancelAnimationFrame(frame)
  }, [])

  const common = {
    ref,
    className: `sb-inline-input ${props.className ?? ''}`,
    style: props.style,
    value: props.value,
    placeholder: props.placeholder,
    'data-testid': props.testId,
    onChange: (event: { currentTarget: { value: string } }) => props.onChange(event.currentTarget.value),
    ...keepFromCanvas,
    onKeyDown: (event: React.KeyboardEvent) => {
      event.stopPropagation()
      if (event.key === 'Escape' || (event.key === 'Enter' && !event.shiftKey)) {
        event.preventDefault()
        if (editor.getEditingShapeId() === props.shapeId) editor.complete()
      }
    },
  }
  return props.multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />
}
