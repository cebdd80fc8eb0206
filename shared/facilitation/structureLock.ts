// The template structure lock as a participant's client applies it: locked areas and labels (the
// structure a template placed) stay where they are, stay locked and keep their content while
// `lock.structure` is on. Clusters people add themselves are unlocked areas and stay free. The server
// enforces the same; refusing it in the browser too keeps the screen from showing a change that
// will not stick.
import { AREA_SHAPE, LABEL_SHAPE } from '../board/shapes/index.ts'

/** The fields of a shape record the lock looks at (a tldraw TLShape has them all). */
export interface StructureShapeLike {
  type: string
  isLocked: boolean
  x: number
  y: number
  rotation: number
  parentId: string
  index: string
  opacity: number
  props: object
  /** Absent in older test fixtures; a record always has it. */
  meta?: object
}

function isStructureType(type: string): boolean {
  return type === AREA_SHAPE || type === LABEL_SHAPE
}

/** Template structure that the lock protects: a locked area or label. */
export function isLockedStructure(shape: Pick<StructureShapeLike, 'type' | 'isLocked'>): boolean {
  return isStructureType(shape.type) && shape.isLocked
}

/**
 * Whether a participant's change from `prev` to `next` must be refused under the structure lock: any
 * change at all to a locked area or label, its type and meta included (a locked area turned into a
 * `geo` shape is no longer structure, but it was). Callers pair prev and next by record id.
 */
export function structureChangeRefused(prev: StructureShapeLike, next: StructureShapeLike): boolean {
  if (!isLockedStructure(prev)) return false
  return (
    next.type !== prev.type ||
    next.isLocked !== prev.isLocked ||
    next.x !== prev.x ||
    next.y !== prev.y ||
    next.rotation !== prev.rotation ||
    next.parentId !== prev.parentId ||
    next.index !== prev.index ||
    next.opacity !== prev.opacity ||
    !sameJson(next.props, prev.props) ||
    !sameJson(next.meta ?? {}, prev.meta ?? {})
  )
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b)
}
