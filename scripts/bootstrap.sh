#!/bin/sh
# Installs dependencies when the lockfile changed since the last install (or on a fresh clone).
# Runs before Node 24 exists locally, so it is plain sh.
set -e
stamp=node_modules/.groundswell-installed
if [ ! -x node_modules/.bin/node ] || [ ! -f "$stamp" ] || [ package.json -nt "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  echo "groundswell: installing dependencies (npm install)..."
  npm install --no-audit --no-fund --loglevel=error
  touch "$stamp"
fi
