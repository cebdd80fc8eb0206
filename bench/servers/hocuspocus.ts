// Peer: Hocuspocus (bench/servers/hocuspocusMain.ts) with its SQLite extension; clients use @hocuspocus/provider.
import path from 'node:path'
import { freePort, spawnNode, tempDir } from './spawn.ts'
import type { BenchServer, RoomAddress, StartOptions } from './types.ts'

let rooms = 0

export async function startHocuspocus(opts: StartOptions = {}): Promise<BenchServer> {
  const dataDir = opts.dataDir ?? tempDir('bench-hocuspocus-')
  const port = opts.port ?? (await freePort())
  const s = await spawnNode(
    ['--import', 'tsx', 'bench/servers/hocuspocusMain.ts'],
    { PORT: String(port), HOCUSPOCUS_DB: path.join(dataDir, 'hocuspocus.sqlite') },
    /hocuspocus ready/,
  )
  return {
    name: 'hocuspocus',
    persistence: '@hocuspocus/extension-sqlite (whole document stored, debounced 2 s / max 10 s)',
    pid: s.proc.pid!,
    dataDir,
    proc: s.proc,
    kept: s.kept,
    async createRoom(title: string): Promise<RoomAddress> {
      return { client: 'hocuspocus', url: `ws://127.0.0.1:${port}`, room: `${title.replace(/\W+/g, '-')}-${process.pid}-${++rooms}` }
    },
    stop: () => s.stop(),
    async restart() {
      await s.stop()
      return startHocuspocus({ ...opts, dataDir, port })
    },
  }
}
