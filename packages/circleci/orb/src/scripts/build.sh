#!/bin/bash
# The build command's run step, included into the orb by the pack (orb-tools include syntax): a
# docker-container builder unless one is named, then the adapter: preinstalled (the image
# executor's) or the pinned, self-contained npm package.
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
  # The image executor's preinstalled adapter; say so when the version parameter names another.
  installed="$(dirname "$(readlink -f "$(command -v layercache-circleci)")")/../package.json"
  installed="$(node -p 'require(process.argv[1]).version' "$installed" 2>/dev/null || true)"
  if [ -n "$installed" ] && [ "$installed" != "${LAYERCACHE_VERSION}" ]; then
    echo "layercache: running the preinstalled layercache-circleci ${installed};" \
      "version ${LAYERCACHE_VERSION} is installed only where none is" >&2
  fi
  layercache-circleci
else
  npx --yes "@layercache/circleci@${LAYERCACHE_VERSION}"
fi
