// Configuration from the environment, read once at start. Every knob is documented in the README.
import path from 'node:path'
import { DEFAULT_MAX_TITLE_LENGTH } from '../shared/sessions/meeting.ts'

export interface Config {
  port: number
  host: string | undefined
  dataDir: string
  /** Built client (vite output). */
  clientDir: string
  licenseKey: string | null
  logLevel: string
  /** How long a session's document stays in memory after its last client left. */
  unloadAfterMs: number
  /** Log size that triggers compaction into a snapshot. */
  compactBytes: number
  /** Largest accepted HTTP JSON body. */
  maxBodyBytes: number
  /** Largest accepted WebSocket message. */
  maxMessageBytes: number
  maxTitleLength: number
  /**
   * The origins the app is served at (PUBLIC_URL, comma-separated URLs): pages there may open a
   * WebSocket. Empty: only pages at a loopback name or an IP address are recognised as ours (origin.ts).
   */
  publicOrigins: string[]
  /** Origins besides ours whose pages may open a WebSocket (ALLOWED_ORIGINS, comma-separated). */
  allowedOrigins: string[]
  /** When set, required as bearer on POST /api/sessions (CREATE_TOKEN). */
  createToken: string | null
  /** Who to contact about accessibility, shown in the toegankelijkheidsverklaring (ACCESSIBILITY_CONTACT); null: the session's organiser. */
  accessibilityContact: string | null
  /** Largest document a session may grow to (encoded state, bytes). */
  maxDocBytes: number
  /** Largest private document (a participant's silent-round notes) may grow to (bytes). */
  maxPrivateDocBytes: number
  /** Live connections per session; 0 = no limit. */
  maxConnectionsPerSession: number
  /** Live connections per client address; 0 = no limit (a whole room may share one NAT address). */
  maxConnectionsPerAddress: number
  /** Session creations per client address per minute; 0 = no limit. */
  sessionCreatesPerMinute: number
  /** Unknown /j/ codes one client address may look up per minute before every lookup gets 429; 0 = no limit. */
  joinLookupsPerMinute: number
  /** A client whose unsent data grows past this is disconnected (slow or stalled reader). */
  maxSendBufferBytes: number
  /** Participant identities (voters) one client address may mint per session; 0 = no limit. */
  maxIdentitiesPerAddress: number
  /** Participant identities one session may hold; 0 = no limit. */
  maxIdentitiesPerSession: number
  /** Sessions untouched for longer are deleted; null keeps them. */
  retentionDays: number | null
  /** How often the retention sweep runs (RETENTION_SWEEP_MS); it also runs at start. */
  retentionSweepMs: number
  /** History (server/history): a point of a changed board this often, kept within these budgets per session. */
  historyIntervalMs: number
  historyMaxPoints: number
  historyMaxBytes: number
  /** Deleted notes, cards and clusters one session's trash keeps at most. */
  trashMaxItems: number
  /** PostgreSQL for sessions, boards and every store (DATABASE_URL, postgres://…); null: files under dataDir. */
  databaseUrl: string | null
  /** Redis between server processes (REDIS_URL, redis://…); needs databaseUrl. null: one process. */
  redisUrl: string | null
  /** Prefix of every Redis key this installation uses (REDIS_PREFIX), so several can share one Redis. */
  redisPrefix: string
  /**
   * How long a process's hold on a session (its lease in Redis) outlives its last renewal
   * (CLUSTER_LEASE_MS): after a kill -9, another process serves the session within about this long.
   */
  clusterLeaseMs: number
}

export class ConfigError extends Error {}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min) throw new ConfigError(`${name} must be an integer >= ${min}, got "${raw}"`)
  return value
}

/** The origins of PUBLIC_URL's comma-separated http(s) URLs (a path is allowed and ignored). */
function origins(env: NodeJS.ProcessEnv, name: string): string[] {
  return (env[name] ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      let url: URL
      try {
        url = new URL(entry)
      } catch {
        throw new ConfigError(`${name} must be http(s) URLs separated by commas, got "${entry}"`)
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(`${name} must be http(s) URLs, got "${entry}"`)
      return url.origin
    })
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  return {
    port: int(env, 'PORT', 8080),
    host: env.HOST || undefined,
    dataDir: path.resolve(cwd, env.DATA_DIR || './data'),
    clientDir: path.resolve(cwd, env.CLIENT_DIR || './dist/client'),
    licenseKey: env.TLDRAW_LICENSE_KEY?.trim() || null,
    logLevel: env.LOG_LEVEL || 'info',
    unloadAfterMs: int(env, 'UNLOAD_AFTER_MS', 30_000),
    compactBytes: int(env, 'COMPACT_BYTES', 1 << 20, 1),
    maxBodyBytes: int(env, 'MAX_BODY_BYTES', 64 * 1024, 1),
    maxMessageBytes: int(env, 'MAX_MESSAGE_BYTES', 16 * 1024 * 1024, 1),
    maxTitleLength: DEFAULT_MAX_TITLE_LENGTH,
    publicOrigins: origins(env, 'PUBLIC_URL'),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim().replace(/\/+$/, ''))
      .filter(Boolean),
    createToken: env.CREATE_TOKEN?.trim() || null,
    accessibilityContact: env.ACCESSIBILITY_CONTACT?.replace(/\s+/g, ' ').trim().slice(0, 500) || null,
    maxDocBytes: int(env, 'MAX_DOC_BYTES', 32 * 1024 * 1024, 1),
    maxPrivateDocBytes: int(env, 'MAX_PRIVATE_DOC_BYTES', 1024 * 1024, 1),
    maxConnectionsPerSession: int(env, 'MAX_CONNECTIONS_PER_SESSION', 300),
    maxConnectionsPerAddress: int(env, 'MAX_CONNECTIONS_PER_ADDRESS', 500),
    sessionCreatesPerMinute: int(env, 'SESSION_CREATES_PER_MINUTE', 30),
    joinLookupsPerMinute: int(env, 'JOIN_LOOKUPS_PER_MINUTE', 60),
    maxSendBufferBytes: int(env, 'MAX_SEND_BUFFER_BYTES', 64 * 1024 * 1024, 1),
    maxIdentitiesPerAddress: int(env, 'MAX_IDENTITIES_PER_ADDRESS', 100),
    maxIdentitiesPerSession: int(env, 'MAX_IDENTITIES_PER_SESSION', 1000),
    retentionDays: int(env, 'RETENTION_DAYS', 0) || null,
    retentionSweepMs: int(env, 'RETENTION_SWEEP_MS', 60 * 60 * 1000, 1000),
    historyIntervalMs: int(env, 'HISTORY_INTERVAL_MS', 60_000, 100),
    historyMaxPoints: int(env, 'HISTORY_MAX_POINTS', 500, 2),
    historyMaxBytes: int(env, 'HISTORY_MAX_BYTES', 64 * 1024 * 1024, 1),
    trashMaxItems: int(env, 'TRASH_MAX_ITEMS', 5000, 1),
    ...backends(env),
  }
}

/** DATABASE_URL and REDIS_URL: each optional, Redis only with PostgreSQL (the processes share the database). */
function backends(env: NodeJS.ProcessEnv): Pick<Config, 'databaseUrl' | 'redisUrl' | 'redisPrefix' | 'clusterLeaseMs'> {
  const databaseUrl = env.DATABASE_URL?.trim() || null
  const redisUrl = env.REDIS_URL?.trim() || null
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new ConfigError('DATABASE_URL must be a postgres:// URL')
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL')
  if (redisUrl && !databaseUrl) throw new ConfigError('REDIS_URL needs DATABASE_URL: several processes share their sessions and boards in PostgreSQL')
  return { databaseUrl, redisUrl, redisPrefix: env.REDIS_PREFIX?.trim() || 'samenbord:', clusterLeaseMs: int(env, 'CLUSTER_LEASE_MS', 3000, 300) }
}
