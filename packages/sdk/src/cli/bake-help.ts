// `layercache bake --help`.
import { BACKEND_FLAG, CACHE_MODE_FLAGS, CONFIG_FLAG, MOUNTS_FLAGS, JSON_FLAG, KEY_FLAGS, QUIET_HELP_FLAGS, WORKSPACE_FLAG } from './help-flags.js';

export const BAKE_HELP = `Usage: layercache bake [-f FILE]... [TARGET...] [flags]

Builds every service with a build section of a Compose file (or every target of a bake file) in
one docker buildx bake run, each with its own branch-aware layer cache:
  registry/inline: <cache-ref>/<service>:<branch>   local: <cache-dir>/<service>/<branch>
Your file is not edited: layercache adds --set <target>.cache-from/cache-to, and keeps your own
cache_from/cache_to entries after its own. Services without build: are ignored.

Files:
  -f, --file FILE             compose.yaml or docker-bake.hcl/.json, repeatable
                              (default: the first of compose.yaml, compose.yml, docker-compose.yml,
                              docker-compose.yaml, docker-bake.json, docker-bake.hcl)
  TARGET...                   services/targets to build (default: all with a build section)

Build:
      --push | --load | --pull | --no-cache
      --builder NAME          buildx builder
      --context NAME          docker context to build on (as docker --context; wins over DOCKER_HOST)
  Tags, target, args, platforms, secrets and network are read per service from the file.

Cache:
${BACKEND_FLAG}
      --cache-ref REPO        registry repository; each service gets REPO/<service>
      --cache-dir DIR         local cache directory; each service gets DIR/<service>
${CACHE_MODE_FLAGS}
      --cache-from ENTRY      extra raw cache-from entry for every service, repeatable
      --cache-to ENTRY        extra raw cache-to entry for every service, repeatable
      --cache-max-size-mb N   local cache size cap per service (default 4096)
      --cache-timeout S       seconds a cache import or export may take (default 300; 0: no limit)
${MOUNTS_FLAGS}
      --strict                fail when a cache cannot be imported or exported
${WORKSPACE_FLAG}

${KEY_FLAGS}

Output:
${CONFIG_FLAG}
      --dry-run               print the exact bake argv and touch nothing (bake files: runs bake --print)
${JSON_FLAG}
      --report-json FILE      per-service and total report as JSON (written even when a service fails)
      --report-markdown FILE  the same report as Markdown
${QUIET_HELP_FLAGS}

Exit codes: 0 ok, 1 a service (or the engine) failed, 2 bad input.
`;
