#!/usr/bin/env bash
# `pnpm test:stress`: the long reliability runs (the 50-build soak) on the real engine.
set -euo pipefail
cd "$(dirname "$0")/.."
env_file=$(bash scripts/setup.sh)
# shellcheck disable=SC1090
source "$env_file"
pnpm exec vitest run --config packages/sdk/test/reliability/stress/vitest.stress.config.ts
