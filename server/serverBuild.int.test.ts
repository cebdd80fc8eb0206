// Integration: the server `npm run build` compiled ahead (server/cli/buildServer.ts) is what production
// runs with plain node after `npm ci --omit=dev`. Its imports must all be installed by that (package.json
// `dependencies`), and it must start and serve a board without tsx, including the parts it loads on
// demand (exports, action reading) from its chunks. `npm test` builds before vitest runs.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServerProcess, type ServerProcess } from './testing/serverProcess.ts'
import { sessionApi } from './testing/sessionApi.ts'
import { connectClient, whenSynced } from './testing/yClient.ts'
import { BoardDoc } from '../shared/board/index.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

interface Metafile {
  inputs: Record<string, { imports: Array<{ path: string; kind: string; external?: boolean; original?: string }> }>
  outputs: Record<string, { imports: Array<{ path: string; kind: string; external?: boolean }> }>
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as T
}

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`; null for node builtins and relative paths. */
function packageOf(specifier: string): string | null {
  if (specifier.startsWith('node:') || specifier.startsWith('.') || specifier.startsWith('/')) return null
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!
}

describe('the built server needs only production dependencies', () => {
  const pkg = readJson<{ dependencies: Record<string, string>; devDependencies: Record<string, string> }>('package.json')
  const meta = readJson<Metafile>('dist/server/meta.json')

  it('every package it loads from node_modules at run time is in dependencies', () => {
    const external = new Set<string>()
    for (const output of Object.values(meta.outputs)) {
      for (const imported of output.imports) {
        const name = imported.external ? packageOf(imported.path) : null
        if (name) external.add(name)
      }
    }
    // The server cannot run without these: a build that lost them is not the server.
    expect([...external]).toEqual(expect.arrayContaining(['ws', 'pino', 'chrono-node', 'docx']))
    for (const name of external) {
      expect(pkg.dependencies, `${name} is imported by dist/server at run time`).toHaveProperty([name])
      expect(pkg.devDependencies, `${name} must not be a devDependency`).not.toHaveProperty([name])
    }
  })

  it('every package its own code imports, loaded or compiled in, is in dependencies (nothing dev-only in production)', () => {
    const imported = new Set<string>()
    for (const [file, input] of Object.entries(meta.inputs)) {
      if (file.includes('node_modules/')) continue
      for (const i of input.imports) {
        const name = packageOf(i.original ?? i.path)
        if (name) imported.add(name)
      }
    }
    expect(imported.size).toBeGreaterThan(5)
    for (const name of imported) expect(pkg.dependencies, `server/ or shared/ imports ${name}`).toHaveProperty([name])
  })

  it("compiles in one Yjs, the one y-protocols uses (two copies would not recognise each other's documents)", () => {
    const copies = new Set(
      Object.keys(meta.inputs)
        .map((file) => /^(.*node_modules\/yjs)\//.exec(file)?.[1])
        .filter((root): root is string => root !== undefined),
    )
    expect(copies.size).toBe(1)
    for (const output of Object.values(meta.outputs)) {
      expect(output.imports.filter((i) => i.external && /^(yjs|lib0|y-protocols)(\/|$)/.test(i.path))).toEqual([])
    }
  })
})

describe('node dist/server/main.js, no tsx', () => {
  let s: ServerProcess
  const api = sessionApi(() => s.url)

  beforeAll(async () => {
    // NODE_OPTIONS emptied: nothing (a loader, --import tsx) may help the build run.
    s = await startServerProcess({ built: true, env: { NODE_OPTIONS: '' } })
  })
  afterAll(async () => {
    await s.stop()
  })

  it('runs the built file under plain node', () => {
    expect(s.proc.spawnargs.slice(1)).toEqual(['--enable-source-maps', path.join(ROOT, 'dist/server/main.js')])
  })

  it("answers /healthz and serves a created session's board over the WebSocket", async () => {
    const health = await fetch(`${s.url}/healthz`)
    expect(health.status).toBe(200)
    expect(await health.json()).toEqual({ ok: true })

    const session = await api.create(['vision'], 'Buurtavond Oost')
    const client = connectClient(s.wsUrl, session.join)
    try {
      await whenSynced(client)
      const board = BoardDoc.of(client.doc)
      expect(board.get('document:document')).toBeDefined()
      // The vision template's areas, placed by the server when it created the board.
      expect(board.all().filter((record) => record.typeName === 'shape').length).toBeGreaterThan(0)
      expect(board.schema()).toBeDefined()
    } finally {
      client.destroy()
    }
  })

  it('loads what it loads on demand from its chunks: actions with a due date, a .docx, a .csv and a .pdf export', async () => {
    const session = await api.create(['vision'])
    const actionsArea = (await api.areas(session)).find((a) => a.kind === 'actions')!.id
    await api.json(api.call(session, 'notes', session.join, { text: '@Anna subsidie aanvragen vóór 1 maart 2031', area: actionsArea }), 201)
    const { actions } = await api.json<{ actions: Array<{ owner: string | null; due: string | null }> }>(api.call(session, 'actions', session.view))
    expect(actions).toMatchObject([{ owner: 'Anna', due: '2031-03-01' }])

    const docx = await api.call(session, 'export?format=docx', session.facilitator)
    expect(docx.status).toBe(200)
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK')
    const csv = await api.call(session, 'export?format=csv', session.facilitator)
    expect(csv.status).toBe(200)
    expect(await csv.text()).toContain('Subsidie aanvragen;Anna;01-03-2031;Open')
    // pdfkit, its font data, tldraw's woff2 fonts and Skia's native module, all found from dist/server.
    const pdf = await api.call(session, 'export?format=pdf', session.facilitator)
    expect(pdf.status).toBe(200)
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-')
  })
})
