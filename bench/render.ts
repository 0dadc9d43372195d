// Renders one BenchReport as docs/benchmarks.md (tables, targets, method) and docs/benchmarks.svg
// (a grouped bar chart drawn by hand: a few rects and texts need no chart library). Pure.
import { renderOverhead } from './overhead-render.js';
import {
  findCell,
  integrityCost,
  SCENARIOS,
  STRATEGIES,
  stepsByRun,
  unevenCacheHits,
  type BenchReport,
  type Cell,
  type Scenario,
  type Strategy,
  type Target,
} from './metrics.js';

export const SCENARIO_LABELS: Record<Scenario, string> = {
  cold: 'cold',
  'warm-nochange': 'warm, no change',
  'warm-source': 'warm, 1 source file changed',
  'warm-dependency': 'warm, 1 dependency changed',
  floor: 'local-warm floor',
};

export const STRATEGY_LABELS: Record<Strategy, string> = {
  vendor: 'vendor recipe (pull + inline)',
  inline: 'layercache inline',
  registry: 'layercache registry (max)',
  local: 'layercache local',
  auto: 'layercache auto',
};

/** Shorter scenario names for the chart's left margin. */
const CHART_LABELS: Record<Scenario, string> = {
  cold: 'cold',
  'warm-nochange': 'warm, no change',
  'warm-source': 'warm, 1 source file',
  'warm-dependency': 'warm, 1 dependency',
  floor: 'local-warm floor',
};

const COLORS: Record<Strategy, string> = {
  vendor: '#8d8d8d',
  inline: '#e9a03b',
  registry: '#2a9d8f',
  local: '#457b9d',
  auto: '#d62839',
};

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function renderSvg(cells: Cell[]): string {
  const bar = 14;
  const gap = 3;
  const groupGap = 22;
  const left = 190;
  const plotWidth = 560;
  const top = 58;
  const width = left + plotWidth + 70;
  const strategies = STRATEGIES.filter((st) => cells.some((c) => c.strategy === st));
  const scenarios = SCENARIOS.filter((sc) => cells.some((c) => c.scenario === sc));
  const groupHeight = strategies.length * (bar + gap);
  const height = top + scenarios.length * (groupHeight + groupGap) + 10;
  const maxMs = Math.max(1, ...cells.map((c) => c.medianMs));
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="10" y="20" font-size="15" font-weight="bold">Median wall time per build (seconds, lower is better)</text>`,
  ];
  let legendX = 10;
  for (const st of strategies) {
    out.push(
      `<rect x="${legendX}" y="32" width="12" height="12" fill="${COLORS[st]}"/>`,
      `<text x="${legendX + 16}" y="42">${escapeXml(STRATEGY_LABELS[st])}</text>`
    );
    legendX += 16 + STRATEGY_LABELS[st].length * 6.2 + 14; // about 6 px per character at 12 px
  }
  scenarios.forEach((sc, g) => {
    const y0 = top + g * (groupHeight + groupGap);
    out.push(
      `<text x="${left - 8}" y="${y0 + groupHeight / 2 + 4}" text-anchor="end" font-weight="bold">${escapeXml(
        CHART_LABELS[sc]
      )}</text>`
    );
    strategies.forEach((st, i) => {
      const cell = findCell(cells, st, sc);
      if (!cell) return;
      const y = y0 + i * (bar + gap);
      const w = Math.max(1, (cell.medianMs / maxMs) * plotWidth);
      out.push(
        `<rect x="${left}" y="${y}" width="${w.toFixed(1)}" height="${bar}" fill="${COLORS[st]}"><title>${escapeXml(
          `${STRATEGY_LABELS[st]}, ${SCENARIO_LABELS[sc]}: ${seconds(cell.medianMs)} s`
        )}</title></rect>`,
        `<text x="${(left + w + 4).toFixed(1)}" y="${y + bar - 3}">${seconds(cell.medianMs)}</text>`
      );
    });
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => ' --- ').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** One row per strategy, one column per scenario; `cell` writes a measured cell. */
function scenarioTable(report: BenchReport, cell: (c: NonNullable<ReturnType<typeof findCell>>) => string): string {
  return table(
    ['strategy', ...SCENARIOS.map((sc) => SCENARIO_LABELS[sc])],
    STRATEGIES.map((st) => [
      STRATEGY_LABELS[st],
      ...SCENARIOS.map((sc) => {
        const c = findCell(report.cells, st, sc);
        return c ? cell(c) : '—';
      }),
    ])
  );
}

function timeTable(report: BenchReport): string {
  return scenarioTable(report, (c) => {
    const steps = c.cachedSteps !== undefined ? ` · ${c.cachedSteps}/${c.totalSteps} cached` : '';
    return `**${seconds(c.medianMs)}** (${seconds(c.minMs)}–${seconds(c.maxMs)})${steps}`;
  });
}

function transferTable(report: BenchReport): string {
  return scenarioTable(report, (c) => `${megabytes(c.pulledBytes)} ↓ / ${megabytes(c.pushedBytes)} ↑`);
}

function costTable(report: BenchReport): string {
  return table(
    ['strategy', 'cache at rest (MB)', 'peak CLI RSS (MB)', 'backend used'],
    STRATEGIES.map((st) => {
      const bytes = report.cacheBytes[st];
      const rss = report.peakRssKb[st];
      const backend =
        report.cells.find((c) => c.strategy === st && c.backend)?.backend ??
        (st === 'vendor' ? 'docker build (inline)' : '—');
      return [
        STRATEGY_LABELS[st],
        bytes === undefined ? '—' : megabytes(bytes),
        rss === undefined ? '—' : (rss / 1024).toFixed(1),
        backend,
      ];
    })
  );
}

/** One bullet on what hashing the local cache before each build costs (absent when no build read one). */
export function integrityLine(report: Pick<BenchReport, 'samples'>): string {
  const c = integrityCost(report.samples);
  if (!c) return '- Local cache digest check: no build in this run read a local cache.';
  return `- Local cache digest check (every blob of the snapshots read is hashed before the build; ${c.builds} builds):
  median **${megabytes(c.medianBytes)} MB in ${(c.medianMs / 1000).toFixed(2)} s**, ${c.mbPerSecond.toFixed(0)} MB/s, \
${(c.medianShareOfWall * 100).toFixed(1)}% of the build's wall time.`;
}

export function formatTarget(t: Target): string[] {
  const value = t.unit === 'x' ? `${t.value.toFixed(2)}x` : `${t.value} ${t.unit}`;
  const limit = t.unit === 'x' ? `${t.comparison} ${t.limit}x` : `${t.comparison} ${t.limit} ${t.unit}`;
  return [t.title, value, limit, t.met ? 'met' : '**missed**', t.reason ?? ''];
}

function targetTable(targets: Target[]): string {
  return table(['target', 'measured', 'goal', 'result', 'why missed'], targets.map(formatTarget));
}

export function renderMarkdown(report: BenchReport): string {
  const missed = report.targets.filter((t) => !t.met).length;
  const m = report.machine;
  return `# Benchmarks

How much faster does a CI build get with layercache, what does it cost in registry transfer and
storage, and how much does layercache itself add? \`pnpm bench\` measures it in one run, on the
same real engine and registry the integration tests use, and rewrites this page, the chart
[benchmarks.svg](benchmarks.svg) and the raw numbers [benchmarks.json](benchmarks.json).

This run: ${report.generatedAt}, ${report.runs} runs per cell, ${Math.round(report.durationS / 60)} min in all, on
${m.cpus} cores (load average at the end ${m.loadAverage.map((l) => l.toFixed(1)).join(' / ')}), Docker ${
    m.docker
  }, buildx ${m.buildx}, Node.js ${m.node}.

> **Read the ratios, not the seconds.** This machine has 2 cores shared with other jobs that build
> at the same time, so absolute times are noisy and slower than on a quiet runner. Every strategy
> runs interleaved with the others in the same run (run 1 of each, then run 2 of each, ...), so the
> ratios between cells of one run are what counts. Each cell shows the median and, in brackets, the
> fastest and slowest run; a range wider than 2x means the load from other jobs changed during the run.

![Median wall time per build](benchmarks.svg)

## Median wall time (seconds)

Whole CI step: for the vendor recipe \`docker pull\` + \`docker build\` + \`docker push\`, for layercache
one \`layercache build --push\` process. "x/y cached" is the build steps the cache supplied.

${timeTable(report)}
${unevenHitsNote(report.cells)}
## Registry transfer per build (MB pulled ↓ / pushed ↑, median)

Counted by a TCP proxy in front of the registry that every strategy reads and writes through
(HTTP headers included). The base images come from the registry directly, like images from a
public registry, and are not counted.

${transferTable(report)}

## Storage and process cost

${costTable(report)}

- Cache at rest: what the next build reads. vendor and inline: the pushed image (the cache rides in it,
  final stage only); registry and auto: the cache manifest and every blob it lists (all stages);
  local: the cache directory on disk (current snapshot plus the one kept before it; blobs they share are hard links, counted once).
${integrityLine(report)}
- \`planBuild\` (in-process, median of 200 calls): **${report.overhead.planBuildMs.toFixed(3)} ms**.
- \`layercache build --dry-run\` (whole process, median of 7): **${report.overhead.dryRunMs.toFixed(
    0
  )} ms**, peak RSS ${(report.overhead.dryRunRssKb / 1024).toFixed(1)} MB
  (a bare \`node -e 0\` took ${report.overhead.nodeStartMs.toFixed(0)} ms at the same time).

## Targets

Reported, never asserted in tests. ${
    missed === 0
      ? 'All targets were met in this run.'
      : `${missed} of ${report.targets.length} missed in this run; the last column says why, from this run's own numbers.`
  }

${targetTable(report.targets)}
${report.overheadRun ? `\n${renderOverhead(report.overheadRun)}` : ''}
## What is measured

**Fixture** (\`bench/fixture\`): a C application in a multi-stage Dockerfile.
- Toolchain: Debian bookworm (minbase + gcc + make), made locally with \`debootstrap\` from the mirror in
  \`/etc/apt/sources.list.d/debian.sources\` and pushed to the test registry once (\`bench/toolchain-image.sh\`).
- Dependency stages, built in parallel: zlib, Lua 5.4 and zstd, compiled from the upstream sources of
  Debian's own source packages (\`bench/vendor-sources.sh\`, fetched once with \`apt-get source\`).
  This is the real work of a cold build: about 25 s of CPU time on one idle core (zstd without its
  decompressor, dictionary builder and legacy formats, at -O2, to keep 75 builds inside the time budget).
- Source stage: the app (\`squeeze\`, three C files) compiled and linked statically against the three libraries.
- Runtime stage: busybox plus the one binary.
- Builds run with \`--network none\`; everything they need is in the base image or the context.

**Scenarios.** Each starts on a fresh builder (\`docker buildx prune --all --force\` and every image
removed, as on a new CI runner), except the floor:
1. cold: no cache anywhere (each run uses its own cache refs and directory);
2. warm, no change: the cache the cold build wrote;
3. warm, one source file changed: a function added to \`app/src/main.c\`;
4. warm, one dependency changed: a function added to Lua's \`lapi.c\` (rebuilds the Lua stage and everything after it);
5. local-warm floor: the same command again right after the cold build, on the builder that keeps its
   state. This is the best any remote cache can do.

**Strategies.**
- vendor recipe, as in GitLab's and Semaphore's Docker layer caching docs:
  \`docker pull IMAGE:latest || true\`, \`docker build --cache-from IMAGE:latest --build-arg BUILDKIT_INLINE_CACHE=1 --tag IMAGE:latest .\`,
  \`docker push IMAGE:latest\`.
- \`layercache build --push --backend inline | registry | local\` (registry with mode=max, the default), and
  \`layercache build --push --cache-ref REPO\` with the default backend \`auto\`. All with \`--branch main\`.

**Metrics.** Wall time of the whole step, median over ${report.runs} runs; bytes through the registry proxy;
cache size at rest after the last build; peak RSS of the layercache CLI process (its own \`getrusage\`
maximum, written on exit by a \`--require\`d probe, so the docker processes it starts are not counted).

Sources for the vendor recipe: GitLab, "Make Docker-in-Docker builds faster with Docker layer caching"
(https://docs.gitlab.com/ci/docker/docker_layer_caching/); Semaphore, "Docker layer caching"
(renderedtext/semaphore-docs-new, \`source/docs/docker/docker-layer-caching.md\`).

## Running it

\`\`\`sh
pnpm bench                 # all strategies, 3 runs each: 75 timed builds, rewrites docs/benchmarks.*
BENCH_RUNS=1 BENCH_STRATEGIES=registry,auto pnpm bench   # a quick look, written to bench/.out/results/
BENCH_ONLY=install BENCH_PAIRS=3 pnpm bench            # only the install table (packed/installed size, offline install, --help/--dry-run); no engine
BENCH_ONLY=mounts pnpm bench                             # only the "dependency changed, with a package cache mount" table (bench/mounts.ts)
BENCH_ONLY=overhead BENCH_PAIRS=5 pnpm bench           # only the overhead table against raw buildx, to bench/.out/results/overhead.md
node bench/.out/main.js --render-only                     # re-render this page from docs/benchmarks.json
\`\`\`

It starts its own engine (\`LAYERCACHE_ENGINE_NAME=bench\`, registry on port 5065 unless set), makes the
toolchain image and fetches the library sources on first use (both are kept for later runs), and
prints each build with an estimate of the time left. The header above gives this run's duration.
Each run pushes its own cache refs, so the bench registry grows by a few hundred MB per full run.
`;
}

/** Says which cells got different cache hits from run to run (the medians alone would hide it). */
export function unevenHitsNote(cells: Cell[]): string {
  const uneven = unevenCacheHits(cells);
  if (uneven.length === 0) return '';
  const list = uneven
    .map((c) => `${STRATEGY_LABELS[c.strategy]}, ${SCENARIO_LABELS[c.scenario]}: ${stepsByRun(c)}`)
    .join('; ');
  return `
The cache supplied a different number of steps from run to run in these cells, for the same change:
${list} (cached steps per run). In each run, the dependency-change build reads the cache that the
one-source-change build before it exported, and that build was only partly cached: BuildKit's
re-export of a partly cached build can lack records of stages it only imported. layercache also
reads the generation before ([backends.md](backends.md)); the cells listed were uneven all the same.
`;
}
