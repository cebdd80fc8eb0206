#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (never a downloaded browser). Install it when missing.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
echo "e2e: /usr/bin/chromium missing; installing Debian's chromium and fonts-liberation" >&2
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || true
$SUDO apt-get install -y -qq chromium fonts-liberation >/dev/null
[ -x /usr/bin/chromium ] || { echo "e2e: could not install chromium" >&2; exit 1; }
