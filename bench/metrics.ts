// The benchmark's numbers: samples -> per-cell medians -> targets (ratios with a verdict and,
// when missed, a reason drawn from the same numbers). Pure: no I/O, so it is unit-tested.

export const SCENARIOS = ['cold', 'warm-nochange', 'warm-source', 'warm-dependency', 'floor'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export const STRATEGIES = ['vendor', 'inline', 'registry', 'local', 'auto'] as const;
export type Strategy = (typeof STRATEGIES)[number];

/** The layercache strategies (the vendor recipe is the baseline, not a target). */
export const LAYERCACHE: Strategy[] = ['inline', 'registry', 'local', 'auto'];

/** Scenarios where the vendor recipe `docker pull`s the whole last image before building. */
export const VENDOR_PULLS: Scenario[] = ['warm-nochange', 'warm-source', 'warm-dependency'];

/** One timed build of one strategy in one scenario. */
export interface Sample {
  strategy: Strategy;
  scenario: Scenario;
  run: number;
  wallMs: number;
  pulledBytes: number;
  pushedBytes: number;
  /** Peak RSS of the layercache CLI process (KiB); absent for the vendor recipe. */
  rssKb?: number;
  cachedSteps?: number;
  totalSteps?: number;
  /** The backend layercache used (what `auto` resolved to). */
  backend?: string;
  /** Local backend: the digest check of the snapshots read, from the report's cost fields. */
  integrityCheck?: { bytesHashed: number; ms: number };
}

/** The medians of one strategy x scenario. */
export interface Cell {
  strategy: Strategy;
  scenario: Scenario;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  pulledBytes: number;
  pushedBytes: number;
  cachedSteps?: number;
  totalSteps?: number;
  /** Steps the cache supplied in each run, in run order (a spread means the cache differed between runs). */
  cachedStepsByRun?: number[];
  backend?: string;
}

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function summarise(samples: Sample[]): Cell[] {
  const cells: Cell[] = [];
  for (const strategy of STRATEGIES) {
    for (const scenario of SCENARIOS) {
      const mine = samples.filter((s) => s.strategy === strategy && s.scenario === scenario);
      if (mine.length === 0) continue;
      const walls = mine.map((s) => s.wallMs);
      const steps = mine.filter((s) => s.cachedSteps !== undefined && s.totalSteps !== undefined);
      cells.push({
        strategy,
        scenario,
        runs: mine.length,
        medianMs: median(walls),
        minMs: Math.min(...walls),
        maxMs: Math.max(...walls),
        pulledBytes: median(mine.map((s) => s.pulledBytes)),
        pushedBytes: median(mine.map((s) => s.pushedBytes)),
        ...(steps.length > 0
          ? {
              cachedSteps: median(steps.map((s) => s.cachedSteps!)),
              totalSteps: median(steps.map((s) => s.totalSteps!)),
              cachedStepsByRun: [...steps].sort((a, b) => a.run - b.run).map((s) => s.cachedSteps!),
            }
          : {}),
        ...(mine[0]!.backend ? { backend: mine[0]!.backend } : {}),
      });
    }
  }
  return cells;
}

/** What the local cache's digest check (issue #19) costs the builds that read a local cache. */
export interface IntegrityCost {
  builds: number;
  medianBytes: number;
  medianMs: number;
  /** Hashing speed over all those builds together. */
  mbPerSecond: number;
  /** Median share of the whole build's wall time. */
  medianShareOfWall: number;
}

export function integrityCost(samples: Sample[]): IntegrityCost | undefined {
  const checked = samples.filter((x) => x.integrityCheck && x.integrityCheck.bytesHashed > 0);
  if (checked.length === 0) return undefined;
  const bytes = checked.reduce((t, x) => t + x.integrityCheck!.bytesHashed, 0);
  const ms = checked.reduce((t, x) => t + x.integrityCheck!.ms, 0);
  return {
    builds: checked.length,
    medianBytes: median(checked.map((x) => x.integrityCheck!.bytesHashed)),
    medianMs: median(checked.map((x) => x.integrityCheck!.ms)),
    mbPerSecond: ms === 0 ? Infinity : bytes / 1024 / 1024 / (ms / 1000),
    medianShareOfWall: median(checked.map((x) => x.integrityCheck!.ms / x.wallMs)),
  };
}

export function findCell(cells: Cell[], strategy: Strategy, scenario: Scenario): Cell | undefined {
  return cells.find((c) => c.strategy === strategy && c.scenario === scenario);
}

export interface Target {
  id: string;
  title: string;
  value: number;
  limit: number;
  comparison: '<=' | '>=' | '<';
  unit: 'x' | 'ms' | 'MB';
  met: boolean;
  /** Why it was missed, from the measured numbers (only when missed). */
  reason?: string;
}

export interface TargetInput {
  cells: Cell[];
  dryRunMs: number;
  planBuildMs: number;
  /** Wall time of a bare `node -e 0` on the same machine at the same time. */
  nodeStartMs: number;
  /** Peak RSS of any layercache CLI process over the whole run (KiB). */
  peakRssKb: number;
  /** Peak RSS of the dry run, which plans without preflight (KiB). */
  dryRunRssKb: number;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const s = (ms: number) => (ms / 1000).toFixed(1);
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

function verdict(value: number, comparison: Target['comparison'], limit: number): boolean {
  if (comparison === '<=') return value <= limit;
  if (comparison === '>=') return value >= limit;
  return value < limit;
}

/** Within noise: each median lies inside the other's fastest..slowest range. */
export function withinNoise(a: Cell, b: Cell): boolean {
  const inside = (x: Cell, range: Cell) => x.medianMs >= range.minMs && x.medianMs <= range.maxMs;
  return inside(a, b) && inside(b, a);
}

export function evaluateTargets(input: TargetInput): Target[] {
  const { cells } = input;
  const targets: Target[] = [];
  const add = (t: Omit<Target, 'met' | 'reason'>, reason: () => string) => {
    const met = verdict(t.value, t.comparison, t.limit);
    targets.push({ ...t, value: round(t.value), met, ...(met ? {} : { reason: reason() }) });
  };

  for (const strategy of LAYERCACHE) {
    const warm = findCell(cells, strategy, 'warm-nochange');
    const floor = findCell(cells, strategy, 'floor');
    if (!warm || !floor) continue;
    add(
      {
        id: `warm-vs-floor:${strategy}`,
        title: `${strategy}: warm no-change / local-warm floor`,
        value: warm.medianMs / floor.medianMs,
        limit: 1.3,
        comparison: '<=',
        unit: 'x',
      },
      () => warmReason(strategy, warm, floor)
    );
  }
  for (const strategy of LAYERCACHE) {
    const cold = findCell(cells, strategy, 'cold');
    const source = findCell(cells, strategy, 'warm-source');
    const warm = findCell(cells, strategy, 'warm-nochange');
    if (!cold || !source) continue;
    add(
      {
        id: `source-vs-cold:${strategy}`,
        title: `${strategy}: speed-up of one source change over cold`,
        value: cold.medianMs / source.medianMs,
        limit: 3,
        comparison: '>=',
        unit: 'x',
      },
      () => sourceReason(strategy, cold, source, warm)
    );
  }
  for (const scenario of SCENARIOS) {
    const auto = findCell(cells, 'auto', scenario);
    const manual = cells.filter((c) => c.scenario === scenario && c.strategy !== 'auto');
    if (!auto || manual.length === 0) continue;
    const best = manual.reduce((a, b) => (b.medianMs < a.medianMs ? b : a));
    add(
      {
        id: `auto-vs-best:${scenario}`,
        title: `auto / best manual recipe (${best.strategy}), ${scenario}`,
        value: auto.medianMs / best.medianMs,
        limit: 1.05,
        comparison: '<=',
        unit: 'x',
      },
      () => compareReason(auto, best, cells)
    );
  }
  for (const scenario of VENDOR_PULLS) {
    const auto = findCell(cells, 'auto', scenario);
    const vendor = findCell(cells, 'vendor', scenario);
    if (!auto || !vendor) continue;
    add(
      {
        id: `auto-vs-vendor:${scenario}`,
        title: `auto / vendor recipe (pulls the last image), ${scenario}`,
        value: auto.medianMs / vendor.medianMs,
        limit: 1,
        comparison: '<',
        unit: 'x',
      },
      () => compareReason(auto, vendor, cells)
    );
  }
  add(
    {
      id: 'dry-run-ms',
      title: '`layercache build --dry-run` wall time',
      value: input.dryRunMs,
      limit: 150,
      comparison: '<=',
      unit: 'ms',
    },
    () =>
      `planBuild itself takes ${input.planBuildMs.toFixed(3)} ms and a bare Node.js start ${input.nodeStartMs.toFixed(
        0
      )} ms here; the other ${(input.dryRunMs - input.nodeStartMs - input.planBuildMs).toFixed(
        0
      )} ms is loading the CLI's modules (the SDK index pulls in zod schemas, the lint library and yaml)`
  );
  add(
    {
      id: 'cli-rss-mb',
      title: 'peak RSS of the layercache CLI process',
      value: input.peakRssKb / 1024,
      limit: 100,
      comparison: '<=',
      unit: 'MB',
    },
    () =>
      `a dry run, which skips preflight, peaks at ${(input.dryRunRssKb / 1024).toFixed(
        0
      )} MB; a real build loads preflight's modules at run time (importing @docker/actions-toolkit's buildx module alone takes a bare Node.js process from about 39 to 86 MB, dockerode to 67 MB)`
  );
  return targets;
}

function warmReason(strategy: Strategy, warm: Cell, floor: Cell): string {
  const extra = `${s(warm.medianMs - floor.medianMs)} s more than the floor`;
  if (strategy === 'local') {
    return `${extra}: a fresh builder first imports the cached layers (all stages, mode=max) from the cache directory, which the floor builder already holds, and BuildKit's export to the new snapshot reads them again (blobs already there are hard links, and the snapshot is discarded when every step was cached)`;
  }
  const pulled = warm.pulledBytes - floor.pulledBytes;
  return `${extra}: a fresh builder fetches the cache from the registry (${mb(
    Math.max(pulled, 0)
  )} MB more pulled than on the floor) and must pull the layers it exports or pushes`;
}

function sourceReason(strategy: Strategy, cold: Cell, source: Cell, warm: Cell | undefined): string {
  if (
    source.cachedSteps !== undefined &&
    source.totalSteps !== undefined &&
    source.cachedSteps < source.totalSteps / 2
  ) {
    return `only ${source.cachedSteps} of ${source.totalSteps} steps came from the cache: ${
      strategy === 'inline'
        ? 'inline caches the final stage only (mode=min), so the dependency stages are rebuilt'
        : 'the dependency stages were rebuilt'
    }`;
  }
  const parts = [
    `the app stage is rebuilt on a fresh builder (${s(source.medianMs)} s against ${s(cold.medianMs)} s cold)`,
  ];
  if (source.pulledBytes > 10 * 1024 * 1024)
    parts.push(
      `it first pulls the cached stages it builds on (${mb(
        source.pulledBytes
      )} MB: the toolchain and the three libraries)`
    );
  if (warm)
    parts.push(
      `a no-change build of the same strategy already takes ${s(warm.medianMs)} s (cache import, export, push)`
    );
  return parts.join('; ');
}

function compareReason(auto: Cell, other: Cell, cells: Cell[]): string {
  const delta = auto.medianMs - other.medianMs;
  const head = `${s(delta)} s slower than ${other.strategy}`;
  if (withinNoise(auto, other)) {
    return `${head}, within run-to-run noise: auto ${s(auto.minMs)}–${s(auto.maxMs)} s, ${other.strategy} ${s(
      other.minMs
    )}–${s(other.maxMs)} s`;
  }
  const used = auto.backend ? `auto used the ${auto.backend} backend` : 'auto';
  const transfer = `${used} and pulled ${mb(auto.pulledBytes)} MB / pushed ${mb(auto.pushedBytes)} MB, ${
    other.strategy
  } pulled ${mb(other.pulledBytes)} MB / pushed ${mb(other.pushedBytes)} MB`;
  if (auto.cachedSteps !== undefined && other.cachedSteps !== undefined && auto.cachedSteps < other.cachedSteps) {
    return `${head}: the cache supplied fewer steps to auto (${stepsByRun(auto)} by run) than to ${
      other.strategy
    } (${stepsByRun(other)}) for the same change; ${transfer}`;
  }
  const autoFloor = findCell(cells, 'auto', 'floor');
  const otherFloor = findCell(cells, other.strategy, 'floor');
  if (autoFloor && otherFloor && autoFloor.medianMs - otherFloor.medianMs >= delta / 2) {
    return `${head}; most of it is a fixed cost per build, seen on the floor too (a builder that already has everything: auto ${s(
      autoFloor.medianMs
    )} s, ${other.strategy} ${s(
      otherFloor.medianMs
    )} s): the Node.js CLI with its preflight, and auto's mode=max cache export; ${transfer}`;
  }
  return `${head}: ${transfer}`;
}

/** "4, 0, 4 of 13" */
export function stepsByRun(cell: Cell): string {
  return `${(cell.cachedStepsByRun ?? [cell.cachedSteps]).join(', ')} of ${cell.totalSteps}`;
}

/** Cells whose runs got different numbers of cached steps for the same scenario. */
export function unevenCacheHits(cells: Cell[]): Cell[] {
  return cells.filter((c) => c.cachedStepsByRun !== undefined && new Set(c.cachedStepsByRun).size > 1);
}

/** Everything one run measured: written as docs/benchmarks.json and rendered to the docs page. */
export interface BenchReport {
  generatedAt: string;
  durationS: number;
  runs: number;
  machine: { cpus: number; loadAverage: number[]; docker: string; buildx: string; node: string };
  samples: Sample[];
  cells: Cell[];
  /** Bytes each strategy's cache occupies at rest after the last build of its last run. */
  cacheBytes: Partial<Record<Strategy, number>>;
  /** Peak RSS of the CLI per layercache strategy over all its builds (KiB). */
  peakRssKb: Partial<Record<Strategy, number>>;
  overhead: { planBuildMs: number; dryRunMs: number; dryRunRssKb: number; nodeStartMs: number };
  targets: Target[];
  /** layercache against the same raw buildx argv (bench/overhead-run.ts). */
  overheadRun?: import('./overhead-render.js').OverheadReport;
}
