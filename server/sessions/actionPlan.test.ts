// The action plan's data from issue 14 on: meeting details from the session record, who took part from
// the participants map (excluded names and view links never in it), decisions, today. Through the real
// Rooms and session store on disk, as the export route calls it.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { BoardDoc, FIRST_PAGE_ID, initBoard, noteRecord } from '../../shared/board/index.ts'
import { toggleDecisionMark } from '../../shared/decisions/mark.ts'
import { todayIso } from '../../shared/actions/dates.ts'
import { FileDocStorage } from '../storage/fileDocStorage.ts'
import { AsyncDocStorage } from '../storage/types.ts'
import { SessionStore } from '../storage/sessionStore.ts'
import { Rooms } from '../sync/rooms.ts'
import { ActionService } from './actionService.ts'
import { MeetingService } from './meetingService.ts'
import { silentLog as silent } from '../testing/silentLog.ts'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbord-plan-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('ActionService.plan', () => {
  it('carries time, place, facilitators, people with organisation, decisions, next meeting and today', async () => {
    const store = await SessionStore.open(dir)
    const rooms = new Rooms({
      storage: new AsyncDocStorage(new FileDocStorage(path.join(dir, 'docs'))),
      log: silent,
      unloadAfterMs: 60_000,
      compactBytes: 1 << 20,
    })
    const { session } = await store.create('Werkgroep Centrum')
    await rooms.change(session.id, (doc) => {
      const board = BoardDoc.of(doc)
      initBoard(board, { pageName: 'Bord' })
      const note = (id: string, text: string, x: number) => noteRecord({ id, text, x, y: 0, pageId: FIRST_PAGE_ID, index: 'a1' as never })
      board.apply({ put: [toggleDecisionMark(note('shape:besluit', 'Markt op zaterdag', 0)), note('shape:los', 'Los idee', 400)] })
      const at = (minute: number) => `2026-12-01T19:${String(minute).padStart(2, '0')}:00.000Z`
      board.recordParticipant({ name: 'Fatima', color: '#f00', role: 'facilitator', firstSeen: at(0), organisation: 'Gemeente' })
      board.recordParticipant({ name: 'Anna', color: '#0f0', role: 'join', firstSeen: at(1), organisation: 'Ondernemer' })
      board.recordParticipant({ name: 'Test', color: '#00f', role: 'join', firstSeen: at(2) })
      board.recordParticipant({ name: 'Piet', color: '#00f', role: 'join', firstSeen: at(3) })
      board.setParticipantExcluded('test', true)
    })
    const meeting = new MeetingService(store, rooms, 200)
    const updated = await meeting.update(session.id, {
      startsAt: '2026-12-01T19:30',
      place: 'Stadhuis',
      nextMeeting: { at: '2027-01-12', place: 'Bibliotheek' },
    })
    expect(updated.ok).toBe(true)

    const before = todayIso(new Date())
    const plan = await new ActionService(rooms).plan((await store.get(session.id))!, 'nl')
    expect(plan).toMatchObject({
      startsAt: '2026-12-01T19:30',
      place: 'Stadhuis',
      nextMeeting: { at: '2027-01-12', place: 'Bibliotheek' },
      facilitators: ['Fatima'],
      people: [
        { name: 'Fatima', organisation: 'Gemeente', facilitator: true },
        { name: 'Anna', organisation: 'Ondernemer', facilitator: false },
        { name: 'Piet', organisation: '', facilitator: false },
      ],
      participants: ['Fatima', 'Anna', 'Piet'],
      decisions: [{ id: 'shape:besluit', text: 'Markt op zaterdag', area: null, areaLabel: null }],
    })
    expect([before, todayIso(new Date())]).toContain(plan.today)

    // Without details set, the plan has none of them (the renderers leave the lines out).
    const bare = await store.create('Los')
    await rooms.change(bare.session.id, (doc) => initBoard(BoardDoc.of(doc), { pageName: 'Bord' }))
    const plain = await new ActionService(rooms).plan(bare.session, 'nl')
    expect(plain).not.toHaveProperty('startsAt')
    expect(plain).not.toHaveProperty('place')
    expect(plain).not.toHaveProperty('nextMeeting')
    expect(plain).toMatchObject({ facilitators: [], people: [], decisions: [] })
    rooms.closeAll()
    await store.flush()
  })
})
