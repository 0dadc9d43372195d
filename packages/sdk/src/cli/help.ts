export const MAIN_HELP = `layercache — Docker layer caching that works the same on every CI system

Usage:
  layercache build [CONTEXT] [flags]   build with a branch-aware layer cache
  layercache bake [-f FILE]... [TARGET...]  build every service of a compose/bake file, each with its own cache
  layercache doctor [flags]            check the engine, builder, registry and cache (PASS/WARN/FAIL)
  layercache lint [DOCKERFILE] [flags] find Dockerfile patterns that defeat the cache
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

Cache:
      --backend NAME          inline | registry | local | harness | none | auto (default auto)
      --cache-ref REPO        registry repository for cache refs (branch tags are added)
      --cache-dir DIR         directory for the local backend
      --cache-mode min|max    (default max)
      --cache-write auto|always|never   write policy (default auto)
      --cache-from ENTRY      extra raw --cache-from entry, repeatable
      --cache-to ENTRY        extra raw --cache-to entry, repeatable
      --cache-max-size-mb N   local cache size cap (default 4096)
      --strict                fail when the cache cannot be imported or exported
      --workspace DIR         cache-dir must lie inside DIR

Keys (normally set by a CI adapter):
      --branch NAME  --default-branch NAME (default main)
      --pr-id ID  --pr-source-branch NAME  --pr-target-branch NAME  --fork
      --git-tag TAG  --sha SHA

Output:
      --config FILE           options as JSON (flags override it)
      --dry-run               print the exact buildx argv and touch nothing
      --json                  with --dry-run: print the plan as JSON
      --report-json FILE      write the build report as JSON
      --report-markdown FILE  write the build report as Markdown (PR/MR comment, job summary)
  -q, --quiet                 no build progress, only the summary
  -h, --help
`;
