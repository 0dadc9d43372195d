// `layercache bake --help`.
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
  Tags, target, args, platforms, secrets and network are read per service from the file.

Cache:
      --backend NAME          inline | registry | local | harness | none | auto (default auto)
      --cache-ref REPO        registry repository; each service gets REPO/<service>
      --cache-dir DIR         local cache directory; each service gets DIR/<service>
      --cache-mode min|max    (default max)
      --cache-write auto|always|never   write policy (default auto)
      --cache-from ENTRY      extra raw cache-from entry for every service, repeatable
      --cache-to ENTRY        extra raw cache-to entry for every service, repeatable
      --cache-max-size-mb N   local cache size cap per service (default 4096)
      --strict                fail when a cache cannot be imported or exported
      --workspace DIR         cache-dir must lie inside DIR

Keys (normally set by a CI adapter):
      --branch NAME  --default-branch NAME (default main)
      --pr-id ID  --pr-source-branch NAME  --pr-target-branch NAME  --fork
      --git-tag TAG  --sha SHA

Output:
      --config FILE           options as JSON (flags override it)
      --dry-run               print the exact bake argv and touch nothing (bake files: runs bake --print)
      --json                  with --dry-run: print the plan as JSON
      --report-json FILE      per-service and total report as JSON (written even when a service fails)
      --report-markdown FILE  the same report as Markdown
  -q, --quiet                 no build progress, only the summary
  -h, --help

Exit codes: 0 ok, 1 a service (or the engine) failed, 2 bad input.
`;
