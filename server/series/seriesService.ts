// A working group's series: its meetings' boards read together (shared/series links the actions and
// counts them), and changes between meetings written to the board of the latest meeting where the
// action lives, through the same action edit as the panel's, then logged (seriesLog.ts).
import { workshopReference } from '../../shared/sessions/workshopDay.ts'
import { todayIso } from '../../shared/actions/dates.ts'
import { BoardDoc } from '../../shared/board/index.ts'
import type { Lang } from '../../shared/i18n/index.ts'
import { readOutcomes } from '../../shared/outcomes/index.ts'
import {
  buildSeriesView,
  findLinked,
  ladderNow,
  linkActions,
  meetingDate,
  seriesIdOf,
  seriesMembers,
  withOrigins,
  type MeetingBoard,
  type SeriesAction,
  type SeriesPatch,
  type SeriesView,
} from '../../shared/series/index.ts'
import type { ActionService } from '../sessions/actionService.ts'
import type { SessionRecord } from '../storage/types.ts'
import type { Rooms } from '../sync/rooms.ts'
import type { SeriesLog } from './seriesLog.ts'

export type SeriesPatchResult = { ok: true; action: SeriesAction } | { ok: false; error: 'unknown-action' }

export interface SeriesDeps {
  rooms: Rooms
  /** Every session record (the series is found among them) and one by id. */
  sessions: { list(): Promise<SessionRecord[]>; get(id: string): Promise<SessionRecord | undefined> }
  actions: ActionService
  log: SeriesLog
  /** The clock (tests may hold it still). */
  now?: () => Date
}

/** Reading actions loads chrono's grammars: on the first series read, not at start (actionService.ts). */
const readActionsLazily = () => import('../../shared/actions/readActions.ts').then((m) => m.readActions)

export class SeriesService {
  constructor(private readonly deps: SeriesDeps) {}

  /** Whether two sessions belong to the same working group. */
  sameSeries(a: SessionRecord, b: SessionRecord): boolean {
    return seriesIdOf(a) === seriesIdOf(b)
  }

  /** The series of `session`; the change log only when `withChanges` (the facilitator's view). */
  async view(session: SessionRecord, lang: Lang, opts: { withChanges: boolean }): Promise<SeriesView> {
    const series = seriesIdOf(session)
    const boards = await this.boards(series, lang)
    const changes = await this.deps.log.read(series)
    const view = buildSeriesView(series, boards, changes, this.today())
    if (opts.withChanges) view.changes = [...changes].reverse()
    return view
  }

  /**
   * Changes an action (`id`: its series id or any of its notes) on the board of the latest meeting
   * where it lives, live for whoever has that board open, and logs who did it.
   */
  async patch(session: SessionRecord, id: string, change: SeriesPatch, lang: Lang): Promise<SeriesPatchResult> {
    const series = seriesIdOf(session)
    const boards = await this.boards(series, lang)
    const found = findLinked(linkActions(boards, await this.deps.log.read(series), this.today()), id)
    const target = found && (await this.deps.sessions.get(found.action.session))
    if (!found || !target) return { ok: false, error: 'unknown-action' }
    const before = { status: found.action.status, owner: found.action.owner, due: found.action.due }
    const patched = await this.deps.actions.patch(target, found.action.note, change.patch, lang)
    if (!patched.ok) return { ok: false, error: 'unknown-action' }
    const now = this.now()
    await this.deps.log.append(series, {
      at: now.toISOString(),
      day: todayIso(now),
      by: change.by,
      session: target.id,
      note: found.action.note,
      text: patched.action.text,
      set: change.patch,
      before,
    })
    const after = await this.view(session, lang, { withChanges: false })
    return { ok: true, action: after.actions.find((action) => action.id === found.action.id)! }
  }

  /** A deleted session's changes leave the log with it. */
  forgetSession(session: SessionRecord): Promise<void> {
    return this.deps.log.forgetSession(seriesIdOf(session), session.id)
  }

  private async boards(series: string, lang: Lang): Promise<MeetingBoard[]> {
    const readActions = await readActionsLazily()
    const members = seriesMembers(await this.deps.sessions.list(), series)
    return Promise.all(
      members.map((member) =>
        this.deps.rooms.read(member.id, (doc): MeetingBoard => {
          const board = BoardDoc.of(doc)
          // Dates on notes are read relative to the meeting's own day, as the board's panel reads them.
          const actions = readActions(board, { reference: workshopReference(member.createdAt), lang })
          return {
            session: { id: member.id, title: member.title, date: meetingDate(member) },
            createdAt: member.createdAt,
            actions: withOrigins(board, actions),
            ladder: ladderNow(readOutcomes(board, lang)),
          }
        }),
      ),
    )
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date()
  }

  private today(): string {
    return todayIso(this.now())
  }
}
