// Where everything is kept: files under DATA_DIR (the default: one process, no server software), or
// PostgreSQL (DATABASE_URL: any number of processes share it). Every store has one interface and one
// implementation per backend; the rest of the server cannot tell which it got.
import path from 'node:path'
import type { Config } from './config.ts'
import { FilePointStore } from './history/filePointStore.ts'
import type { PointStore } from './history/pointStore.ts'
import { FileIdentityRegistry } from './identity/fileIdentityRegistry.ts'
import type { IdentityRegistry } from './identity/identityRegistry.ts'
import type { Logger } from './log.ts'
import { openDatabase, type Sql } from './postgres/database.ts'
import { PgDocStorage } from './postgres/pgDocStorage.ts'
import { PgIdentityRegistry } from './postgres/pgIdentityRegistry.ts'
import { PgPointStore } from './postgres/pgPointStore.ts'
import { PgPrivateDocStore } from './postgres/pgPrivateDocStore.ts'
import { PgSeriesLog } from './postgres/pgSeriesLog.ts'
import { PgSessionRepository } from './postgres/pgSessionRepository.ts'
import { FileSeriesLog } from './series/fileSeriesLog.ts'
import type { SeriesLog } from './series/seriesLog.ts'
import { FilePrivateDocStore, type PrivateDocStore } from './silent/privateDocStore.ts'
import { lockDataDir } from './storage/dataDirLock.ts'
import { FileDocStorage, type StorageLog } from './storage/fileDocStorage.ts'
import type { SessionRepository } from './storage/sessionRepository.ts'
import { SessionStore } from './storage/sessionStore.ts'
import { AsyncDocStorage, type DocStorage } from './storage/types.ts'

export interface Stores {
  /** 'files' or 'postgres', for the start-up log line. */
  kind: 'files' | 'postgres'
  sessions: SessionRepository
  /** The boards. */
  docs: DocStorage
  trash: DocStorage
  ballots: DocStorage
  privateDocs: PrivateDocStore
  points: PointStore
  identities: IdentityRegistry
  seriesLog: SeriesLog
  /** After everything is written: session records flushed, the directory lock or the database released. */
  close(): Promise<void>
}

/** Opens the stores the configuration names. Throws (the server refuses to start) when they cannot be used. */
export async function openStores(config: Config, log: Logger): Promise<Stores> {
  return config.databaseUrl ? openPostgres(config.databaseUrl, config) : openFiles(config, log)
}

async function openFiles(config: Config, log: Logger): Promise<Stores> {
  const storageLog: StorageLog = (level, msg, fields) => log[level](fields ?? {}, msg)
  // Before touching any file: a second server on the same DATA_DIR would corrupt the logs (throws).
  const lock = lockDataDir(config.dataDir)
  const dir = (name: string) => path.join(config.dataDir, name)
  const files = (name: string) => new AsyncDocStorage(new FileDocStorage(dir(name), storageLog))
  const sessions = await SessionStore.open(config.dataDir, { log: storageLog })
  return {
    kind: 'files',
    sessions,
    docs: files('docs'),
    trash: files('trash'),
    ballots: files('ballots'),
    privateDocs: new FilePrivateDocStore(dir('silent'), log),
    points: new FilePointStore(dir('history'), { maxPoints: config.historyMaxPoints, maxBytes: config.historyMaxBytes }),
    identities: new FileIdentityRegistry(dir('identities'), { perAddress: config.maxIdentitiesPerAddress, perSession: config.maxIdentitiesPerSession }),
    seriesLog: new FileSeriesLog(dir('series'), { warn: (msg, fields) => log.warn(fields, msg) }),
    async close() {
      await sessions.close()
      lock.release()
    },
  }
}

async function openPostgres(url: string, config: Config): Promise<Stores> {
  // Refuses with DatabaseUnreachable when nothing answers; brings the schema up to date.
  const sql: Sql = await openDatabase(url)
  const sessions = new PgSessionRepository(sql)
  return {
    kind: 'postgres',
    sessions,
    docs: new PgDocStorage(sql, 'docs'),
    trash: new PgDocStorage(sql, 'trash'),
    ballots: new PgDocStorage(sql, 'ballots'),
    privateDocs: new PgPrivateDocStore(sql),
    points: new PgPointStore(sql, { maxPoints: config.historyMaxPoints, maxBytes: config.historyMaxBytes }),
    identities: new PgIdentityRegistry(sql, { perAddress: config.maxIdentitiesPerAddress, perSession: config.maxIdentitiesPerSession }),
    seriesLog: new PgSeriesLog(sql),
    async close() {
      await sessions.close()
      await sql.end({ timeout: 5 })
    },
  }
}
