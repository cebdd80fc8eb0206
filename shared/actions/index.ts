// Actions: notes that say who does what by when (see types.ts for how they are stored).
export * from './dates.ts'
export * from './edit.ts'
export { actionMeta, isActionStatus } from './meta.ts'
export { OWNER_MAX_LENGTH } from './owner.ts'
export * from './parse.ts'
export { isActionNote, isNote, noteAction, readActions } from './readActions.ts'
export * from './types.ts'
