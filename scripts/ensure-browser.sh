#!/usr/bin/env bash
# Makes sure the end-to-end tests have a browser: Debian's chromium when present; installed with apt when we
# are root on Debian without it; Playwright's own browser anywhere else.
set -euo pipefail
if [ -x /usr/bin/chromium ] || [ -x /usr/bin/chromium-browser ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-browser: installing Debian's chromium (and CJK fonts) with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  exit 0
fi
echo "ensure-browser: no system chromium; installing Playwright's browser" >&2
npx playwright install chromium
