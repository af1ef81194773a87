#!/bin/sh
# Installs dependencies when the lockfile changed since the last install (or on a fresh clone).
# Runs before Node 24 exists locally, so it is plain sh. `sh scripts/bootstrap.sh test` also installs
# what only the tests need: Debian's chromium for the browser tests (puppeteer-core drives it).
set -e
if [ "$1" = test ] && [ -z "$CHROMIUM_PATH" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "groundswell: installing chromium for the browser tests (apt-get)..."
  if [ "$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi
stamp=node_modules/.groundswell-installed
if [ ! -x node_modules/.bin/node ] || [ ! -f "$stamp" ] || [ package.json -nt "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  echo "groundswell: installing dependencies (npm install)..."
  npm install --no-audit --no-fund --loglevel=error
  touch "$stamp"
fi
