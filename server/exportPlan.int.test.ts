// Integration: the action plan to send round, from the real server. The PDF is served to the facilitator
// with its type and file name; the CSV has the session and its date and no technical id unless asked;
// the board image is one A4 page per template, or the one asked for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServerProcess, type ServerProcess } from './testing/serverProcess.ts'
import { sessionApi } from './testing/sessionApi.ts'

let s: ServerProcess
const api = sessionApi(() => s.url)
let session: Awaited<ReturnType<typeof api.create>>

beforeAll(async () => {
  s = await startServerProcess()
  session = await api.create(['actor-map', 'vision'], 'Werkgroep Centrum')
  const actionsArea = (await api.areas(session)).find((a) => a.kind === 'actions')!.id
  await api.json(api.call(session, 'notes', session.join, { text: '@Anna Subsidie aanvragen 2027-03-01', area: actionsArea }), 201)
})
afterAll(async () => {
  await s.stop()
})

const day = () => new Date().toISOString().slice(0, 10)

describe('GET /api/sessions/:id/export', () => {
  it('format=pdf: an A4 PDF for the facilitator, named like the other formats; refused to a join link', async () => {
    const res = await api.call(session, 'export?format=pdf', session.facilitator)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="actieplan-werkgroep-centrum-\d{4}-\d{2}-\d{2}\.pdf"/)
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-')
    expect(new TextDecoder('latin1').decode(bytes)).toContain('/MediaBox [0 0 595.28 841.89]')
    expect((await api.call(session, 'export?format=pdf', session.join)).status).toBe(403)
  })

  it('format=csv: session and date first, no technical id; ?ids=1 adds it', async () => {
    const rows = (await (await api.call(session, 'export?format=csv', session.facilitator)).text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(rows[0]).toBe('Sessie;Datum sessie;Actie;Wie;Wanneer;Status;Te laat;Gebied;Stemmen')
    const [y, m, d] = day().split('-')
    expect(rows[1]).toBe(`Werkgroep Centrum;${d}-${m}-${y};Subsidie aanvragen;Anna;01-03-2027;Open;;Acties;0`)
    const withIds = (await (await api.call(session, 'export?format=csv&ids=1', session.facilitator)).text()).trim().split('\r\n')
    expect(withIds[0]!.endsWith(';Id')).toBe(true)
    expect(withIds[1]).toMatch(/;shape:[\w-]+$/)
  })

  it('format=png: every template on an A4 page of its own, one under the other, or the one asked for', async () => {
    const res = await api.call(session, 'export?format=png', session.facilitator)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(res.headers.get('content-disposition')).toMatch(/filename="bord-werkgroep-centrum-\d{4}-\d{2}-\d{2}\.png"/)
    const size = (bytes: ArrayBuffer) => {
      const view = new DataView(bytes)
      return [view.getUint32(16), view.getUint32(20)]
    }
    const [w, h] = size(await res.arrayBuffer())
    expect(w! / h!).toBeCloseTo((2 * 842) / (2 * 595) / 2, 2)
    const { templates } = await api.json<{ templates: Array<{ instance: string }> }>(api.call(session, 'outcomes', session.view))
    const one = await api.call(session, `export?format=png&template=${templates[1]!.instance}`, session.facilitator)
    expect(one.headers.get('content-disposition')).toMatch(/filename="bord-werkgroep-centrum-visiesessie-\d{4}-\d{2}-\d{2}\.png"/)
    expect(size(await one.arrayBuffer())).toEqual([w, h! / 2])
    expect((await api.call(session, 'export?format=png&template=nope', session.facilitator)).status).toBe(404)
  })
})
