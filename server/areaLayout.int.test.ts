// Integration: notes posted through the notes API into one area, read back from the server's board
// (a stock y-websocket client): however many arrive and however long, no two overlap, none covers the
// area's title, each is tall enough for its text, and the area grew without running into its
// neighbours.
import { describe, expect, it } from 'vitest'
import { BoardDoc, type BoardRecord } from '../shared/board/index.ts'
import { AREA_SHAPE, type AreaProps } from '../shared/board/shapes/index.ts'
import { areaOverlaps, layoutProblems } from '../shared/layout/testBoard.ts'
import { fileServer } from './testing/perTest.ts'
import { sessionApi } from './testing/sessionApi.ts'
import { eventually, whenSynced } from './testing/yClient.ts'

const s = fileServer()
const api = sessionApi(() => s.url)

const LONG = 'Een veilige oversteekplaats bij de basisschool, met een zebrapad en een klaar-over in de ochtend. '.repeat(4)

async function postMany(session: Awaited<ReturnType<typeof api.create>>, areaId: string, texts: readonly string[]): Promise<string[]> {
  const ids: string[] = []
  // In parallel, as a room of phones does: the server places each against the board as it is then.
  const results = await Promise.all(texts.map((text) => api.json<{ id: string }>(api.call(session, 'notes', session.join, { text, area: areaId }), 201)))
  for (const r of results) ids.push(r.id)
  return ids
}

describe('notes into an area through the API', () => {
  it('60 notes into the brainstorm ideas: no two overlap, none over the title, long ones tall enough, the area grew', async () => {
    const session = await api.create(['brainstorm'])
    const ideas = (await api.areas(session)).find((a) => a.kind === 'ideas')!
    const texts = Array.from({ length: 60 }, (_, i) => (i % 6 === 0 ? LONG : i % 6 === 1 ? 'Burgerparticipatietraject' : `Idee ${i}: meer groen`))
    const ids = await postMany(session, ideas.id, texts)
    const watcher = s.client(session.view)
    await whenSynced(watcher)
    const board = BoardDoc.of(watcher.doc)
    await eventually(() => {
      for (const id of ids) expect(board.get(id)).toBeTruthy()
    })
    const records: BoardRecord[] = board.all()
    expect(layoutProblems(records, ideas.id, ids)).toEqual([])
    expect(areaOverlaps(records)).toEqual([])
    const area = board.get(ideas.id)!
    expect((area.props as AreaProps).h).toBeGreaterThan(1100)
    const long = board.get(ids[0]!)!
    expect((long.props as { growY: number }).growY).toBeGreaterThan(0)
  })

  it('five notes into one ladder rung: the rung grows and the rungs below move down, nothing overlaps', async () => {
    const session = await api.create(['participation-ladder'])
    const rung = (await api.areas(session)).find((a) => a.kind === 'rung' && a.lane === 'now')!
    const ids = await postMany(session, rung.id, ['een', 'twee', LONG, 'vier', 'vijf'])
    const watcher = s.client(session.view)
    await whenSynced(watcher)
    const board = BoardDoc.of(watcher.doc)
    await eventually(() => {
      for (const id of ids) expect(board.get(id)).toBeTruthy()
    })
    const records = board.all()
    expect(layoutProblems(records, rung.id, ids)).toEqual([])
    expect(areaOverlaps(records)).toEqual([])
    expect(records.filter((r) => r.type === AREA_SHAPE && (r.props as AreaProps).h > 240).length).toBe(2)
  })
})
