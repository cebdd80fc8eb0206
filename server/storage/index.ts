// Public surface of the storage layer. Callers import from here, not from the individual modules.
export type { DocStorage, LoadedDoc, ResolvedToken, Role, SessionRecord } from './types.ts'
export { FileDocStorage, SESSION_ID_PATTERN } from './fileDocStorage.ts'
export type { FileDocStorageOptions, StorageLog } from './fileDocStorage.ts'
export { SessionStore, hashToken } from './sessionStore.ts'
export type { SessionStoreOptions } from './sessionStore.ts'
export { decodeFrames, encodeFrame, FRAME_HEADER_BYTES, MAX_FRAME_PAYLOAD } from './frames.ts'
export type { DecodedFrames, FrameProblem } from './frames.ts'
