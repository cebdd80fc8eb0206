// Integration: text typed on the board reaches the action plan exports as text, never as structure. A
// lone CR (which a raw client or the REST API can send) or a control character must not start a Markdown
// heading, split a table row or leave a bare CR in an iCalendar property; owners set by hand are one line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServerProcess, type ServerProcess } from './testing/serverProcess.ts'
import { sessionApi } from './testing/sessionApi.ts'

let s: ServerProcess
const api = sessionApi(() => s.url)

beforeAll(async () => {
  s = await startServerProcess()
})
afterAll(async () => {
  await s.stop()
})

async function boardWithNote(text: string) {
  const session = await api.create(['vision'], 'Avond\roverleg')
  const actionsArea = (await api.areas(session)).find((a) => a.kind === 'actions')!.id
  await api.json(api.call(session, 'notes', session.join, { text, area: actionsArea }), 201)
  const [action] = (await api.json<{ actions: Array<{ id: string; owner: string | null; due: string | null }> }>(api.call(session, 'actions', session.view)))
    .actions
  return { session, action: action! }
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters no export may contain
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

describe('exports of typed text', () => {
  it('Markdown: a lone CR in a note becomes a space or a hard break, never a heading or a broken table row', async () => {
    const { session } = await boardWithNote('Subsidie aanvragen\r# Gekaapte kop\r| x | y |\u0007 @Anna 2027-03-01')
    const md = await (await api.call(session, 'export?format=md', session.facilitator)).text()
    expect(md).not.toContain('\r')
    expect(md).not.toMatch(CONTROL)
    expect(md.split('\n').filter((line) => line.startsWith('#'))).not.toContainEqual(expect.stringContaining('Gekaapte kop'))
    // In the actions table: one row (the Acties area points to the table rather than repeating the note).
    expect(md).toContain('\n| Anna | Subsidie aanvragen # Gekaapte kop \\| x \\| y \\| | 1 maart 2027 | Open |\n')
  })

  it('iCalendar: SUMMARY, DESCRIPTION and X-WR-CALNAME hold no bare CR or control character', async () => {
    const { session } = await boardWithNote('Subsidie\rBEGIN:VEVENT\u0000 @Anna 2027-03-01')
    const ics = await (await api.call(session, 'export?format=ics', session.facilitator)).text()
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters an iCalendar line may not contain
    for (const line of ics.split('\r\n')) expect(line, JSON.stringify(line)).not.toMatch(/[\r\n]|[\u0000-\u0008\u000b-\u001f\u007f]/)
    expect(ics.split('\r\n').filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1)
    expect(ics).toContain('X-WR-CALNAME:Avond overleg\r\n')
    expect(ics).toContain('\r\nSUMMARY:Subsidie BEGIN:VEVENT\r\n')
  })
})

describe('PATCH an action owner', () => {
  it('refuses an owner with a CR, LF, tab or control character with 400 and says why', async () => {
    const { session, action } = await boardWithNote('Subsidie aanvragen @Anna')
    const path = `actions/${encodeURIComponent(action.id)}`
    for (const owner of ['Jan\rPiet', 'Jan\nPiet', 'Jan\r\n# Piet', 'Jan\tPiet', 'Jan\u0000']) {
      const res = await api.call(session, path, session.facilitator, { owner }, 'PATCH')
      expect(res.status, JSON.stringify(owner)).toBe(400)
      expect(((await res.json()) as { error: string }).error).toMatch(/owner must be one line: no line breaks, tabs or other control characters/)
    }
    const [unchanged] = (await api.json<{ actions: Array<{ owner: string | null }> }>(api.call(session, 'actions', session.view))).actions
    expect(unchanged!.owner).toBe('Anna')
    expect((await api.call(session, path, session.facilitator, { owner: 'Jan Piet' }, 'PATCH')).status).toBe(200)
  })
})
