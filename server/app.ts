// Wires storage, rooms, HTTP and WebSocket into one running server: every service is built here, once,
// and handed to what uses it. serve.ts reads config and calls this; a test entry may pass seams.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Config } from './config.ts'
import { CreateGuard } from './http/createGuard.ts'
import { createRequestHandler } from './http/router.ts'
import type { Logger } from './log.ts'
import { ActionService } from './sessions/actionService.ts'
import { BoardService } from './sessions/boardService.ts'
import { FacilitationService } from './sessions/facilitationService.ts'
import { SessionService } from './sessions/sessionService.ts'
import { LifecycleService } from './sessions/lifecycleService.ts'
import { MeetingService } from './sessions/meetingService.ts'
import { startRetention } from './sessions/retention.ts'
import type { DocStorage } from './storage/types.ts'
import { openStores } from './stores.ts'
import { startClusterNode, type ClusterNode } from './cluster/clusterNode.ts'
import { BallotBox } from './voting/ballotBox.ts'
import { HistoryService } from './history/historyService.ts'
import { TrashStore } from './history/trashStore.ts'
import { VotingService } from './voting/votingService.ts'
import { PrivateDocs } from './silent/privateDocs.ts'
import { PrivateSyncServer } from './silent/privateSyncServer.ts'
import { SilentRounds } from './silent/silentRounds.ts'
import { Rooms } from './sync/rooms.ts'
import { SeriesService } from './series/seriesService.ts'
import { SyncServer } from './sync/wsServer.ts'

export interface RunningServer {
  port: number
  close(): Promise<void>
}

/** What a test entry point may change in the composition (production passes none). */
export interface ServerSeams {
  /** Wraps the boards' and the ballots' storage, e.g. to make writes fail (server/testing/faultServerMain.ts). */
  wrapStorage?: (storage: DocStorage) => DocStorage
}

export async function startServer(config: Config, log: Logger, seams: ServerSeams = {}): Promise<RunningServer> {
  const wrap = seams.wrapStorage ?? ((storage: DocStorage) => storage)
  // Files under DATA_DIR, or PostgreSQL: refuses to start (throws) when they cannot be used.
  const stores = await openStores(config, log)
  const sessionStore = stores.sessions
  const storage = wrap(stores.docs)
  // Several processes (REDIS_URL): joined before anything is served. The doors and rooms it hands
  // relayed connections and lost sessions to are made below.
  let sync: SyncServer | undefined
  let privateSync: PrivateSyncServer | undefined
  let rooms: Rooms | undefined
  let cluster: ClusterNode | undefined
  if (config.redisUrl) {
    try {
      cluster = await startClusterNode({
        url: config.redisUrl,
        prefix: config.redisPrefix,
        leaseTtlMs: config.clusterLeaseMs,
        log,
        maxBufferedBytes: config.maxSendBufferBytes,
        maxBodyBytes: Math.max(config.maxBodyBytes, config.maxDocBytes * 2),
        onRemote: (socket) => (socket.info.door === 'silent' ? privateSync?.acceptRelayed(socket) : sync?.acceptRelayed(socket)),
        onLost: (sessionId) => rooms?.drop(sessionId),
        onRedisState: (state) => rooms?.setTrouble(state === 'down'),
      })
    } catch (error) {
      await stores.close()
      throw error
    }
  }
  // The trash and history points: stores of their own beside the boards', fed by the rooms' hooks.
  const history = new HistoryService({
    trash: new TrashStore(stores.trash, { maxItems: config.trashMaxItems, compactBytes: config.compactBytes, log: (msg, fields) => log.warn(fields, msg) }),
    points: stores.points,
    log,
    intervalMs: config.historyIntervalMs,
  })
  rooms = new Rooms({
    storage,
    log,
    unloadAfterMs: config.unloadAfterMs,
    compactBytes: config.compactBytes,
    maxDocBytes: config.maxDocBytes,
    onChange: (id) => sessionStore.touch(id),
    // The lease first: a room another process serves is not loaded here.
    hooks: cluster ? [cluster.roomHooks, history] : [history],
  })
  history.attach(rooms)
  const identities = stores.identities
  // Who placed which dot: a store of its own beside the boards', never in a board (ballotBox.ts).
  const ballots = new BallotBox(wrap(stores.ballots), {
    compactBytes: config.compactBytes,
    log: (msg, fields) => log.warn(fields, msg),
  })
  const voting = new VotingService(rooms, ballots)
  // Participants' silent-round notes: one private document each, merged into the board at the reveal.
  let silentRounds: SilentRounds | undefined
  const privateDocs = new PrivateDocs({
    store: stores.privateDocs,
    log,
    compactBytes: config.compactBytes,
    maxDocBytes: config.maxPrivateDocBytes,
    unloadAfterMs: config.unloadAfterMs,
    onCountChange: (id) => void silentRounds?.recount(id),
  })
  silentRounds = new SilentRounds(rooms, privateDocs, { log, maxDocBytes: config.maxDocBytes })
  const sessions = new SessionService(sessionStore, rooms)
  const boards = new BoardService(rooms, silentRounds)
  const actions = new ActionService(rooms)
  const facilitation = new FacilitationService(rooms, silentRounds)
  const meeting = new MeetingService(sessionStore, rooms, config.maxTitleLength)
  // The working groups' change logs: <dataDir>/series/<series>.json (server/series/seriesLog.ts).
  const series = new SeriesService({
    rooms,
    sessions,
    actions,
    log: stores.seriesLog,
  })
  const lifecycle = new LifecycleService({
    store: sessionStore,
    rooms,
    storage,
    log,
    maxDocBytes: config.maxDocBytes,
    identities,
    voting,
    privateDocs,
    history,
    series,
  })
  // Before listening: nothing past its retention period is ever served.
  const stopRetention =
    config.retentionDays === null
      ? () => {}
      : await startRetention(
          {
            list: () => sessionStore.list(),
            connections: async (id) => rooms?.get(id)?.connections.size ?? ((await cluster?.forwarding.servedElsewhere(id)) ? 1 : 0),
            delete: (id, reason) => lifecycle.delete(id, reason),
            log,
            retentionDays: config.retentionDays,
          },
          config.retentionSweepMs,
        )
  sync = new SyncServer({
    rooms,
    log,
    resolveToken: (token) => sessionStore.resolveToken(token),
    maxMessageBytes: config.maxMessageBytes,
    maxBufferedBytes: config.maxSendBufferBytes,
    publicOrigins: config.publicOrigins,
    allowedOrigins: config.allowedOrigins,
    maxConnectionsPerSession: config.maxConnectionsPerSession,
    maxConnectionsPerAddress: config.maxConnectionsPerAddress,
    router: cluster?.router,
  })

  privateSync = new PrivateSyncServer({
    docs: privateDocs,
    log,
    resolveToken: (token) => sessionStore.resolveToken(token),
    resolveParticipant: (sessionId, secret) => identities.resolve(sessionId, secret),
    maxMessageBytes: config.maxMessageBytes,
    maxBufferedBytes: config.maxSendBufferBytes,
    publicOrigins: config.publicOrigins,
    allowedOrigins: config.allowedOrigins,
    maxConnectionsPerAddress: config.maxConnectionsPerAddress,
    router: cluster?.router,
  })

  const server = http.createServer(
    createRequestHandler({
      config,
      createGuard: new CreateGuard(config),
      sessions,
      boards,
      actions,
      facilitation,
      lifecycle,
      identities,
      voting,
      history,
      meeting,
      series,
      log,
      healthStats: () => rooms.stats(),
      forwarding: cluster?.forwarding,
      clientAddress: cluster ? (req) => cluster.clientAddress(req) : undefined,
    }),
  )
  server.on('upgrade', (req, socket, head) => {
    if (!sync.handleUpgrade(req, socket, head) && !privateSync.handleUpgrade(req, socket, head))
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n')
  })
  server.on('clientError', (_err, socket) => socket.destroy())

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(config.port, config.host, () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  // Requests other processes forward here are replayed against this server (cluster/httpForward.ts).
  await cluster?.listen(() => ({ host: !config.host || config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host, port }))
  log.info(
    {
      port,
      host: config.host ?? '::',
      stores: stores.kind,
      ...(stores.kind === 'files' ? { dataDir: config.dataDir } : {}),
      ...(cluster ? { process: cluster.id } : {}),
    },
    'listening',
  )

  let closing: Promise<void> | undefined
  return {
    port,
    close() {
      closing ??= (async () => {
        stopRetention()
        sync.close()
        privateSync.close()
        await rooms.closeAll()
        await history.settled()
        await privateDocs.closeAll()
        // After the rooms are stored: the leases go, and other processes may serve their sessions.
        await cluster?.close()
        // close() alone waits for connections still busy with a request (a browser's keep-alive, an
        // upload): end them too, or a stop can hang for as long as a client keeps one open.
        const closed = new Promise<void>((resolve) => server.close(() => resolve()))
        server.closeAllConnections()
        await closed
        await stores.close()
      })()
      return closing
    },
  }
}
