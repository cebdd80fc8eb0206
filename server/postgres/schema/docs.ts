// Session documents (boards, trash, ballots, private docs: `ns` tells the stores apart), as the file
// backend keeps them: an append-only log of Yjs updates, a snapshot the log is folded into, and what a
// load took out of a damaged board. server/postgres/pgDocStorage.ts reads and writes them.
//
// doc_updates.seq comes from one identity sequence for every session: it orders a session's rows, and
// nothing else is read from it (values are allocated at insert, so a row can commit after a higher one).
// doc_snapshots.upto is the highest seq folded in (for people reading the table); `generation` counts the
// compactions, so a process can tell whether someone else replaced the snapshot since it last saw it.
export const DOCS_SCHEMA = `
create table doc_updates (
  ns text not null,
  session_id text not null,
  seq bigint generated always as identity,
  data bytea not null,
  primary key (ns, session_id, seq)
);
create table doc_snapshots (
  ns text not null,
  session_id text not null,
  data bytea not null,
  upto bigint not null,
  generation bigint not null,
  at timestamptz not null default now(),
  primary key (ns, session_id)
);
create table doc_set_aside (
  ns text not null,
  session_id text not null,
  name text not null,
  data bytea not null,
  at timestamptz not null default now(),
  primary key (ns, session_id, name)
);
`
