// A barrier for the server's log: the test reads it from a pipe, a moment after the server wrote it.
import { upgradeOutcome } from './rawClients.ts'
import type { ServerProcess } from './serverProcess.ts'
import { eventually } from './yClient.ts'

let count = 0

/**
 * Resolves once every line the server logged before this call is in `server.logs`: it asks for
 * something the server logs at once (a WebSocket from a foreign origin, refused with 403 and a warning
 * naming that origin) and waits for that line; the log is one synchronous stream, so what was written
 * before it has arrived. Adds one "origin not allowed" line.
 */
export async function logsCaughtUp(server: ServerProcess, timeoutMs = 5_000): Promise<void> {
  const origin = `https://log-barrier-${++count}.invalid`
  const outcome = await upgradeOutcome(`${server.wsUrl}/sync/barrier`, { origin })
  if (outcome !== 403) throw new Error(`log barrier: expected a 403 for ${origin}, got ${outcome}`)
  await eventually(() => {
    if (!server.logs.some((line) => line.includes(origin))) throw new Error(`log barrier: ${origin} not logged in time`)
  }, timeoutMs)
}
