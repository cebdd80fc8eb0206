// Peer: Hocuspocus (bench/servers/hocuspocusMain.ts) with its SQLite extension; clients use @hocuspocus/provider.
import path from 'node:path'
import { benchServer, freePort, peerRoom, spawnNode, tempDir } from './spawn.ts'
import type { BenchServer, StartOptions } from './types.ts'

export async function startHocuspocus(opts: StartOptions = {}): Promise<BenchServer> {
  const dataDir = opts.dataDir ?? tempDir('bench-hocuspocus-')
  const port = opts.port ?? (await freePort())
  const s = await spawnNode(
    ['--import', 'tsx', 'bench/servers/hocuspocusMain.ts'],
    { PORT: String(port), HOCUSPOCUS_DB: path.join(dataDir, 'hocuspocus.sqlite') },
    /hocuspocus ready/,
  )
  return benchServer(s, {
    name: 'hocuspocus',
    persistence: '@hocuspocus/extension-sqlite (whole document stored, debounced 2 s / max 10 s)',
    dataDir,
    createRoom: async (title) => peerRoom('hocuspocus', port, title),
    restart: () => startHocuspocus({ ...opts, dataDir, port }),
  })
}
