import { Store } from '@tldraw/store'
import {
  createPresenceStateDerivation,
  createUserId,
  InstancePresenceRecordType,
  PageRecordType,
  UserRecordType,
  type TLRecord,
  type TLStore,
} from '@tldraw/tlschema'
import type { IndexKey } from '@tldraw/utils'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { BoardDoc, type BoardRecord } from '../board/boardDoc.ts'
import { initBoard } from '../board/initBoard.ts'
import { boardSchema } from '../board/schema.ts'
import { canvaslessPresence, firstPageId } from './canvaslessPresence.ts'

const user = UserRecordType.create({ id: createUserId('sanne-tab'), name: 'Sanne', color: '#3a8a3a' })
const presenceId = InstancePresenceRecordType.createId('42')

/** A board with a second page in front of the first (lower index), as a facilitator could make one. */
function board(): BoardDoc {
  const doc = BoardDoc.of(new Y.Doc())
  initBoard(doc, { pageName: 'Bord' })
  const front = PageRecordType.create({ id: 'page:front' as never, name: 'Voor', index: 'a0' as IndexKey })
  doc.apply({ put: [front as unknown as BoardRecord] })
  return doc
}

/** What the phone page published while it ran on a tldraw store no editor touched. */
function fromTldrawStore(records: BoardRecord[]) {
  const store = new Store({
    schema: boardSchema(),
    props: { defaultName: '', assets: {} as never, onMount: () => {}, users: {} as never },
  }) as unknown as TLStore
  store.mergeRemoteChanges(() => store.put(records as unknown as TLRecord[]))
  return createPresenceStateDerivation({ get: () => user } as never, { instanceId: presenceId })(store).get()
}

describe('canvaslessPresence', () => {
  it('is what tldraw derives from a store without an editor: first page, idle pointer, our name and colour', () => {
    const records = board().all()
    const page = firstPageId(records)
    expect(page).toBe('page:front')
    const ours = canvaslessPresence(user, page!, presenceId)
    expect(ours).toEqual(fromTldrawStore(records))
    expect(ours).toMatchObject({ userId: user.id, userName: 'Sanne', color: '#3a8a3a', currentPageId: 'page:front' })
  })

  it('has no page to be on before the board has one', () => {
    expect(firstPageId([])).toBeNull()
  })
})
