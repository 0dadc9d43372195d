// Flag help that reads the same for `build` and `bake`, written once so the two cannot drift.

export const BACKEND_FLAG = '      --backend NAME          inline | registry | local | s3 | none | auto (default auto; harness = s3)';

export const CACHE_MODE_FLAGS = `      --cache-mode min|max    (default max)
      --cache-write auto|always|never   write policy (default auto)`;

export const WORKSPACE_FLAG = '      --workspace DIR         cache-dir must lie inside DIR';

export const KEY_FLAGS = `Keys (normally set by a CI adapter):
      --branch NAME  --default-branch NAME (default main)
      --pr-id ID  --pr-source-branch NAME  --pr-target-branch NAME  --fork
      --git-tag TAG  --sha SHA`;

export const CONFIG_FLAG = '      --config FILE           options as JSON (flags override it)';

export const JSON_FLAG = '      --json                  with --dry-run: print the plan as JSON';

export const QUIET_HELP_FLAGS = `  -q, --quiet                 no build progress, only the summary
  -h, --help`;

export const MOUNTS_FLAGS = `      --cache-mounts auto|off|ID,...  keep RUN --mount=type=cache contents with the cache (default auto)
      --cache-mounts-max-size-mb N    a cache mount archive larger than this is not saved (default 1024)`;
