// Wires storage, rooms, HTTP and WebSocket into one running server: every service is built here, once,
// and handed to what uses it. serve.ts reads config and calls this; a test entry may pass seams.
import http from 'node:http'
import path from 'node:path'
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
import { lockDataDir } from './storage/dataDirLock.ts'
import { FileDocStorage, type StorageLog } from './storage/fileDocStorage.ts'
import type { SessionRepository } from './storage/sessionRepository.ts'
import { SessionStore } from './storage/sessionStore.ts'
import { AsyncDocStorage, type DocStorage } from './storage/types.ts'
import { FileIdentityRegistry } from './identity/fileIdentityRegistry.ts'
import { BallotBox } from './voting/ballotBox.ts'
import { HistoryService } from './history/historyService.ts'
import { FilePointStore } from './history/filePointStore.ts'
import { TrashStore } from './history/trashStore.ts'
import { VotingService } from './voting/votingService.ts'
import { PrivateDocs } from './silent/privateDocs.ts'
import { FilePrivateDocStore } from './silent/privateDocStore.ts'
import { PrivateSyncServer } from './silent/privateSyncServer.ts'
import { SilentRounds } from './silent/silentRounds.ts'
import { Rooms } from './sync/rooms.ts'
import { FileSeriesLog } from './series/fileSeriesLog.ts'
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

/** Where the session records live: the lowdb file under DATA_DIR (a database-backed one is a PgSessionRepository). */
async function openSessionRepository(config: Config, log: StorageLog): Promise<SessionRepository> {
  return SessionStore.open(config.dataDir, { log })
}

export async function startServer(config: Config, log: Logger, seams: ServerSeams = {}): Promise<RunningServer> {
  const wrap = seams.wrapStorage ?? ((storage: DocStorage) => storage)
  const storageLog = (level: 'info' | 'warn' | 'error', msg: string, fields?: object) => log[level](fields ?? {}, msg)
  // Before touching any file: a second server on the same DATA_DIR would corrupt the logs (throws).
  const lock = lockDataDir(config.dataDir)
  const sessionStore = await openSessionRepository(config, storageLog)
  const files = (dir: string) => new AsyncDocStorage(new FileDocStorage(path.join(config.dataDir, dir), storageLog))
  const storage = wrap(files('docs'))
  // The trash and history points: stores of their own beside the boards', fed by the rooms' hooks.
  const history = new HistoryService({
    trash: new TrashStore(files('trash'), { maxItems: config.trashMaxItems, compactBytes: config.compactBytes, log: (msg, fields) => log.warn(fields, msg) }),
    points: new FilePointStore(path.join(config.dataDir, 'history'), { maxPoints: config.historyMaxPoints, maxBytes: config.historyMaxBytes }),
    log,
    intervalMs: config.historyIntervalMs,
  })
  const rooms = new Rooms({
    storage,
    log,
    unloadAfterMs: config.unloadAfterMs,
    compactBytes: config.compactBytes,
    maxDocBytes: config.maxDocBytes,
    onChange: (id) => sessionStore.touch(id),
    hooks: [history],
  })
  history.attach(rooms)
  const identities = new FileIdentityRegistry(path.join(config.dataDir, 'identities'), {
    perAddress: config.maxIdentitiesPerAddress,
    perSession: config.maxIdentitiesPerSession,
  })
  // Who placed which dot: a store of its own beside the boards', never in a board (ballotBox.ts).
  const ballots = new BallotBox(wrap(files('ballots')), {
    compactBytes: config.compactBytes,
    log: (msg, fields) => log.warn(fields, msg),
  })
  const voting = new VotingService(rooms, ballots)
  // Participants' silent-round notes: one private document each, merged into the board at the reveal.
  let silentRounds: SilentRounds | undefined
  const privateDocs = new PrivateDocs({
    store: new FilePrivateDocStore(path.join(config.dataDir, 'silent'), log),
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
    log: new FileSeriesLog(path.join(config.dataDir, 'series'), { warn: (msg, fields) => log.warn(fields, msg) }),
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
            connections: (id) => rooms.get(id)?.connections.size ?? 0,
            delete: (id, reason) => lifecycle.delete(id, reason),
            log,
            retentionDays: config.retentionDays,
          },
          config.retentionSweepMs,
        )
  const sync = new SyncServer({
    rooms,
    log,
    resolveToken: (token) => sessionStore.resolveToken(token),
    maxMessageBytes: config.maxMessageBytes,
    maxBufferedBytes: config.maxSendBufferBytes,
    publicOrigins: config.publicOrigins,
    allowedOrigins: config.allowedOrigins,
    maxConnectionsPerSession: config.maxConnectionsPerSession,
    maxConnectionsPerAddress: config.maxConnectionsPerAddress,
  })

  const privateSync = new PrivateSyncServer({
    docs: privateDocs,
    log,
    resolveToken: (token) => sessionStore.resolveToken(token),
    resolveParticipant: (sessionId, secret) => identities.resolve(sessionId, secret),
    maxMessageBytes: config.maxMessageBytes,
    maxBufferedBytes: config.maxSendBufferBytes,
    publicOrigins: config.publicOrigins,
    allowedOrigins: config.allowedOrigins,
    maxConnectionsPerAddress: config.maxConnectionsPerAddress,
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
  log.info({ port, host: config.host ?? '::', dataDir: config.dataDir }, 'listening')

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
        // close() alone waits for connections still busy with a request (a browser's keep-alive, an
        // upload): end them too, or a stop can hang for as long as a client keeps one open.
        const closed = new Promise<void>((resolve) => server.close(() => resolve()))
        server.closeAllConnections()
        await closed
        await sessionStore.close()
        lock.release()
      })()
      return closing
    },
  }
}
