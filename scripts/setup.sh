#!/usr/bin/env bash
# Everything a fresh machine needs before the demo or the tests: pnpm, the workspace's
# dependencies, built packages, and a running engine + registry (scripts/engine/start.sh).
# Idempotent. Prints the engine's env file path on stdout; logs go to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[layercache setup] %s\n' "$*" >&2; }

if ! command -v pnpm >/dev/null 2>&1; then
  log "installing pnpm 9.15.9 with npm"
  npm install --global --silent pnpm@9.15.9 >&2
fi
log "pnpm install"
pnpm install --frozen-lockfile --reporter=silent >&2
log "building packages"
pnpm --silent build >/dev/null
bash scripts/engine/start.sh
