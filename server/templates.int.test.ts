// Integration: templates at session creation, areas and outcomes read back, notes posted into areas —
// against the real server, with a stock y-websocket client watching the board live.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { BoardDoc, type BoardRecord } from '../shared/board/index.ts'
import type { CreatedSession } from '../shared/api/types.ts'
import { fileServer } from './testing/perTest.ts'
import { sessionApi, type AreaJson } from './testing/sessionApi.ts'
import { eventually, whenSynced } from './testing/yClient.ts'

const s = fileServer()
const api = sessionApi(() => s.url)

const session = (templates: string[]) => api.create(templates, 'Centrum Oosterhout')
const get = (session: CreatedSession, what: string, token = session.join) => api.call(session, what, token)
const postNote = (session: CreatedSession, body: unknown, token = session.join) => api.call(session, 'notes', token, body)
const areas = async (session: CreatedSession, query = '') => (await api.json<{ areas: AreaJson[] }>(api.call(session, `areas${query}`, session.view))).areas

describe('templates through the API', () => {
  it('starts a board with the templates asked for, their areas readable in Dutch and English', async () => {
    const created = await session(['actor-map', 'participation-ladder', 'brainstorm', 'vision'])
    const list = await areas(created)
    const count = (kind: string) => list.filter((a) => a.kind === kind).length
    expect(count('quadrant')).toBe(4)
    expect(count('rung')).toBe(12)
    expect(count('ideas')).toBe(1)
    expect(count('cluster')).toBe(2)
    expect([count('vision'), count('goals'), count('actions')]).toEqual([1, 1, 1])
    expect(list.map((a) => a.template)).toEqual(expect.arrayContaining(['actor-map', 'participation-ladder', 'brainstorm', 'vision']))
    // Templates come back in the order they were asked for.
    expect([...new Set(list.map((a) => a.template))]).toEqual(['actor-map', 'participation-ladder', 'brainstorm', 'vision'])
    expect(list.find((a) => a.kind === 'quadrant')!.label).toBe('Nauw betrekken / sleutelspelers')
    expect(list.filter((a) => a.kind === 'rung').map((a) => a.lane)).toContain('next')
    const english = await areas(created, '?lang=en')
    expect(english.find((a) => a.kind === 'quadrant')!.label).toBe('Manage closely / key players')
    expect(english.map((a) => a.id)).toEqual(list.map((a) => a.id))
  })

  it('refuses unknown template ids and creates nothing', async () => {
    const before = fs.readFileSync(path.join(s.dataDir, 'sessions.json'), 'utf8')
    for (const templates of [['actor-map', 'mindmap'], 'brainstorm', [42]]) {
      const res = await api.post({ title: 'x', templates })
      expect(res.status).toBe(400)
      expect(((await res.json()) as { error: string }).error).toMatch(/template/)
    }
    expect(fs.readFileSync(path.join(s.dataDir, 'sessions.json'), 'utf8')).toBe(before)
  })

  it('posts notes into an area: live for everyone, inside the area, not covering each other', async () => {
    const created = await session(['vision'])
    const watcher = s.client(created.view)
    await whenSynced(watcher)
    const goals = (await areas(created)).find((a) => a.kind === 'goals')!
    const ids: string[] = []
    for (const text of ['Leegstand halveren', 'Meer groen', 'Veilig winkelgebied', 'Eén ondernemersvereniging']) {
      const res = await postNote(created, { text, area: goals.id })
      expect(res.status).toBe(201)
      ids.push(((await res.json()) as { id: string }).id)
    }
    const board = BoardDoc.of(watcher.doc)
    await eventually(() => {
      for (const id of ids) expect(board.get(id)).toBeTruthy()
    })
    const area = board.get(goals.id)!
    const box = (r: BoardRecord) => ({ x: r.x as number, y: r.y as number, w: 200, h: 200 })
    const areaBox = { x: area.x as number, y: area.y as number, w: (area.props as { w: number }).w, h: (area.props as { h: number }).h }
    const notes = ids.map((id) => box(board.get(id)!))
    for (const n of notes) {
      expect(n.x).toBeGreaterThanOrEqual(areaBox.x)
      expect(n.y).toBeGreaterThanOrEqual(areaBox.y)
      expect(n.x + n.w).toBeLessThanOrEqual(areaBox.x + areaBox.w)
      expect(n.y + n.h).toBeLessThanOrEqual(areaBox.y + areaBox.h)
    }
    for (let i = 0; i < notes.length; i++)
      for (let j = i + 1; j < notes.length; j++) {
        const [a, b] = [notes[i]!, notes[j]!]
        expect(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h).toBe(false)
      }
    const outcomes = (await (await get(created, 'outcomes')).json()) as {
      templates: Array<{ template: string; areas: Array<{ id: string; items: Array<{ type: string; text?: string }> }> }>
    }
    const goalsOutcome = outcomes.templates[0]!.areas.find((a) => a.id === goals.id)!
    expect(goalsOutcome.items.map((i) => i.text)).toEqual(
      expect.arrayContaining(['Leegstand halveren', 'Meer groen', 'Veilig winkelgebied', 'Eén ondernemersvereniging']),
    )
  })

  it('checks roles and input on posting notes', async () => {
    const created = await session(['brainstorm'])
    const other = await session([])
    const ideas = (await areas(created)).find((a) => a.kind === 'ideas')!
    expect((await postNote(created, { text: 'x', area: ideas.id }, created.view)).status).toBe(403)
    expect((await postNote(created, { text: 'x', area: ideas.id }, other.join)).status).toBe(403)
    expect((await postNote(created, { text: 'x', area: ideas.id }, 'nobody-nobody-nobody-1')).status).toBe(401)
    expect((await fetch(`${s.url}/api/sessions/${created.id}/notes`, { method: 'POST', body: '{}' })).status).toBe(401)
    for (const body of [{ text: '' }, { text: '   ' }, { text: 'x'.repeat(2001) }, { text: 'x', area: 'shape:nope' }, { area: ideas.id }]) {
      const res = await postNote(created, body)
      expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(400)
      expect(((await res.json()) as { error: string }).error.length).toBeGreaterThan(5)
    }
    expect((await postNote(created, { text: 'Facilitator mag ook', area: ideas.id }, created.facilitator)).status).toBe(201)
    expect((await postNote(created, { text: 'Zonder gebied' })).status).toBe(201)
    expect((await get(created, 'areas', 'nobody-nobody-nobody-1')).status).toBe(401)
    expect((await fetch(`${s.url}/api/sessions/nosuchsession/areas`, { headers: { authorization: `Bearer ${created.join}` } })).status).toBe(404)
    // Nothing of the refused posts reached the board.
    const outcomes = (await (await get(created, 'outcomes', created.view)).json()) as {
      templates: Array<{ areas: Array<{ items: Array<{ text?: string }> }> }>
    }
    const texts = outcomes.templates.flatMap((t) => t.areas.flatMap((a) => a.items.map((i) => i.text)))
    expect(texts).toEqual(['Facilitator mag ook'])
  })

  it('reads actor cards per quadrant and follows a note moved to another quadrant', async () => {
    const created = await session(['actor-map'])
    const editor = s.client(created.join)
    await whenSynced(editor)
    const board = BoardDoc.of(editor.doc)
    const quadrants = (await areas(created)).filter((a) => a.kind === 'quadrant')
    const keyPlayers = board.get(quadrants[0]!.id)!
    const monitor = board.get(quadrants[3]!.id)!
    const card = {
      id: 'shape:actor-gemeente',
      typeName: 'shape',
      type: 'sb-actor',
      x: (keyPlayers.x as number) + 200,
      y: (keyPlayers.y as number) + 200,
      rotation: 0,
      isLocked: false,
      opacity: 1,
      meta: {},
      parentId: 'page:board',
      index: 'a9',
      props: { w: 240, h: 150, name: 'Gemeente Oosterhout', party: 'gemeente', interest: 'Levendig centrum', attitude: 'plus', role: 'trekker' },
    }
    board.apply({ put: [card] })
    const res = await postNote(created, { text: 'Vastgoedeigenaren', area: quadrants[0]!.id })
    const noteId = ((await res.json()) as { id: string }).id

    type Outcome = { templates: Array<{ areas: Array<{ id: string; items: Array<Record<string, unknown>> }> }> }
    const read = async () => ((await (await get(created, 'outcomes')).json()) as Outcome).templates[0]!.areas
    await eventually(async () => expect((await read()).find((a) => a.id === keyPlayers.id)!.items).toHaveLength(2))
    let outcome = await read()
    const inKey = outcome.find((a) => a.id === keyPlayers.id)!.items
    expect(inKey).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'actor',
          name: 'Gemeente Oosterhout',
          party: 'gemeente',
          interest: 'Levendig centrum',
          attitude: 'plus',
          role: 'trekker',
        }),
        expect.objectContaining({ type: 'note', text: 'Vastgoedeigenaren' }),
      ]),
    )

    await eventually(() => expect(board.get(noteId)).toBeTruthy())
    board.apply({ put: [{ ...board.get(noteId)!, x: (monitor.x as number) + 300, y: (monitor.y as number) + 300 }] })
    await eventually(async () => expect((await read()).find((a) => a.id === monitor.id)!.items.length).toBeGreaterThan(0))
    outcome = await read()
    expect(outcome.find((a) => a.id === monitor.id)!.items.map((i) => i.id)).toEqual([noteId])
    expect(outcome.find((a) => a.id === keyPlayers.id)!.items.map((i) => i.id)).toEqual(['shape:actor-gemeente'])
  })
})
