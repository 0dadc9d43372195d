// Renders the overhead run (bench/overhead-stats.ts) as Markdown: the overhead table, where the
// layercache process spent its time, and the targets table. Pure.
import type { CliStartTimes, OverheadRow, OverheadScenario, OverheadTarget } from './overhead-stats.js';

export interface OverheadReport {
  generatedAt: string;
  pairs: number;
  machine: { cpus: number; loadAverage: number[]; docker: string; buildx: string; node: string };
  rows: OverheadRow[];
  start: CliStartTimes;
  targets: OverheadTarget[];
  /** Runs repeated once after a registry 5xx (docker-registry's own race), with the first error's line. */
  retries?: string[];
}

const SCENARIO: Record<OverheadScenario, string> = { floor: 'warm builder (floor)', fresh: 'fresh runner' };
const s = (ms: number) => (ms / 1000).toFixed(2);
const mb = (kb: number) => (kb / 1024).toFixed(1);
const signed = (v: number, digits: number) => `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(digits)}`;

function retryLine(retries: string[] | undefined): string {
  if (!retries?.length) return '';
  return `\nRepeated once after a registry 5xx (the sample is the repeat's): ${retries.join('; ')}.`;
}

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

export function overheadTable(rows: OverheadRow[]): string {
  return table(
    [
      'backend',
      'scenario',
      'wall: layercache / raw (s)',
      'ratio',
      'Δ wall (s)',
      'CPU: layercache / raw (CPU-s)',
      'Δ CPU-s',
      'peak RSS: layercache CLI / largest raw process (MB)',
      'Δ largest process (MB)',
    ],
    rows.map((r) => [
      r.backend,
      SCENARIO[r.scenario],
      `${s(r.layercache.wallMs)} / ${s(r.raw.wallMs)}`,
      `${r.wallRatio.toFixed(2)}x`,
      signed(r.wallDeltaMs / 1000, 2),
      `${s(r.layercache.cpuMs)} / ${s(r.raw.cpuMs)}`,
      signed(r.cpuDeltaMs / 1000, 2),
      `${mb(r.layercache.cliRssKb)} / ${mb(r.raw.treeRssKb)}`,
      signed(r.rssDeltaKb / 1024, 1),
    ]),
  );
}

export function phaseTable(rows: OverheadRow[]): string {
  return table(
    [
      'backend',
      'scenario',
      'before the first docker call (ms)',
      'to buildx build (ms)',
      'buildx build (ms)',
      'after buildx (ms)',
      'Node.js process CPU (CPU-s)',
    ],
    rows.map((r) => {
      const p = r.layercache.phases;
      return [
        r.backend,
        SCENARIO[r.scenario],
        ...[p.beforeDockerMs, p.preBuildMs, p.buildMs, p.afterBuildMs].map((v) => v.toFixed(0)),
        s(r.layercache.cliCpuMs),
      ];
    }),
  );
}

export function targetsTable(targets: OverheadTarget[]): string {
  return table(
    ['budget', 'measured', 'goal', 'result', 'why missed'],
    targets.map((t) => [t.title, t.measured, t.budget, t.met ? 'met' : '**missed**', t.reason ?? '']),
  );
}

export function renderOverhead(report: OverheadReport): string {
  const m = report.machine;
  const missed = report.targets.filter((t) => !t.met).length;
  return `## Overhead against raw buildx (issue #14)

\`BENCH_ONLY=overhead pnpm bench\`: ${report.generatedAt}, ${report.pairs} interleaved pairs per row, ${m.cpus} cores
(load average at the end ${m.loadAverage.map((l) => l.toFixed(1)).join(' / ')}), Docker ${m.docker}, buildx ${
    m.buildx
  }, Node.js ${m.node}.
Each pair runs \`layercache build --push\` and the raw \`docker buildx build\` argv that layercache itself ran
(captured from its previous build), in alternating order. Medians; the deltas are medians of the per-pair differences.
What each change to the build path bought, run by run: [overhead.md](overhead.md).${retryLine(report.retries)}

${overheadTable(report.rows)}

Where the layercache process spent its wall time (median, from a \`--require\`d probe that timestamps each
child process):

${phaseTable(report.rows)}

\`layercache --help\`: ${report.start.helpMs.toFixed(
    0,
  )} ms, \`layercache build --dry-run\`: ${report.start.dryRunMs.toFixed(0)} ms,
a bare \`node -e 0\`: ${report.start.nodeMs.toFixed(0)} ms (${mb(report.start.nodeRssKb)} MB peak RSS).

### Overhead targets

${
  missed === 0
    ? 'Every budget was met in this run.'
    : `${missed} of ${report.targets.length} missed in this run; the last column says why, from this run's own numbers.`
}

${targetsTable(report.targets)}
`;
}
