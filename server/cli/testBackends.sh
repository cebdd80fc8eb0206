#!/usr/bin/env bash
# Runs a command (the test run) with a PostgreSQL and a Redis of its own on loopback, on unusual ports,
# in a temporary directory, and stops both afterwards whatever the command's outcome. The tests find
# them in SAMENBORD_TEST_POSTGRES and SAMENBORD_TEST_REDIS (server/testing/backends.ts).
# PostgreSQL's initdb refuses root: as root, the server runs as the `postgres` user.
set -euo pipefail
PG_PORT=${SAMENBORD_TEST_PG_PORT:-55432}
REDIS_PORT=${SAMENBORD_TEST_REDIS_PORT:-56379}
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$PG_BIN" ] || { echo "tests: PostgreSQL is not installed (server/cli/ensureBackends.sh installs it)" >&2; exit 1; }
command -v redis-server >/dev/null || { echo "tests: redis-server is not installed (server/cli/ensureBackends.sh installs it)" >&2; exit 1; }

DIR=$(mktemp -d /tmp/samenbord-backends.XXXXXX)
AS=()
if [ "$(id -u)" = "0" ]; then chown postgres "$DIR"; AS=(runuser -u postgres --); fi
stop() {
  "${AS[@]}" "$PG_BIN/pg_ctl" -D "$DIR/pg" -m immediate -w stop >/dev/null 2>&1 || true
  redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap stop EXIT

"${AS[@]}" "$PG_BIN/initdb" -D "$DIR/pg" -A trust -U postgres >/dev/null
# fsync off: a test database dies with its run; what the tests check is the server's own ordering.
"${AS[@]}" "$PG_BIN/pg_ctl" -D "$DIR/pg" -l "$DIR/pg.log" -w \
  -o "-p $PG_PORT -k $DIR -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off -c synchronous_commit=off" start >/dev/null
# The settings the README asks for in production: append-only file, fsync every second, never evict.
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --dir "$DIR" --save '' \
  --appendonly yes --appendfsync everysec --maxmemory-policy noeviction --logfile "$DIR/redis.log"
for _ in $(seq 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done

export SAMENBORD_TEST_POSTGRES="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
export SAMENBORD_TEST_REDIS="redis://127.0.0.1:$REDIS_PORT"
"$@"
