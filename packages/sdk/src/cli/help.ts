import { BACKEND_FLAG, CACHE_MODE_FLAGS, CONFIG_FLAG, MOUNTS_FLAGS, JSON_FLAG, KEY_FLAGS, QUIET_HELP_FLAGS, WORKSPACE_FLAG } from './help-flags.js';

export const MAIN_HELP = `layercache — Docker layer caching that works the same on every CI system

Usage:
  layercache build [CONTEXT] [flags]   build with a branch-aware layer cache
  layercache bake [-f FILE]... [TARGET...]  build every service of a compose/bake file, each with its own cache
  layercache doctor [flags]            check the engine, builder, registry and cache (PASS/WARN/FAIL)
  layercache lint [DOCKERFILE] [flags] find Dockerfile patterns that defeat the cache
  layercache prune [flags]             remove the caches no branch needs (sizes, --dry-run)
  layercache --version | --help

Run "layercache <command> --help" for a command's flags.
Exit codes: 0 ok, 1 build (or engine) failed, 2 bad input.
`;

export const BUILD_HELP = `Usage: layercache build [CONTEXT] [flags]

Builds CONTEXT (default ".") with docker buildx and a layer cache chosen by --backend.

Image:
  -f, --file FILE             Dockerfile (default CONTEXT/Dockerfile)
      --target STAGE          target stage
  -t, --tag REF               image tag, repeatable (full reference)
      --platform OS/ARCH      target platform, repeatable or comma-separated
      --build-arg K=V         build arg, repeatable (not for secrets)
      --label K=V             image label, repeatable
      --secret id=ID,src=FILE|env=VAR   build secret (never a build arg)
      --push | --load | --pull | --no-cache
      --network default|none|host       network for RUN steps
      --builder NAME          buildx builder
      --context NAME          docker context to build on (as docker --context; wins over DOCKER_HOST)

Cache:
${BACKEND_FLAG}
      --cache-ref REPO        registry repository for cache refs (branch tags are added)
      --cache-dir DIR         directory for the local backend
${CACHE_MODE_FLAGS}
      --cache-from ENTRY      extra raw --cache-from entry, repeatable
      --cache-to ENTRY        extra raw --cache-to entry, repeatable
      --cache-max-size-mb N   local cache size cap (default 4096)
      --cache-timeout S       seconds a cache import or export may take (default 300; 0: no limit)
${MOUNTS_FLAGS}
      --strict                fail when the cache cannot be imported or exported
${WORKSPACE_FLAG}

${KEY_FLAGS}

Output:
${CONFIG_FLAG}
      --dry-run               print the exact buildx argv and touch nothing
${JSON_FLAG}
      --report-json FILE      write the build report as JSON
      --report-markdown FILE  write the build report as Markdown (PR/MR comment, job summary)
${QUIET_HELP_FLAGS}
`;
