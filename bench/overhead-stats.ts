// The overhead table's numbers (issue #14): interleaved pairs of `layercache build` and the same raw
// `docker buildx build` argv -> one row per backend and scenario (medians, ratios, paired deltas)
// -> the budgets as met/missed, each miss explained from the run's own numbers. Pure: unit-tested.
import { median } from './metrics.js';

export const OVERHEAD_BACKENDS = ['inline', 'registry', 'local'] as const;
export type OverheadBackend = (typeof OVERHEAD_BACKENDS)[number];

/** floor: the builder already holds everything; fresh: an empty builder (a new CI runner). */
export const OVERHEAD_SCENARIOS = ['floor', 'fresh'] as const;
export type OverheadScenario = (typeof OVERHEAD_SCENARIOS)[number];

/** Where the layercache process spent its wall time, from the probe's child-process timestamps. */
export interface Phases {
  /** Process start to the first docker/buildx child: Node start, module loading, input checks. */
  beforeDockerMs: number;
  /** First docker child to the start of `buildx build`: preflight, cache lookups, records. */
  preBuildMs: number;
  /** The `buildx build` child itself. */
  buildMs: number;
  /** `buildx build` exit to process exit: record, cache commit, reports. */
  afterBuildMs: number;
}

export interface OverheadSample {
  backend: OverheadBackend;
  scenario: OverheadScenario;
  pair: number;
  tool: 'layercache' | 'raw';
  wallMs: number;
  /** user + system CPU of the whole process tree (the CLI and every child it waited for). */
  cpuMs: number;
  /** Peak RSS of the largest single process of the tree (KiB). */
  treeRssKb: number;
  /** layercache only: the Node.js process's own peak RSS and CPU (KiB, ms). */
  cliRssKb?: number;
  cliCpuMs?: number;
  phases?: Phases;
}

interface Side {
  wallMs: number;
  cpuMs: number;
  treeRssKb: number;
}

export interface OverheadRow {
  backend: OverheadBackend;
  scenario: OverheadScenario;
  pairs: number;
  layercache: Side & { cliRssKb: number; cliCpuMs: number; phases: Phases };
  raw: Side;
  /** Median layercache wall time over median raw wall time. */
  wallRatio: number;
  /** Medians of the per-pair differences (layercache minus raw). */
  wallDeltaMs: number;
  cpuDeltaMs: number;
  /** Largest process of each tree: layercache's minus raw's (KiB). */
  rssDeltaKb: number;
}

/** The CLI commands that never reach the engine, and a bare Node.js start at the same time. */
export interface CliStartTimes {
  helpMs: number;
  dryRunMs: number;
  nodeMs: number;
  /** Peak RSS of `node -e 0` (KiB): the floor under the CLI's own RSS. */
  nodeRssKb: number;
}

export const BUDGETS = { wallDeltaMs: 150, cpuDeltaMs: 300, cliRssMb: 60, startMs: 120 } as const;

const pick = (samples: OverheadSample[], f: (s: OverheadSample) => number | undefined): number =>
  median(samples.map(f).filter((v): v is number => v !== undefined));

function pairedDelta(mine: OverheadSample[], f: (s: OverheadSample) => number): number {
  const deltas: number[] = [];
  for (const pair of new Set(mine.map((s) => s.pair))) {
    const lc = mine.find((s) => s.pair === pair && s.tool === 'layercache');
    const raw = mine.find((s) => s.pair === pair && s.tool === 'raw');
    if (lc && raw) deltas.push(f(lc) - f(raw));
  }
  return median(deltas);
}

export function summariseOverhead(samples: OverheadSample[]): OverheadRow[] {
  const rows: OverheadRow[] = [];
  for (const backend of OVERHEAD_BACKENDS) {
    for (const scenario of OVERHEAD_SCENARIOS) {
      const mine = samples.filter((s) => s.backend === backend && s.scenario === scenario);
      const lc = mine.filter((s) => s.tool === 'layercache');
      const raw = mine.filter((s) => s.tool === 'raw');
      if (lc.length === 0 || raw.length === 0) continue;
      const phase = (k: keyof Phases) => pick(lc, (s) => s.phases?.[k]);
      const side = (list: OverheadSample[]): Side => ({
        wallMs: pick(list, (s) => s.wallMs),
        cpuMs: pick(list, (s) => s.cpuMs),
        treeRssKb: pick(list, (s) => s.treeRssKb),
      });
      const l = side(lc);
      const r = side(raw);
      rows.push({
        backend,
        scenario,
        pairs: Math.min(lc.length, raw.length),
        layercache: {
          ...l,
          cliRssKb: Math.max(...lc.map((s) => s.cliRssKb ?? 0)),
          cliCpuMs: pick(lc, (s) => s.cliCpuMs),
          phases: {
            beforeDockerMs: phase('beforeDockerMs'),
            preBuildMs: phase('preBuildMs'),
            buildMs: phase('buildMs'),
            afterBuildMs: phase('afterBuildMs'),
          },
        },
        raw: r,
        wallRatio: l.wallMs / r.wallMs,
        wallDeltaMs: pairedDelta(mine, (s) => s.wallMs),
        cpuDeltaMs: pairedDelta(mine, (s) => s.cpuMs),
        rssDeltaKb: l.treeRssKb - r.treeRssKb,
      });
    }
  }
  return rows;
}

export interface OverheadTarget {
  title: string;
  measured: string;
  budget: string;
  met: boolean;
  reason?: string;
}

const ms = (v: number) => `${Math.round(v)} ms`;
const sec = (v: number) => (v / 1000).toFixed(2);
const mb = (kb: number) => (kb / 1024).toFixed(1);
const signed = (v: number, f: (n: number) => string) => `${v >= 0 ? '+' : '−'}${f(Math.abs(v))}`;

/** Where the extra wall time went: the probe's phases against raw buildx's own wall time. */
export function wallReason(row: OverheadRow, start: CliStartTimes): string {
  const p = row.layercache.phases;
  const buildDelta = p.buildMs - row.raw.wallMs;
  return (
    `${ms(p.beforeDockerMs)} pass before the first docker call (Node.js start, loading the CLI, input checks; ` +
    `a bare \`node -e 0\` took ${ms(start.nodeMs)} here), ` +
    `${ms(p.preBuildMs)} from there to the start of buildx build (preflight, cache lookups), ` +
    `${ms(p.afterBuildMs)} after buildx exits (record, cache commit, report); buildx build itself took ${ms(
      p.buildMs,
    )}, ` +
    `${signed(buildDelta, ms)} against the raw command's whole run (${ms(row.raw.wallMs)})`
  );
}

export function cpuReason(row: OverheadRow): string {
  const node = row.layercache.cliCpuMs;
  const children = row.layercache.cpuMs - node;
  return (
    `the Node.js process itself used ${sec(node)} CPU-s; its docker/buildx children ${sec(children)} CPU-s against ` +
    `${sec(row.raw.cpuMs)} CPU-s for the raw command (docker CLI and buildx)`
  );
}

export function rssReason(row: OverheadRow, start: CliStartTimes): string {
  return (
    `the Node.js process peaked at ${mb(row.layercache.cliRssKb)} MB; a bare \`node -e 0\` peaks at ${mb(
      start.nodeRssKb,
    )} MB here, ` +
    `so the CLI's code and data add ${mb(
      row.layercache.cliRssKb - start.nodeRssKb,
    )} MB (raw buildx's largest process: ${mb(row.raw.treeRssKb)} MB)`
  );
}

const LABEL: Record<OverheadScenario, string> = { floor: 'warm builder', fresh: 'fresh runner' };

export function overheadTargets(rows: OverheadRow[], start: CliStartTimes): OverheadTarget[] {
  const out: OverheadTarget[] = [];
  for (const row of rows) {
    const name = `${row.backend}, ${LABEL[row.scenario]}`;
    const wallMet = row.wallDeltaMs <= BUDGETS.wallDeltaMs;
    const cpuMet = row.cpuDeltaMs <= BUDGETS.cpuDeltaMs;
    const rssMet = row.layercache.cliRssKb <= BUDGETS.cliRssMb * 1024;
    out.push(
      {
        title: `${name}: wall time over raw buildx`,
        measured: `${signed(row.wallDeltaMs, ms)}`,
        budget: `<= +${BUDGETS.wallDeltaMs} ms`,
        met: wallMet,
        ...(wallMet ? {} : { reason: wallReason(row, start) }),
      },
      {
        title: `${name}: CPU over raw buildx`,
        measured: `${signed(row.cpuDeltaMs / 1000, (v) => v.toFixed(2))} CPU-s`,
        budget: `<= +${BUDGETS.cpuDeltaMs / 1000} CPU-s`,
        met: cpuMet,
        ...(cpuMet ? {} : { reason: cpuReason(row) }),
      },
      {
        title: `${name}: peak RSS of the layercache process`,
        measured: `${mb(row.layercache.cliRssKb)} MB`,
        budget: `<= ${BUDGETS.cliRssMb} MB`,
        met: rssMet,
        ...(rssMet ? {} : { reason: rssReason(row, start) }),
      },
    );
  }
  const startReason = (what: number) =>
    `a bare \`node -e 0\` took ${ms(start.nodeMs)} at the same time; the CLI's own share was ${ms(
      what - start.nodeMs,
    )}`;
  for (const [title, value] of [
    ['`layercache --help`', start.helpMs],
    ['`layercache build --dry-run`', start.dryRunMs],
  ] as const) {
    const met = value <= BUDGETS.startMs;
    out.push({
      title: `${title} wall time`,
      measured: ms(value),
      budget: `<= ${BUDGETS.startMs} ms`,
      met,
      ...(met ? {} : { reason: startReason(value) }),
    });
  }
  return out;
}
