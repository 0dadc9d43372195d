#!/usr/bin/env bash
# The whole test suite: type checks, unit tests, and integration tests against the real engine,
# registry and GitLab runner emulator. `.ci/run` calls exactly this.
set -uo pipefail
cd "$(dirname "$0")/.."

env_file=$(bash scripts/setup.sh) || { echo "setup failed" >&2; exit 1; }
# shellcheck disable=SC1090
source "$env_file"

results=$(mktemp -d)
status=0
typecheck=passed
echo "== type check"; pnpm --silent typecheck || { typecheck=failed; status=1; }
echo "== unit tests"
pnpm exec vitest run --config vitest.config.ts --reporter=default --reporter=json --outputFile.json="$results/unit.json" || status=1
echo "== integration tests (engine at ${DOCKER_HOST:-default socket}, registry $LAYERCACHE_TEST_REGISTRY)"
pnpm exec vitest run --config vitest.itg.config.ts --reporter=default --reporter=json --outputFile.json="$results/itg.json" || status=1

node scripts/test-summary.mjs --typecheck="$typecheck" "$results/unit.json" "$results/itg.json" || status=1
exit $status
