#!/usr/bin/env bash
# The main job: a cached build of the bundled example (examples/app) with each backend this
# engine exports — cold, then again as a fresh CI runner (builder cache and images cleared) that
# only has the cache — printing both reports and a cold/warm table.
set -euo pipefail
cd "$(dirname "$0")/.."

env_file=$(bash scripts/setup.sh)
# shellcheck disable=SC1090
source "$env_file"

run_id=$(date +%s)
out=.layercache/demo
mkdir -p "$out"
rm -rf "$out/local-cache"

fresh_runner() {
  docker buildx prune --all --force >/dev/null
  ids=$(docker image ls --quiet | sort -u)
  [ -z "$ids" ] || docker image rm --force $ids >/dev/null 2>&1 || true
}

build() { # build BACKEND PHASE
  local backend=$1 phase=$2 flags=()
  case $backend in
    inline) flags=(--cache-ref "$LAYERCACHE_TEST_REGISTRY/demo/$run_id/inline" --tag "$LAYERCACHE_TEST_REGISTRY/demo/$run_id/app:inline" --push --cache-mode min) ;;
    registry) flags=(--cache-ref "$LAYERCACHE_TEST_REGISTRY/demo/$run_id/cache") ;;
    local) flags=(--cache-dir "$out/local-cache") ;;
  esac
  echo
  echo "=== $backend, $phase build"
  pnpm exec layercache build examples/app --quiet --backend "$backend" "${flags[@]}" \
    --build-arg "BASE_IMAGE=$LAYERCACHE_TEST_BASE_IMAGE" --network none \
    --report-json "$out/$backend-$phase.json" --report-markdown "$out/$backend-$phase.md"
}

for backend in inline registry local; do
  fresh_runner
  build "$backend" cold
  fresh_runner
  build "$backend" warm
done

echo
node scripts/demo-table.mjs "$out"
