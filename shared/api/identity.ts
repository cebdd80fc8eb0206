// A participant's identity in one session, issued by the server: a public id (who placed a dot, whose
// private silent-round notes these are) and a secret only that browser holds. Requests that act as a
// person (dots, the private silent-round document) carry the secret; the server derives the id from it,
// so nobody can act as someone else by naming their id, and one join link cannot mint ids without bound.

/** `POST /api/sessions/:id/identity` (join or facilitator token): 201 with a new identity. */
export interface ParticipantIdentity {
  /** Public, stable for this browser in this session: `p_` + 16 url-safe characters. */
  id: string
  /** Kept by the browser (localStorage), never shown to others, never in the board document. */
  secret: string
}

/** The request header that carries the secret. */
export const PARTICIPANT_HEADER = 'x-samenbord-participant'

/** The query parameter that carries the secret on a WebSocket URL (browsers cannot set headers there). */
export const PARTICIPANT_PARAM = 'participant'

export const PARTICIPANT_SECRET_PATTERN = /^[A-Za-z0-9_-]{21,64}$/
export const PARTICIPANT_ID_PATTERN = /^p_[A-Za-z0-9_-]{16}$/
