#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (never a downloaded browser). Install it when missing, with
# poppler-utils (pdftoppm, pdftotext: the action plan's render test turns the PDF into page images).
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/pdftoppm ]; then exit 0; fi
echo "e2e: chromium or pdftoppm missing; installing Debian's chromium, fonts-liberation and poppler-utils" >&2
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || true
$SUDO apt-get install -y -qq chromium fonts-liberation poppler-utils >/dev/null
[ -x /usr/bin/chromium ] || { echo "e2e: could not install chromium" >&2; exit 1; }
[ -x /usr/bin/pdftoppm ] || { echo "e2e: could not install poppler-utils" >&2; exit 1; }
