#!/usr/bin/env bash
# `npm test`'s first half: the five type-checks and the build, as two chains side by side. Each tsc is
# one thread, and so mostly is the build: run one after another they took ~100 s on a 2-core machine,
# side by side ~60 s. Each chain's output is kept and printed whole once both are done, so errors do not
# interleave; the script fails when any step failed (every step runs, so all errors show at once).
set -uo pipefail
cd "$(dirname "$0")/../.."
export PATH="$PWD/node_modules/.bin:$PATH"

out_a=$(mktemp) out_b=$(mktemp)
trap 'rm -f "$out_a" "$out_b"' EXIT

# Each step's exit code is collected, so a chain goes on after a failure and reports it at the end.
chain() {
  local failed=0
  for step in "$@"; do
    echo "> $step"
    bash -c "$step" || failed=1
  done
  return $failed
}

# Balanced by measured time: tsc root ~16 s, client ~23 s, shared ~8 s | build ~24 s, client tests ~18 s, e2e ~12 s.
chain 'tsc -p tsconfig.json' 'tsc -p client/tsconfig.json' 'tsc -p shared/tsconfig.json' >"$out_a" 2>&1 &
a=$!
chain 'npm run --silent build' 'tsc -p client/tsconfig.test.json' 'tsc -p e2e/tsconfig.json' >"$out_b" 2>&1 &
b=$!
wait $a
status_a=$?
wait $b
status_b=$?
cat "$out_a" "$out_b"
if [ $status_a -ne 0 ] || [ $status_b -ne 0 ]; then
  echo "type-check or build failed" >&2
  exit 1
fi
