// Retention (AVG/GDPR: keep personal data no longer than needed): sessions whose last change is older
// than RETENTION_DAYS are deleted the way DELETE /api/sessions/:id deletes them, at start and then every
// RETENTION_SWEEP_MS. A session someone is connected to is never deleted, however old its last change.
import type { Logger } from '../log.ts'
import type { SessionRecord } from '../storage/types.ts'
import type { DeleteReason } from './lifecycleService.ts'

const DAY_MS = 24 * 60 * 60 * 1000

export interface RetentionDeps {
  list: () => Promise<SessionRecord[]>
  /**
   * Live connections of a session right now (0 when it is not loaded). Several processes: a session
   * another process serves counts as connected there (not swept from here).
   */
  connections: (sessionId: string) => number | Promise<number>
  delete: (sessionId: string, reason: DeleteReason) => Promise<boolean>
  log: Logger
  retentionDays: number
  now?: () => number
}

/** Ids of the sessions to delete now: last change before the cutoff, nobody connected. */
export async function expiredSessions(deps: Pick<RetentionDeps, 'list' | 'connections' | 'retentionDays'>, now: number): Promise<string[]> {
  const cutoff = now - deps.retentionDays * DAY_MS
  const expired: string[] = []
  for (const record of await deps.list()) {
    const last = Date.parse(record.updatedAt)
    // An unreadable date is kept: deleting on a guess is not undoable.
    if (Number.isFinite(last) && last < cutoff && (await deps.connections(record.id)) === 0) expired.push(record.id)
  }
  return expired
}

/** One sweep; a failing deletion is logged and the others still run. Returns how many were deleted. */
export async function sweepExpired(deps: RetentionDeps): Promise<number> {
  let deleted = 0
  for (const id of await expiredSessions(deps, (deps.now ?? Date.now)())) {
    try {
      if (await deps.delete(id, 'retention')) deleted++
    } catch (err) {
      deps.log.error({ session: id, err: err instanceof Error ? err.message : String(err) }, 'retention: deleting an expired session failed')
    }
  }
  return deleted
}

/** Sweeps now (awaited, so nothing expired is served) and then every `intervalMs`. Returns stop(). */
export async function startRetention(deps: RetentionDeps, intervalMs: number): Promise<() => void> {
  await sweepExpired(deps)
  let running = false
  const timer = setInterval(() => {
    if (running) return
    running = true
    void sweepExpired(deps).finally(() => (running = false))
  }, intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}
