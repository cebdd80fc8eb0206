#!/usr/bin/env bash
# The several-process tests (issue 16) run against Debian's PostgreSQL (>= 15) and Redis (>= 7). Install
# them when missing, as e2e/ensure-chromium.sh does the browser. Debian starts no service here: the test
# run starts its own on loopback (server/cli/testBackends.sh) and stops them afterwards.
set -euo pipefail
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
if [ -n "$(pg_bin)" ] && [ -x "$(pg_bin)/initdb" ] && command -v redis-server >/dev/null; then exit 0; fi
echo "tests: PostgreSQL or Redis missing; installing Debian's postgresql and redis-server" >&2
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || true
# policy-rc.d 101: the packages' own services are not started (the tests start theirs on other ports).
printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null && $SUDO chmod +x /usr/sbin/policy-rc.d
$SUDO apt-get install -y -qq postgresql redis-server >/dev/null
$SUDO rm -f /usr/sbin/policy-rc.d
[ -x "$(pg_bin)/initdb" ] || { echo "tests: could not install postgresql" >&2; exit 1; }
command -v redis-server >/dev/null || { echo "tests: could not install redis-server" >&2; exit 1; }
