// The three small stores beside the boards, in PostgreSQL: history points (server/history/pointStore.ts),
// participant identities (server/identity/identityRegistry.ts) and working-group change logs
// (server/series/seriesLog.ts). No foreign key to the sessions table: each store is removed with its
// session by the lifecycle (as the files are), and a store may be used without the others.
export const STORES_SCHEMA = `
-- A history point: the board's records as gzip'd JSON (as the file store's .json.gz); bytes is that
-- size, what HISTORY_MAX_BYTES counts. notes/areas let a listing skip the data.
create table history_points (
  session_id text not null,
  at bigint not null,
  notes integer not null,
  areas integer not null,
  bytes integer not null,
  data bytea not null,
  primary key (session_id, at)
);

-- A participant identity: the secret only as its SHA-256 (hex). Minting counts per session and per
-- address under a per-session advisory lock (pgIdentityRegistry.ts).
create table participant_identities (
  session_id text not null,
  secret_hash text not null,
  id text not null,
  address text not null,
  created_at timestamptz not null default now(),
  primary key (session_id, secret_hash)
);
create index participant_identities_address on participant_identities (session_id, address);

-- A working group's change log, oldest first by seq; session_id is the board the change was made on
-- (its entries leave with it).
create table series_changes (
  series text not null,
  seq bigint generated always as identity,
  session_id text not null,
  change jsonb not null,
  primary key (series, seq)
);
create index series_changes_session on series_changes (series, session_id);
`
