#!/usr/bin/env bash
# `pnpm bench`: starts the bench engine, makes sure the toolchain image and the vendored library
# sources exist (both made once, then reused), compiles the runner and runs it.
# Knobs: BENCH_RUNS (default 3), BENCH_STRATEGIES (comma list), BENCH_WRITE_DOCS (1/0).
# BENCH_ONLY=install (BENCH_PAIRS=N, default 5): only the zero-install table; needs no engine.
# BENCH_ONLY=mounts: only the cache mount scenario (bench/mounts.ts); needs the engine, not the toolchain.
# BENCH_ONLY=overhead (BENCH_PAIRS=N, default 5): only the overhead table against raw buildx.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${BENCH_ONLY:-}" = install ]; then
  node_modules/.bin/tsc -p bench/tsconfig.json
  exec node bench/.out/install-run.js
fi

export LAYERCACHE_ENGINE_NAME=${LAYERCACHE_ENGINE_NAME:-bench}
export LAYERCACHE_REGISTRY_PORT=${LAYERCACHE_REGISTRY_PORT:-5065}
# shellcheck disable=SC1090
source "$(bash scripts/engine/start.sh)"

[ -f packages/sdk/dist/cli/main.js ] || pnpm -C packages/sdk build
if [ "${BENCH_ONLY:-}" = mounts ]; then
  node_modules/.bin/tsc -p bench/tsconfig.json
  exec node bench/.out/mounts.js
fi
if [ "${BENCH_ONLY:-}" = overhead ]; then
  node_modules/.bin/tsc -p bench/tsconfig.json
  exec node bench/.out/overhead-run.js
fi
BENCH_TOOLCHAIN_IMAGE=$(bash bench/toolchain-image.sh "$LAYERCACHE_TEST_REGISTRY")
BENCH_VENDOR_DIR=$PWD/bench/.cache/vendor
bash bench/vendor-sources.sh "$BENCH_VENDOR_DIR"
export BENCH_TOOLCHAIN_IMAGE BENCH_VENDOR_DIR

node_modules/.bin/tsc -p bench/tsconfig.json
exec node bench/.out/main.js
