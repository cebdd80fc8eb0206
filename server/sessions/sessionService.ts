// Session use cases shared by HTTP routes: creating a board, looking a token up.
import type { CreatedSession } from '../../shared/api/types.ts'
import { BoardDoc, initBoard } from '../../shared/board/index.ts'
import { translate } from '../../shared/i18n/index.ts'
import type { SessionStore } from '../storage/sessionStore.ts'
import type { ResolvedToken } from '../storage/types.ts'
import type { Rooms } from '../sync/rooms.ts'


export class SessionService {
  constructor(
    private readonly sessions: SessionStore,
    private readonly rooms: Rooms,
  ) {}

  async create(title: string): Promise<CreatedSession> {
    const { session, facilitatorToken } = await this.sessions.create(title)
    // The server writes the first page, so clients never race each other to create one.
    await this.rooms.change(session.id, (doc) => {
      initBoard(new BoardDoc(doc), { pageName: translate('nl', 'page.name') })
    })
    return {
      id: session.id,
      title: session.title,
      join: session.joinToken,
      view: session.viewToken,
      facilitator: facilitatorToken,
    }
  }

  resolve(token: string | undefined): ResolvedToken | undefined {
    return token ? this.sessions.resolveToken(token) : undefined
  }
}
