// The presence of a screen without a canvas (the phone page): what tldraw's own presence derivation
// (createPresenceStateDerivation) makes of a store no editor has touched, i.e. the records the store's
// integrity check puts in (instance on the first page, its page state and camera, the pointer), for
// this user. Built from the same tlschema pieces, so others' canvases keep listing the person exactly
// as when the phone page ran on a tldraw store, and following them lands on the same page.
import {
  CameraRecordType,
  getDefaultUserPresence,
  InstancePageStateRecordType,
  InstancePresenceRecordType,
  PointerRecordType,
  TLINSTANCE_ID,
  TLPOINTER_ID,
  type TLInstancePresence,
  type TLPageId,
  type TLStore,
  type TLUser,
} from '@tldraw/tlschema'
import { sortByIndex, type IndexKey } from '@tldraw/utils'
import type { BoardRecord } from '../board/boardDoc.ts'
import { boardSchema } from '../board/schema.ts'

/** The page tldraw opens first: the lowest index (the integrity check's choice). */
export function firstPageId(records: Iterable<BoardRecord>): TLPageId | null {
  const pages: Array<{ id: string; index: IndexKey }> = []
  for (const record of records) {
    if (record.typeName === 'page' && typeof record.index === 'string') pages.push({ id: record.id, index: record.index as IndexKey })
  }
  return (pages.sort(sortByIndex)[0]?.id as TLPageId | undefined) ?? null
}

export function canvaslessPresence(user: TLUser, pageId: TLPageId, id: TLInstancePresence['id']): TLInstancePresence | null {
  const pageStateId = InstancePageStateRecordType.createId(pageId)
  const cameraId = CameraRecordType.createId(pageId)
  const records = new Map<string, unknown>([
    [TLINSTANCE_ID, boardSchema().types.instance.create({ id: TLINSTANCE_ID, currentPageId: pageId })],
    [pageStateId, InstancePageStateRecordType.create({ id: pageStateId, pageId })],
    [cameraId, CameraRecordType.create({ id: cameraId })],
    [TLPOINTER_ID, PointerRecordType.create({ id: TLPOINTER_ID })],
  ])
  // getDefaultUserPresence only reads records by id.
  const store = { get: (key: string) => records.get(key) } as unknown as TLStore
  const state = getDefaultUserPresence(store, user)
  return state ? InstancePresenceRecordType.create({ ...state, id }) : null
}
