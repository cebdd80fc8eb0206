// Runs a server the way an operator does: configuration from the environment, a JSON log, a clean stop
// on SIGINT/SIGTERM. main.ts is this with nothing changed; test entry points pass seams (app.ts).
import { ConfigError, readConfig, type Config } from './config.ts'
import { startServer, type ServerSeams } from './app.ts'
import { createLogger } from './log.ts'

export function serve(seams: ServerSeams = {}): void {
  run(seams).catch((error: Error) => {
    console.error(`samenbord: cannot start: ${error.message}`)
    process.exit(1)
  })
}

/** A configuration error ends the process with status 2 and the reason (config.ts says what is wrong). */
function configOrExit(): Config {
  try {
    return readConfig()
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`samenbord: ${error.message}`)
      process.exit(2)
    }
    throw error
  }
}

async function run(seams: ServerSeams): Promise<void> {
  const config = configOrExit()
  const log = createLogger(config.logLevel)
  const server = await startServer(config, log, seams)
  const stop = (signal: string) => {
    log.info({ signal }, 'shutting down')
    server.close().then(
      () => process.exit(0),
      (error: Error) => {
        log.error({ err: error.message }, 'shutdown failed')
        process.exit(1)
      },
    )
  }
  process.once('SIGINT', () => stop('SIGINT'))
  process.once('SIGTERM', () => stop('SIGTERM'))
}
