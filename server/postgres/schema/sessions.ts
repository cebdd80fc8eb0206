// Sessions and their tokens (server/postgres/pgSessionRepository.ts). Every token and the join code is
// unique, so each lookup is one index probe, and a join code two processes drew at once is refused to
// one of them (it draws again). Facilitator tokens: only their SHA-256 hash (hex), as in the file store.
//
// The optional details are columns, not one jsonb: each is a single value of a known type, `series` is
// looked up by (a working group's meetings), and starts_at stays text because it is a local wall-clock
// time (YYYY-MM-DDTHH:mm) without a zone. Only the next meeting ({ at, place? }) is jsonb.
export const SESSIONS_SCHEMA = `
create table sessions (
  id text primary key,
  title text not null,
  join_token text not null unique,
  view_token text not null unique,
  facilitator_hash text not null unique,
  join_code text not null unique,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  series text,
  previous text,
  starts_at text,
  place text,
  next_meeting jsonb
);
create index sessions_series on sessions (series) where series is not null;
create index sessions_updated_at on sessions (updated_at);
`
