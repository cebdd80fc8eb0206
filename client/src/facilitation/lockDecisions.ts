// What a participant's editor does with a change under the facilitator's locks, decided apart from
// tldraw's side-effect registry and React (locks.ts wires these in), so each rule is tested on its own.
import { isLockedStructure, structureChangeRefused, type StructureShapeLike } from '../../../shared/facilitation/structureLock.ts'
import type { Role } from '../collab/types.ts'

/** Where a store change came from, as tldraw's side-effect handlers are told. */
export type ChangeSource = 'user' | 'remote'

/** Whether the structure lock holds this editor: participants only, and only while it is on. */
export function structureGuardActive(role: Role, structureLocked: boolean): boolean {
  return role === 'join' && structureLocked
}

/** A change to a shape this person made that the structure lock refuses. Remote changes always pass. */
export function shapeChangeRefused(source: ChangeSource, active: boolean, prev: StructureShapeLike, next: StructureShapeLike): boolean {
  return source === 'user' && active && structureChangeRefused(prev, next)
}

/** A deletion by this person that the structure lock refuses. */
export function shapeDeleteRefused(source: ChangeSource, active: boolean, shape: Pick<StructureShapeLike, 'type' | 'isLocked'>): boolean {
  return source === 'user' && active && isLockedStructure(shape)
}

/**
 * Whether this person just started typing into locked structure (tldraw lets the question be edited
 * while locked): the editing must be ended. `shapeOf` finds the shape being edited, if any.
 */
export function editingRefused<Id extends string>(
  source: ChangeSource,
  active: boolean,
  prevEditing: Id | null,
  nextEditing: Id | null,
  shapeOf: (id: Id) => Pick<StructureShapeLike, 'type' | 'isLocked'> | undefined,
): boolean {
  if (source !== 'user' || !active || !nextEditing || nextEditing === prevEditing) return false
  const shape = shapeOf(nextEditing)
  return shape !== undefined && isLockedStructure(shape)
}

/** The part of tldraw's Editor the board lock uses. */
export interface LockableEditor {
  getEditingShapeId(): string | null
  complete(): unknown
  setCurrentTool(id: string): unknown
  getInstanceState(): { isReadonly: boolean }
  updateInstanceState(partial: { isReadonly: boolean }): unknown
}

/** Participants' editor goes read-only while the board is locked, and back when it is unlocked. */
export function applyBoardLock(editor: LockableEditor, role: Role, locked: boolean): void {
  if (role !== 'join') return
  if (locked) {
    // Typing into a note when the lock comes: end it, so the text field does not stay open.
    if (editor.getEditingShapeId()) editor.complete()
    editor.setCurrentTool('select')
    editor.updateInstanceState({ isReadonly: true })
  } else if (editor.getInstanceState().isReadonly) {
    editor.updateInstanceState({ isReadonly: false })
  }
}
