// Structured logs (pino) as JSON lines on stdout. Tokens never go into a log line: log session ids.
import { pino, type Logger as PinoLogger } from 'pino'

export type Logger = Pick<PinoLogger, 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'child'>

export function createLogger(level: string): Logger {
  // Synchronous writes: the "listening" line and crash reports must not sit in a buffer at kill -9.
  return pino({ level, base: undefined }, pino.destination({ dest: 1, sync: true }))
}

/** A URL (DATABASE_URL, REDIS_URL) without its password, for messages and logs. */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return '(an unparsable URL)'
  }
}
