import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { BoardDoc } from '../../shared/board/boardDoc.ts'
import { silentLog as silent } from '../testing/silentLog.ts'
import {
  MAX_NAMES_PER_CONNECTION,
  MAX_ORGANISATION_CHANGES_PER_CONNECTION,
  MAX_PARTICIPANTS,
  ParticipantRecorder,
  type RecordingConnection,
} from './participantRecorder.ts'

function conn(role: RecordingConnection['role'] = 'join'): RecordingConnection {
  return { role, recordedUsers: new Map(), recordedNames: new Set() }
}

function say(recorder: ParticipantRecorder, c: RecordingConnection, id: number, name: string): void {
  recorder.record(c, new Map([[id, { user: { name, color: '#abc', author: 'browser_1' } }]]), [id])
}

describe('ParticipantRecorder', () => {
  it('records the organisation as one bounded line, and a change of it for a known name', () => {
    const doc = new Y.Doc()
    const recorder = new ParticipantRecorder('s', doc, Infinity, silent)
    const c = conn()
    const sayAs = (organisation: unknown) =>
      recorder.record(c, new Map([[1, { user: { name: 'Anna', color: '#abc', author: 'browser_1', organisation } }]]), [1])
    sayAs(' Gemeente\n Oosterhout ')
    expect(BoardDoc.of(doc).participants()[0]!.organisation).toBe('Gemeente Oosterhout')
    sayAs('x'.repeat(500))
    expect(BoardDoc.of(doc).participants()[0]!.organisation).toHaveLength(80)
    sayAs(42)
    expect(BoardDoc.of(doc).participants()[0]!.organisation).toHaveLength(80)
    for (let i = 0; i < 50; i++) sayAs(`rol ${i}`)
    // The first change and then MAX - 1 more: later ones are not written.
    expect(BoardDoc.of(doc).participants()[0]!.organisation).toBe(`rol ${MAX_ORGANISATION_CHANGES_PER_CONNECTION - 2}`)
  })

  it(`records at most ${MAX_NAMES_PER_CONNECTION} names per connection, however often it renames`, () => {
    const doc = new Y.Doc()
    const recorder = new ParticipantRecorder('s', doc, Infinity, silent)
    const c = conn()
    for (let i = 0; i < 6000; i++) say(recorder, c, 1 + (i % 4), `naam ${i}`)
    expect(
      BoardDoc.of(doc)
        .participants()
        .map((p) => p.name),
    ).toEqual(['naam 0', 'naam 1', 'naam 2'])
    // The names it has may still come back (and get an author id).
    say(recorder, c, 1, 'Naam 0')
    expect(BoardDoc.of(doc).participants()).toHaveLength(3)
  })

  it(`records at most ${MAX_PARTICIPANTS} participants per session`, () => {
    const doc = new Y.Doc()
    const recorder = new ParticipantRecorder('s', doc, Infinity, silent)
    for (let i = 0; i < MAX_PARTICIPANTS + 50; i++) say(recorder, conn(), 1, `persoon ${i}`)
    expect(BoardDoc.of(doc).participants()).toHaveLength(MAX_PARTICIPANTS)
  })

  it('never grows the document past its size limit', () => {
    const doc = new Y.Doc()
    const limit = Y.encodeStateAsUpdate(doc).byteLength + 1000
    const recorder = new ParticipantRecorder('s', doc, limit, silent)
    for (let i = 0; i < 100; i++) say(recorder, conn(), 1, `persoon ${i}`)
    const count = BoardDoc.of(doc).participants().length
    expect(count).toBeGreaterThan(0)
    expect(count).toBeLessThan(100)
    expect(Y.encodeStateAsUpdate(doc).byteLength).toBeLessThanOrEqual(limit)
  })

  it("records nothing for a view link, and the link's role for the others", () => {
    const doc = new Y.Doc()
    const recorder = new ParticipantRecorder('s', doc, Infinity, silent)
    say(recorder, conn('view'), 1, 'Beamer')
    say(recorder, conn('facilitator'), 2, 'Fatima')
    expect(BoardDoc.of(doc).participants()).toMatchObject([{ name: 'Fatima', role: 'facilitator' }])
  })
})
