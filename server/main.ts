// Entry point: read configuration, start the server, shut down cleanly on SIGINT/SIGTERM.
import { type Config, ConfigError, readConfig } from './config.ts'
import { startServer } from './app.ts'
import { createLogger } from './log.ts'

async function main(): Promise<void> {
  let config: Config
  try {
    config = readConfig()
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`samenbord: ${error.message}`)
      process.exit(2)
    }
    throw error
  }
  const log = createLogger(config.logLevel)
  const server = await startServer(config, log)
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

main().catch((error: Error) => {
  console.error(`samenbord: cannot start: ${error.message}`)
  process.exit(1)
})
