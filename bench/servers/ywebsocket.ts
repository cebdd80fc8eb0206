// Peer: @y/websocket-server 0.1.1, its own bin (src/server.js), with its LevelDB persistence
// (y-leveldb, enabled by the YPERSISTENCE directory; every update is stored).
import { createRequire } from 'node:module'
import path from 'node:path'
import { benchServer, freePort, peerRoom, spawnNode, tempDir } from './spawn.ts'
import type { BenchServer, StartOptions } from './types.ts'

const require = createRequire(import.meta.url)
const BIN = path.join(path.dirname(require.resolve('@y/websocket-server/package.json')), 'src/server.js')

export async function startYWebsocket(opts: StartOptions = {}): Promise<BenchServer> {
  const dataDir = opts.dataDir ?? tempDir('bench-yws-')
  const port = opts.port ?? (await freePort())
  const s = await spawnNode([BIN], { HOST: '127.0.0.1', PORT: String(port), YPERSISTENCE: dataDir }, /running at/)
  return benchServer(s, {
    name: 'y-websocket-server',
    persistence: 'y-leveldb via YPERSISTENCE (every update stored, merged on last disconnect)',
    dataDir,
    createRoom: async (title) => peerRoom('yws', port, title),
    restart: () => startYWebsocket({ ...opts, dataDir, port }),
  })
}
