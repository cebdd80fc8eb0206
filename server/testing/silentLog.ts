// A logger that writes nothing, for unit tests of server parts that take one.
import type { Logger } from '../log.ts'

export const silentLog: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  fatal() {},
  child() {
    return silentLog
  },
} as unknown as Logger
