// Session use cases shared by HTTP routes: creating a board, looking a token up.
import type { CreatedSession } from '../../shared/api/types.ts'
import { BoardDoc, initBoard } from '../../shared/board/index.ts'
import { translate } from '../../shared/i18n/index.ts'
import { placeTemplatesSideBySide, type TemplateLayoutId } from '../../shared/templates/index.ts'
import type { SessionRepository } from '../storage/sessionRepository.ts'
import type { ResolvedToken, SessionRecord } from '../storage/types.ts'
import type { Action } from '../../shared/actions/index.ts'
import { placeCarriedOverActions } from './followUp.ts'
import { isLocalDateTime } from '../../shared/sessions/meeting.ts'
import type { Rooms } from '../sync/rooms.ts'
import { DocTooLargeError } from '../sync/serverWrite.ts'

/** A follow-up joins its source's working group: the series of the source, or the source starts one. */
export function followUpLink(source: Pick<SessionRecord, 'id' | 'series'>): Pick<SessionRecord, 'series' | 'previous'> {
  return { series: source.series ?? source.id, previous: source.id }
}

/** What a follow-up starts with: what the facilitator set in the last session for this meeting. */
export type FollowUp = Pick<SessionRecord, 'series' | 'previous' | 'startsAt' | 'place'>

/**
 * The "Volgende bijeenkomst" agreed last time becomes this meeting's start and place. A next meeting
 * set as a day alone gives no start: startsAt is a day and a time, and inventing 00:00 or 19:30 would
 * put a wrong time on the plan; the facilitator sets the time in the Meeting dialog.
 */
export function followUpMeeting(source: Pick<SessionRecord, 'nextMeeting'>): Pick<SessionRecord, 'startsAt' | 'place'> {
  const next = source.nextMeeting
  if (!next) return {}
  return { ...(isLocalDateTime(next.at) ? { startsAt: next.at } : {}), ...(next.place ? { place: next.place } : {}) }
}

export class SessionService {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly rooms: Rooms,
  ) {}

  /** `followUp`: a follow-up's working group, the session it follows and its meeting (followUpLink, followUpMeeting). */
  async create(
    title: string,
    templates: readonly TemplateLayoutId[] = [],
    carriedOver: readonly Action[] = [],
    followUp: FollowUp = {},
  ): Promise<CreatedSession> {
    const { session, facilitatorToken } = await this.sessions.create(title, followUp)
    // The server writes the first page, so clients never race each other to create one, and the
    // templates asked for, side by side, in the same transaction.
    try {
      await this.rooms.change(
        session.id,
        (doc) => {
          const board = BoardDoc.of(doc)
          initBoard(board, { pageName: translate('nl', 'page.name') })
          placeTemplatesSideBySide(board, templates)
          placeCarriedOverActions(board, carriedOver, { x: 0, y: 0 })
        },
        { large: true },
      )
    } catch (error) {
      // A board that may not be this large is not started at all: nothing is created (413).
      if (error instanceof DocTooLargeError) await this.discard(session.id)
      throw error
    }
    return {
      id: session.id,
      title: session.title,
      join: session.joinToken,
      view: session.viewToken,
      facilitator: facilitatorToken,
    }
  }

  private async discard(sessionId: string): Promise<void> {
    await this.sessions.delete(sessionId)
    await this.rooms.discard(sessionId)
  }

  /** Every session (the series of a working group are found among them). */
  list(): Promise<SessionRecord[]> {
    return this.sessions.list()
  }

  async exists(sessionId: string): Promise<boolean> {
    return (await this.sessions.get(sessionId)) !== undefined
  }

  get(sessionId: string): Promise<SessionRecord | undefined> {
    return this.sessions.get(sessionId)
  }

  async resolve(token: string | undefined): Promise<ResolvedToken | undefined> {
    return token ? this.sessions.resolveToken(token) : undefined
  }

  /** The session a short join code (/j/<code>, any letter case) leads to. */
  resolveJoinCode(code: string): Promise<SessionRecord | undefined> {
    return this.sessions.resolveJoinCode(code)
  }
}
