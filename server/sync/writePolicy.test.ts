// The write policy on analyses made by hand: who may write what, under which lock.
import { describe, expect, it } from 'vitest'
import type { BoardRecord } from '../../shared/board/boardDoc.ts'
import type { LockState } from '../../shared/facilitation/types.ts'
import type { Role } from '../storage/types.ts'
import type { RecordTouch, UpdateAnalysis } from './updateGuard.ts'
import { judgeUpdate } from './writePolicy.ts'
import { noteRecord } from '../../shared/board/noteRecord.ts'
import { geoProps, imageAsset, mediaShape, pageRecord } from '../testing/records.ts'

const GEO_PROPS = geoProps(400, 300)

const AREA_PROPS = {
  w: 400,
  h: 300,
  kind: 'quadrant',
  template: 'actor-map',
  instance: 'i1',
  key: 'key-players',
  order: 0,
  labelKey: '',
  label: '',
  hintKey: '',
  tint: 'green',
  geometry: 'rect',
  ringInner: 0,
  side: 'full',
  lane: '',
}
const area = (fields: Partial<BoardRecord> = {}): BoardRecord =>
  ({
    id: 'shape:area',
    typeName: 'shape',
    type: 'sb-area',
    x: 0,
    y: 0,
    rotation: 0,
    parentId: 'page:board',
    index: 'a1',
    opacity: 1,
    isLocked: true,
    props: AREA_PROPS,
    meta: {},
    ...fields,
  }) as BoardRecord
const LABEL_PROPS = { w: 300, role: 'question', labelKey: '', text: '', size: 'm', align: 'start', vertical: false, template: 'brainstorm', instance: 'i1' }
const page = { id: 'page:board', typeName: 'page', name: 'Bord', index: 'a1', meta: {} } as BoardRecord
const documentRecord = { id: 'document:document', typeName: 'document', gridSize: 10, name: '', meta: {} } as BoardRecord

const touch = (val: BoardRecord): RecordTouch => ({ key: val.id, typeName: val.typeName, type: val.type as string, val })

function analysis(fields: Partial<UpdateAnalysis> = {}): UpdateAnalysis {
  return { bytes: 100, roots: new Set(['records']), unresolved: false, inserted: [], deleted: [], malformed: [], ...fields }
}

/**
 * Judged against a board holding the document, the page, `stored` and every record the analysis
 * deletes (the very objects, as on a real board: deleting the entry that is read).
 */
function judge(a: UpdateAnalysis, role: Role, lock: Partial<LockState> = {}, stored: BoardRecord[] = [], room = Infinity) {
  const byId = new Map([documentRecord, page, ...stored].map((r) => [r.id, r]))
  for (const t of a.deleted) if (t.val) byId.set(t.key, t.val as BoardRecord)
  return judgeUpdate(a, {
    role,
    lock: () => ({ board: false, structure: true, ...lock }),
    current: (key) => byId.get(key),
    all: () => byId.values(),
    fits: (bytes) => bytes <= room,
  })
}

describe('judgeUpdate', () => {
  it('drops whatever a view link sends', () => {
    expect(judge(analysis(), 'view').do).toBe('drop')
  })

  it('closes with 4413 an update that would grow the document past its limit, before any other rule', () => {
    const big = analysis({ bytes: 101, roots: new Set(['control']) })
    expect(judge(big, 'join', { board: true }, [], 100)).toEqual({ do: 'close', code: 4413, reason: 'document too large' })
    expect(judge(big, 'facilitator', {}, [], 100)).toEqual({ do: 'close', code: 4413, reason: 'document too large' })
    // Exactly the room left fits; the view link is dropped before its size counts.
    expect(judge(analysis({ bytes: 100 }), 'join', {}, [], 100).do).toBe('apply')
    expect(judge(big, 'view', {}, [], 100).do).toBe('drop')
  })

  it('closes any connection that writes a protected root, facilitator included', () => {
    for (const root of ['participants', 'control', 'votes']) {
      for (const role of ['join', 'facilitator'] as const) {
        const verdict = judge(analysis({ roots: new Set(['records', root]) }), role)
        expect(verdict).toMatchObject({ do: 'close', code: 4403 })
      }
    }
  })

  it("drops a join link's updates while the board is locked, never the facilitator's", () => {
    expect(judge(analysis(), 'join', { board: true })).toMatchObject({ do: 'drop' })
    expect(judge(analysis(), 'facilitator', { board: true })).toEqual({ do: 'apply' })
    expect(judge(analysis(), 'join', { board: false })).toEqual({ do: 'apply' })
  })

  it('asks for a resync instead of applying what cannot be judged yet', () => {
    expect(judge(analysis({ unresolved: true }), 'join').do).toBe('resync')
    expect(judge(analysis({ unresolved: true }), 'facilitator').do).toBe('resync')
  })

  it('under the structure lock, drops moving, unlocking, changing or removing locked structure by a join link', () => {
    const before = area()
    const moved = judge(analysis({ deleted: [touch(before)], inserted: [touch(area({ x: 40 }))] }), 'join')
    expect(moved).toMatchObject({ do: 'drop' })
    expect(judge(analysis({ deleted: [touch(before)], inserted: [touch(area({ isLocked: false }))] }), 'join').do).toBe('drop')
    expect(judge(analysis({ deleted: [touch(before)] }), 'join').do).toBe('drop')
    const label = area({ id: 'shape:q', type: 'sb-label', props: LABEL_PROPS })
    expect(judge(analysis({ deleted: [touch(label)], inserted: [touch({ ...label, props: { ...LABEL_PROPS, text: 'Wat nu?' } })] }), 'join').do).toBe('drop')
    // Turned into another kind of shape, or its meta changed: still a change to locked structure.
    const geo = { ...before, type: 'geo', props: GEO_PROPS } as BoardRecord
    expect(judge(analysis({ deleted: [touch(before)], inserted: [touch(geo)] }), 'join').do).toBe('drop')
    expect(judge(analysis({ deleted: [touch(before)], inserted: [touch({ ...before, meta: { seen: true } })] }), 'join').do).toBe('drop')
    // An entry added beside the stored one (YKeyValue keeps the right-most) is judged against the stored one.
    expect(judge(analysis({ inserted: [touch(area({ x: 40 }))] }), 'join', {}, [before]).do).toBe('drop')
    // The facilitator moves structure; without the lock, so may anyone.
    expect(judge(analysis({ deleted: [touch(before)], inserted: [touch(area({ x: 40 }))] }), 'facilitator').do).toBe('apply')
    expect(judge(analysis({ deleted: [touch(before)], inserted: [touch(area({ x: 40 }))] }), 'join', { structure: false }).do).toBe('apply')
  })

  it('under the structure lock, lets new templates, clusters and notes through', () => {
    expect(judge(analysis({ inserted: [touch(area({ id: 'shape:new' }))] }), 'join').do).toBe('apply')
    const cluster = area({ id: 'shape:c', isLocked: false, props: { ...AREA_PROPS, kind: 'cluster' } })
    expect(judge(analysis({ deleted: [touch(cluster)], inserted: [touch({ ...cluster, x: 300 })] }), 'join').do).toBe('apply')
    const note = noteRecord({ id: 'shape:n', text: 'idee', x: 0, y: 0, pageId: 'page:board', index: 'a2' as never })
    expect(judge(analysis({ deleted: [touch(note)], inserted: [touch({ ...note, x: 9 })] }), 'join').do).toBe('apply')
  })

  it('closes with 4422 on what the records cannot hold, whoever sends it', () => {
    for (const role of ['join', 'facilitator'] as const) {
      expect(judge(analysis({ malformed: ['string content in the records array'] }), role)).toMatchObject({ do: 'close', code: 4422 })
      // The shadow entry: another key carrying a locked area's id.
      expect(judge(analysis({ inserted: [{ ...touch(area({ x: 3000 })), key: 'shape:shadow' }] }), role, {}, [area()])).toMatchObject({
        do: 'close',
        code: 4422,
      })
      expect(judge(analysis({ inserted: [touch(area({ props: { kind: 'quadrant' } }))] }), role)).toMatchObject({ do: 'close', code: 4422 })
      expect(judge(analysis({ inserted: [touch({ id: 'camera:x', typeName: 'camera' } as BoardRecord)] }), role)).toMatchObject({ do: 'close', code: 4422 })
    }
  })

  it('closes with 4403 on writes to meta', () => {
    expect(judge(analysis({ roots: new Set(['meta']) }), 'join')).toMatchObject({ do: 'close', code: 4403 })
  })

  it('drops what would leave the board without a parent, in a cycle, or without its last page', () => {
    const orphan = { ...area({ id: 'shape:o', isLocked: false }), parentId: 'shape:nowhere' } as BoardRecord
    expect(judge(analysis({ inserted: [touch(orphan)] }), 'facilitator').do).toBe('drop')
    const a = area({ id: 'shape:a', isLocked: false, parentId: 'shape:b' })
    const b = area({ id: 'shape:b', isLocked: false, parentId: 'shape:a' })
    expect(judge(analysis({ inserted: [touch(a), touch(b)] }), 'facilitator').do).toBe('drop')
    expect(judge(analysis({ deleted: [touch(page)] }), 'facilitator').do).toBe('drop')
    const child = area({ id: 'shape:child', isLocked: false, parentId: 'shape:a' })
    const parent = area({ id: 'shape:a', isLocked: false })
    expect(judge(analysis({ deleted: [touch(parent)] }), 'facilitator', {}, [child]).do).toBe('drop')
    expect(judge(analysis({ deleted: [touch(parent), touch(child)] }), 'facilitator').do).toBe('apply')
  })
})

describe('judgeUpdate: pages, assets and media by role', () => {
  const extraPage = pageRecord() as BoardRecord
  const asset = imageAsset() as BoardRecord
  const media = (['image', 'video', 'bookmark', 'embed'] as const).map((type) => mediaShape(type, `shape:${type}`) as BoardRecord)

  it("drops a join link's new page, asset or image/video/bookmark/embed shape; the facilitator's applies", () => {
    for (const record of [extraPage, asset, ...media]) {
      expect(judge(analysis({ inserted: [touch(record)] }), 'join')).toMatchObject({ do: 'drop', why: expect.stringContaining(record.id) })
      expect(judge(analysis({ inserted: [touch(record)] }), 'facilitator')).toEqual({ do: 'apply' })
    }
    // The facilitator's image: its asset and its shape in one update.
    const photo = mediaShape('image', 'shape:photo', 'page:board', asset.id) as BoardRecord
    expect(judge(analysis({ inserted: [touch(asset), touch(photo)] }), 'facilitator')).toEqual({ do: 'apply' })
    expect(judge(analysis({ inserted: [touch(asset), touch(photo)] }), 'join').do).toBe('drop')
    // Hidden among notes: the whole update is refused.
    const note = noteRecord({ id: 'shape:n', text: 'idee', x: 0, y: 0, pageId: 'page:board', index: 'a2' as never })
    expect(judge(analysis({ inserted: [touch(note), touch(extraPage)] }), 'join').do).toBe('drop')
    expect(judge(analysis({ inserted: [touch(note)] }), 'join').do).toBe('apply')
  })

  it('lets a join link move what the facilitator placed, but not turn a note into an image', () => {
    const photo = mediaShape('image', 'shape:photo', 'page:board', asset.id) as BoardRecord
    expect(judge(analysis({ deleted: [touch(photo)], inserted: [touch({ ...photo, x: 500 })] }), 'join', {}, [asset]).do).toBe('apply')
    expect(judge(analysis({ deleted: [touch(page)], inserted: [touch({ ...page, name: 'Ons bord' })] }), 'join').do).toBe('apply')
    const note = noteRecord({ id: 'shape:n', text: 'idee', x: 0, y: 0, pageId: 'page:board', index: 'a2' as never })
    const asImage = { ...mediaShape('image', 'shape:n'), index: 'a2' } as BoardRecord
    expect(judge(analysis({ deleted: [touch(note)], inserted: [touch(asImage)] }), 'join').do).toBe('drop')
    // A page stays, whoever made it: only the facilitator removes one (with its shapes).
    const second = pageRecord() as BoardRecord
    expect(judge(analysis({ deleted: [touch(second)] }), 'join')).toMatchObject({ do: 'drop', why: expect.stringContaining('remove a page') })
    expect(judge(analysis({ deleted: [touch(second)] }), 'facilitator').do).toBe('apply')
    // Deleting the facilitator's image is an ordinary edit (the trash brings it back); re-creating it is not.
    expect(judge(analysis({ deleted: [touch(photo)] }), 'join', {}, [asset]).do).toBe('apply')
    expect(judge(analysis({ inserted: [touch(photo)] }), 'join', {}, [asset]).do).toBe('drop')
  })
})
