// `npm run migrate-to-postgres`: moves a file-backed installation (DATA_DIR) into an empty PostgreSQL
// database (DATABASE_URL), so that the same sessions, links, facilitator tokens and participant
// identities work after the server is started with DATABASE_URL. The file server must be stopped: the
// data-directory lock is taken for the whole copy, so nothing changes underneath it. The source is read,
// never written (only the lock file comes and goes). Exit status 0 when everything was copied, else 1.
import fs from 'node:fs'
import path from 'node:path'
import { pino } from 'pino'
import { ConfigError, readConfig } from '../config.ts'
import { DatabaseUnreachable, redact } from '../postgres/database.ts'
import { openStores, type Stores } from '../stores.ts'
import { copyStores, TargetNotEmpty, type SessionCopied } from '../storage/copyStores.ts'
import { DataDirLockedError } from '../storage/dataDirLock.ts'

class Refused extends Error {}

async function main(): Promise<void> {
  const config = readConfig()
  if (!config.databaseUrl)
    throw new Refused('set DATABASE_URL to the (empty) PostgreSQL database to move into, e.g. DATABASE_URL=postgres://user:pass@host/samenbord')
  if (!fs.existsSync(path.join(config.dataDir, 'sessions.json'))) {
    throw new Refused(`${config.dataDir} holds no Samenbord installation (no sessions.json); set DATA_DIR to the data directory of the file-backed server`)
  }
  // Warnings of the stores (a torn log tail, a damaged file) as JSON lines on stderr; progress on stdout.
  const log = pino({ level: 'warn', base: undefined }, pino.destination({ dest: 2, sync: true }))
  console.log(`samenbord: moving ${config.dataDir} into ${redact(config.databaseUrl)}`)
  const from = await openStores({ ...config, databaseUrl: null }, log)
  let to: Stores | undefined
  try {
    to = await openStores(config, log)
    const summary = await copyStores(from, to, report)
    console.log(
      `samenbord: done: ${summary.sessions} session(s), ${kB(summary.bytes)} of documents and history, ` +
        `${summary.series} working-group log(s) with ${summary.changes} change(s)` +
        (summary.problems > 0 ? `; ${summary.problems} problem(s) reported above` : '') +
        `. ${config.dataDir} is unchanged: start the server with DATABASE_URL to serve from PostgreSQL.`,
    )
  } catch (error) {
    // Sessions copied before the failure stay in the database: a second run would refuse to add to them.
    if (to && !(error instanceof TargetNotEmpty)) {
      throw new Error(`${(error as Error).message}\nThe database now holds part of the installation: empty it (or create a new one) before trying again.`, {
        cause: error,
      })
    }
    throw error
  } finally {
    await to?.close()
    await from.close()
  }
}

function report(copied: SessionCopied): void {
  const parts = [
    `${copied.docs} document(s)`,
    `${copied.points} history point(s)`,
    `${copied.identities} identit${copied.identities === 1 ? 'y' : 'ies'}`,
    kB(copied.bytes),
  ]
  console.log(`  ${copied.id} ${JSON.stringify(copied.title)}: ${parts.join(', ')}`)
  for (const problem of copied.problems) console.log(`    problem: ${problem}`)
}

function kB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`
}

/** What the operator reads when the move cannot start or fails. */
function explain(error: unknown): string {
  if (error instanceof DataDirLockedError) return `${error.message}\nStop the file-backed server before moving its data.`
  if (error instanceof TargetNotEmpty) return `${error.message}; nothing was copied`
  if (error instanceof DatabaseUnreachable || error instanceof ConfigError || error instanceof Refused) return error.message
  return error instanceof Error ? error.message : String(error)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`samenbord: migrate-to-postgres failed: ${explain(error)}`)
    process.exit(1)
  },
)
