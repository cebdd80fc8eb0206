// The select tool's double click on the locked question. No DOM here, so no real Editor: the tool's
// state tree is built on a stand-in editor that answers what the double click asks, and the tldraw
// behaviour the subclass relies on is pinned by its own tests below, so a tldraw upgrade that moves it
// fails here rather than silently in a workshop.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SelectTool, StateNode, type Editor, type TLClickEventInfo, type TLShape } from 'tldraw'
import { EDITING_STATE, IDLE_STATE, lockedEditableAt, SamenbordSelectTool, type LockedHitEditor } from './selectTool.ts'

afterEach(() => vi.restoreAllMocks())

const question = { id: 'shape:q', type: 'sb-label', isLocked: true } as unknown as TLShape
const note = { id: 'shape:n', type: 'note', isLocked: false } as unknown as TLShape
const lockedArea = { id: 'shape:a', type: 'sb-area', isLocked: true } as unknown as TLShape

function doubleClick(over: Partial<TLClickEventInfo> = {}): TLClickEventInfo {
  return {
    type: 'click',
    name: 'double_click',
    phase: 'down',
    target: 'canvas',
    point: { x: 10, y: 10, z: 0.5 },
    pointerId: 1,
    button: 0,
    isPen: false,
    shiftKey: false,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    accelKey: false,
    ...over,
  } as unknown as TLClickEventInfo
}

/** An editor with `hit` under the pointer; only the question may be edited while locked. */
function hitEditor(hit: TLShape | undefined, opts: { canEdit?: boolean } = {}) {
  const asked: Array<{ hitLocked?: boolean }> = []
  const editor = {
    inputs: { getCurrentPagePoint: () => ({ x: 10, y: 10 }) },
    getHitTestMargin: () => 8,
    getShapeAtPoint: (_point: unknown, o: { hitLocked?: boolean }) => {
      asked.push(o)
      return hit
    },
    getShapeUtil: () => ({ canEditWhileLocked: (s: TLShape) => s.id === question.id }),
    canEditShape: () => opts.canEdit ?? true,
  } as unknown as LockedHitEditor
  return { editor, asked }
}

describe('lockedEditableAt', () => {
  it('finds the locked question under the pointer, hit-testing locked shapes too', () => {
    const { editor, asked } = hitEditor(question)
    expect(lockedEditableAt(editor, doubleClick())).toBe(question)
    expect(asked).toEqual([expect.objectContaining({ hitLocked: true })])
  })

  it('leaves an unlocked shape, locked structure that may not be edited, and nothing at all to tldraw', () => {
    expect(lockedEditableAt(hitEditor(note).editor, doubleClick())).toBeUndefined()
    expect(lockedEditableAt(hitEditor(lockedArea).editor, doubleClick())).toBeUndefined()
    expect(lockedEditableAt(hitEditor(undefined).editor, doubleClick())).toBeUndefined()
    expect(lockedEditableAt(hitEditor(question, { canEdit: false }).editor, doubleClick())).toBeUndefined()
  })

  it('ignores the release, clicks on a shape or the selection, and shift or ctrl double clicks', () => {
    const { editor } = hitEditor(question)
    expect(lockedEditableAt(editor, doubleClick({ phase: 'up' }))).toBeUndefined()
    expect(lockedEditableAt(editor, doubleClick({ target: 'selection' } as Partial<TLClickEventInfo>))).toBeUndefined()
    expect(lockedEditableAt(editor, doubleClick({ shiftKey: true }))).toBeUndefined()
    expect(lockedEditableAt(editor, doubleClick({ ctrlKey: true }))).toBeUndefined()
  })
})

/**
 * A stand-in editor for the select tool's states: the hit-testing above, the editing shape it is told,
 * and a no-op for anything else the states call on entering and leaving (cursor, hover, timers).
 */
function toolEditor(hit: TLShape | undefined) {
  let editing: TLShape | null = null
  const calls: string[] = []
  const known: Record<string, unknown> = {
    ...(hitEditor(hit).editor as object),
    markHistoryStoppingPoint: (name: string) => calls.push(`mark:${name}`),
    setEditingShape: (shape: TLShape | null) => {
      editing = shape
      calls.push(`editing:${shape?.id ?? null}`)
    },
    getEditingShape: () => editing,
    getEditingShapeId: () => editing?.id ?? null,
  }
  const editor = new Proxy(known, {
    get: (target, key) => (key in target ? target[key as string] : anything),
  }) as unknown as Editor
  return { editor, calls }
}

/** Any property of it is itself, a call to it does nothing: `editor.disposables.add(…)` and the like. */
const anything: unknown = new Proxy(() => undefined, { get: () => anything, apply: () => undefined })

/**
 * The select tool under a root, as the editor builds it, entered (so it passes events on to idle),
 * with idle's own double click recorded instead of run.
 */
function selectTool(editor: Editor) {
  class Root extends StateNode {
    static override id = 'root'
    static override initial = 'select'
    static override children = () => [SamenbordSelectTool]
  }
  const root = new Root(editor)
  root.enter({}, 'initial')
  const tool = root.children?.select as SamenbordSelectTool
  const idle = tool.children?.[IDLE_STATE] as StateNode
  const idleDoubleClick = vi.spyOn(idle, 'onDoubleClick').mockImplementation(() => {})
  return { tool, idleDoubleClick }
}

describe('SamenbordSelectTool', () => {
  it('keeps all of tldraw’s select states, starting in idle', () => {
    const { tool } = selectTool(toolEditor(undefined).editor)
    expect(Object.keys(tool.children ?? {})).toEqual(SelectTool.children().map((child) => child.id))
    expect(tool.getCurrent()?.id).toBe(IDLE_STATE)
  })

  it('starts editing the locked question on a double click, and idle never sees that click', () => {
    const { editor, calls } = toolEditor(question)
    const { tool, idleDoubleClick } = selectTool(editor)
    expect(tool.getIsActive()).toBe(true)
    tool.handleEvent(doubleClick())
    expect(calls).toEqual(['mark:editing locked shape', 'editing:shape:q'])
    expect(tool.getCurrent()?.id).toBe(EDITING_STATE)
    expect(idleDoubleClick).not.toHaveBeenCalled()
  })

  it('leaves any other double click to tldraw', () => {
    const { editor, calls } = toolEditor(note)
    const { tool, idleDoubleClick } = selectTool(editor)
    const click = doubleClick()
    tool.handleEvent(click)
    expect(calls).toEqual([])
    expect(tool.getCurrent()?.id).toBe(IDLE_STATE)
    expect(idleDoubleClick).toHaveBeenCalledWith(click)
  })
})

// What selectTool.ts assumes of tldraw 5.4.2. If one of these fails after an upgrade, the double click
// on the locked question no longer works as written: re-check selectTool.ts against the new tldraw.
describe('tldraw still behaves as selectTool.ts assumes', () => {
  it('has a select tool starting in idle, with an editing state, and no double-click handler of its own to shadow', () => {
    const ids = SelectTool.children().map((child) => child.id)
    expect(SelectTool.initial).toBe(IDLE_STATE)
    expect(ids).toContain(IDLE_STATE)
    expect(ids).toContain(EDITING_STATE)
    expect(SelectTool.prototype.onDoubleClick).toBeUndefined()
    const Idle = SelectTool.children().find((child) => child.id === IDLE_STATE) as unknown as { prototype: StateNode }
    expect(typeof Idle.prototype.onDoubleClick).toBe('function')
  })

  it('lets a state node handle an event before its active child, and keeps it from a child it left', () => {
    const seen: string[] = []
    class A extends StateNode {
      static override id = 'a'
      override onDoubleClick() {
        seen.push('a')
      }
    }
    class B extends StateNode {
      static override id = 'b'
      override onDoubleClick() {
        seen.push('b')
      }
    }
    class Parent extends StateNode {
      static override id = 'parent'
      static override initial = 'a'
      static override children = () => [A, B]
      leave = false
      override onDoubleClick() {
        seen.push('parent')
        if (this.leave) this.transition('b')
      }
    }
    const parent = new Parent({} as Editor)
    parent.enter({}, 'initial')

    parent.handleEvent(doubleClick())
    expect(seen).toEqual(['parent', 'a'])

    seen.length = 0
    parent.leave = true
    parent.handleEvent(doubleClick())
    expect(seen).toEqual(['parent'])
    expect(parent.getCurrent()?.id).toBe('b')
  })
})
