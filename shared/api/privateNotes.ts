// A participant's private document during a silent round, on the wire: a y-websocket connection of
// its own, next to the board's /sync/<token>. Only the identity whose secret it carries may open it;
// the view link never. See server/silent and shared/board/privateDoc.ts.
//
//   ws(s)://<host>/silent/<join or facilitator token>?participant=<secret from POST /identity>

/** URL path prefix of private documents (the room name after it is the session token). */
export const PRIVATE_SYNC_PATH = '/silent'
