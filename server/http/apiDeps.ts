// What the HTTP API's routes are given: the services app.ts composes, and the body limit read once.
import type { IncomingMessage } from 'node:http'
import type { Config } from '../config.ts'
import type { HistoryService } from '../history/historyService.ts'
import type { IdentityRegistry } from '../identity/identityRegistry.ts'
import type { SeriesService } from '../series/seriesService.ts'
import type { ActionService } from '../sessions/actionService.ts'
import type { BoardService } from '../sessions/boardService.ts'
import type { FacilitationService } from '../sessions/facilitationService.ts'
import type { LifecycleService } from '../sessions/lifecycleService.ts'
import type { MeetingService } from '../sessions/meetingService.ts'
import type { SessionService } from '../sessions/sessionService.ts'
import type { VotingService } from '../voting/votingService.ts'
import type { CreateGuard } from './createGuard.ts'
import type { HealthStats } from './health.ts'

export interface ApiDeps {
  config: Config
  /** Who may start a session, and how often per address: one rate window per running server. */
  createGuard: CreateGuard
  sessions: SessionService
  boards: BoardService
  actions: ActionService
  facilitation: FacilitationService
  /** Deleting, backing up and importing sessions (lifecycleRoutes.ts). */
  lifecycle: LifecycleService
  /** Participant identities (voters, private silent-round notes): shared/api/identity.ts. */
  identities: IdentityRegistry
  /** Dot votes: the vote commands and each person's own dots (ballots kept on the server only). */
  voting: VotingService
  /** The trash and the board's history (historyRoutes.ts). */
  history: HistoryService
  /** Meeting details and who took part (meetingRoutes.ts). */
  meeting: MeetingService
  /** The working group's series: the actieoverzicht and changes between meetings (seriesRoutes.ts). */
  series: SeriesService
  /** Live figures for GET /healthz?detail=1 (see health.ts). */
  healthStats?: () => HealthStats
  /**
   * The client's address, for limits per address: the socket's, or for a request another process
   * forwarded here (several processes: cluster/httpForward.ts) the original client's.
   */
  clientAddress?: (req: IncomingMessage) => string
}

/** The client's address as the limits per address count it (see ApiDeps.clientAddress). */
export function clientAddressOf(deps: ApiDeps, req: IncomingMessage): string {
  return deps.clientAddress?.(req) ?? req.socket.remoteAddress ?? 'unknown'
}

/** What every route handler gets (routeTable.ts): the services and config.maxBodyBytes. */
export type RouteDeps = ApiDeps & { maxBodyBytes: number }
