// The shapes of the HTTP API, shared by the server that answers and the clients that ask
// (the browser app, tests, other programs written in TypeScript).

/** What a token lets its holder do: watch, take part, or run the session. */
export type Role = 'view' | 'join' | 'facilitator'

/** `POST /api/sessions` → 201. */
export interface CreatedSession {
  id: string
  title: string
  join: string
  view: string
  facilitator: string
}

/** `GET /api/session` with a bearer token → 200. */
export interface SessionInfo {
  id: string
  title: string
  role: Role
  /** When the session was created (ISO 8601): the workshop's date, the reference for dates on notes. */
  createdAt: string
  /** Join and view tokens; present for the facilitator and join roles, absent for view. */
  links?: { join: string; view: string }
  /**
   * Short code for the short join link `/j/<code>` (every role: the projector shows it, with a QR
   * code, to the people in the room).
   */
  joinCode: string
  /** The server's clock (epoch ms) when it answered, so timers agree across devices. */
  serverNow: number
  /** The meeting's details as the facilitator set them (PATCH /api/sessions/:id); absent when not set. */
  meeting?: MeetingDetails
  /** The working group's series id (the first session's id), when this session is part of one. */
  series?: string
}

/** The next meeting of a working group: local YYYY-MM-DDTHH:mm (or YYYY-MM-DD), and where. */
export interface NextMeeting {
  at: string
  place?: string
}

/** Time, place and next meeting of a session, as `PATCH /api/sessions/:id` sets them. */
export interface MeetingDetails {
  /** Local wall-clock start, YYYY-MM-DDTHH:mm. */
  startsAt?: string
  place?: string
  nextMeeting?: NextMeeting
}
