#!/bin/bash
# The build command's run step, included into the orb by the pack (orb-tools include syntax): a
# docker-container builder unless one is named, then the adapter, preinstalled or from npm.
set -euo pipefail
if [ -z "${LAYERCACHE_BUILDER:-}" ]; then
  # A docker-container builder exports registry caches on any engine; with Docker Layer
  # Caching its state volume is kept too. Reused when a kept engine already has it.
  LAYERCACHE_BUILDER=layercache
  docker buildx inspect "$LAYERCACHE_BUILDER" >/dev/null 2>&1 \
    || docker buildx create --name "$LAYERCACHE_BUILDER" --driver docker-container --bootstrap >/dev/null
  export LAYERCACHE_BUILDER
fi
if command -v layercache-circleci >/dev/null 2>&1; then
  layercache-circleci
else
  npx --yes "@layercache/circleci@${LAYERCACHE_VERSION}"
fi
