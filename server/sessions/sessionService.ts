// Session use cases shared by HTTP routes: creating a board, looking a token up.
import type { CreatedSession } from '../../shared/api/types.ts'
import { BoardDoc, initBoard } from '../../shared/board/index.ts'
import { translate } from '../../shared/i18n/index.ts'
import { placeTemplatesSideBySide, type TemplateLayoutId } from '../../shared/templates/index.ts'
import type { SessionStore } from '../storage/sessionStore.ts'
import type { ResolvedToken, SessionRecord } from '../storage/types.ts'
import type { Action } from '../../shared/actions/index.ts'
import { placeCarriedOverActions } from './followUp.ts'
import type { Rooms } from '../sync/rooms.ts'


/** A follow-up joins its source's working group: the series of the source, or the source starts one. */
export function followUpLink(source: Pick<SessionRecord, 'id' | 'series'>): Pick<SessionRecord, 'series' | 'previous'> {
  return { series: source.series ?? source.id, previous: source.id }
}

export class SessionService {
  constructor(
    private readonly sessions: SessionStore,
    private readonly rooms: Rooms,
  ) {}

  /** `series`: a follow-up's working group and the session it follows (see followUpLink). */
  async create(title: string, templates: readonly TemplateLayoutId[] = [], carriedOver: readonly Action[] = [], series: Pick<SessionRecord, 'series' | 'previous'> = {}): Promise<CreatedSession> {
    const { session, facilitatorToken } = await this.sessions.create(title, series)
    // The server writes the first page, so clients never race each other to create one, and the
    // templates asked for, side by side, in the same transaction.
    await this.rooms.change(session.id, (doc) => {
      const board = BoardDoc.of(doc)
      initBoard(board, { pageName: translate('nl', 'page.name') })
      placeTemplatesSideBySide(board, templates)
      placeCarriedOverActions(board, carriedOver, { x: 0, y: 0 })
    })
    return {
      id: session.id,
      title: session.title,
      join: session.joinToken,
      view: session.viewToken,
      facilitator: facilitatorToken,
    }
  }

  /** Every session (the series of a working group are found among them). */
  list(): SessionRecord[] {
    return this.sessions.list()
  }

  exists(sessionId: string): boolean {
    return this.sessions.get(sessionId) !== undefined
  }

  get(sessionId: string): SessionRecord | undefined {
    return this.sessions.get(sessionId)
  }

  resolve(token: string | undefined): ResolvedToken | undefined {
    return token ? this.sessions.resolveToken(token) : undefined
  }

  /** The session a short join code (/j/<code>, any letter case) leads to. */
  resolveJoinCode(code: string): SessionRecord | undefined {
    return this.sessions.resolveJoinCode(code)
  }
}
