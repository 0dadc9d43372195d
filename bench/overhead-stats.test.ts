import { describe, expect, test } from 'vitest';
import { renderOverhead } from './overhead-render.js';
import { rawArgv } from './overhead-run.js';
import { overheadTargets, summariseOverhead, type CliStartTimes, type OverheadSample } from './overhead-stats.js';

const phases = { beforeDockerMs: 100, preBuildMs: 50, buildMs: 900, afterBuildMs: 20 };
const lc = (pair: number, wallMs: number, cpuMs: number, cliRssKb = 50 * 1024): OverheadSample => ({
  backend: 'registry',
  scenario: 'floor',
  pair,
  tool: 'layercache',
  wallMs,
  cpuMs,
  treeRssKb: cliRssKb,
  cliRssKb,
  cliCpuMs: cpuMs / 2,
  phases,
});
const raw = (pair: number, wallMs: number, cpuMs: number): OverheadSample => ({
  backend: 'registry',
  scenario: 'floor',
  pair,
  tool: 'raw',
  wallMs,
  cpuMs,
  treeRssKb: 52 * 1024,
});
const start: CliStartTimes = { helpMs: 40, dryRunMs: 130, nodeMs: 30, nodeRssKb: 40 * 1024 };

describe('summariseOverhead', () => {
  // Pair 3 is a noisy outlier on the raw side: the paired-delta median ignores it, a delta of medians would not.
  const samples = [
    lc(1, 1100, 400),
    raw(1, 1000, 150),
    lc(2, 1200, 420),
    raw(2, 1100, 140),
    lc(3, 1150, 410),
    raw(3, 3000, 160),
  ];
  const [row] = summariseOverhead(samples);

  test('one row per backend and scenario that has both sides', () => {
    expect(summariseOverhead(samples)).toHaveLength(1);
    expect(summariseOverhead(samples.filter((s) => s.tool === 'raw'))).toEqual([]);
    expect(row).toMatchObject({ backend: 'registry', scenario: 'floor', pairs: 3 });
  });

  test('medians, ratio and the median of per-pair deltas', () => {
    expect(row!.layercache.wallMs).toBe(1150);
    expect(row!.raw.wallMs).toBe(1100);
    expect(row!.wallRatio).toBeCloseTo(1150 / 1100);
    expect(row!.wallDeltaMs).toBe(100); // deltas 100, 100, -1850
    expect(row!.cpuDeltaMs).toBe(250); // 250, 280, 250
    expect(row!.rssDeltaKb).toBe(-2 * 1024);
    expect(row!.layercache.phases).toEqual(phases);
  });

  test('the CLI RSS is the largest seen, not the median', () => {
    const [r] = summariseOverhead([lc(1, 1, 1, 70 * 1024), raw(1, 1, 1), lc(2, 1, 1), raw(2, 1, 1)]);
    expect(r!.layercache.cliRssKb).toBe(70 * 1024);
  });
});

describe('overheadTargets', () => {
  test('met budgets have no reason; a miss says where the time went from the run', () => {
    const [row] = summariseOverhead([lc(1, 1500, 400, 70 * 1024), raw(1, 1000, 200)]);
    const targets = overheadTargets([row!], start);
    const by = (t: string) => targets.find((x) => x.title.includes(t))!;
    expect(by('wall time over').met).toBe(false);
    expect(by('wall time over').measured).toBe('+500 ms');
    expect(by('wall time over').reason).toContain('100 ms pass before the first docker call');
    expect(by('wall time over').reason).toContain('a bare `node -e 0` took 30 ms here');
    expect(by('wall time over').reason).toContain('−100 ms against the raw command');
    expect(by('CPU over').met).toBe(true);
    expect(by('CPU over').reason).toBeUndefined();
    expect(by('peak RSS').met).toBe(false);
    expect(by('peak RSS').reason).toContain('add 30.0 MB');
    expect(by('--help').met).toBe(true);
    expect(by('--dry-run').met).toBe(false);
    expect(by('--dry-run').reason).toContain('own share was 100 ms');
  });

  test('a budget exactly at its limit is met', () => {
    const [row] = summariseOverhead([lc(1, 1150, 500, 60 * 1024), raw(1, 1000, 200)]);
    expect(overheadTargets([row!], { ...start, dryRunMs: 120 }).every((t) => t.met)).toBe(true);
  });
});

test('rawArgv runs docker with the plugin argv and moves the metadata file', () => {
  expect(rawArgv(['buildx', 'build', '--metadata-file', '/gone/m.json', '.'], '/keep/m.json')).toEqual([
    'docker',
    'buildx',
    'build',
    '--metadata-file',
    '/keep/m.json',
    '.',
  ]);
});

/** A one-pair report: layercache 1.5 s / 0.4 CPU-s against raw 1.0 s / 0.2 CPU-s. */
function onePairReport() {
  const rows = summariseOverhead([lc(1, 1500, 400), raw(1, 1000, 200)]);
  return {
    generatedAt: 'T',
    pairs: 1,
    machine: { cpus: 2, loadAverage: [1, 1, 1], docker: 'd', buildx: 'b', node: 'n' },
    rows,
    start,
    targets: overheadTargets(rows, start),
  };
}

test('renderOverhead counts the misses', () => {
  const md = renderOverhead(onePairReport());
  expect(md).toContain('| registry | warm builder (floor) | 1.50 / 1.00 | 1.50x | +0.50 | 0.40 / 0.20 | +0.20 |');
  expect(md).toContain('2 of 5 missed in this run');
});

test('renderOverhead names the runs repeated after a registry 5xx, and says nothing when none was', () => {
  const base = onePairReport();
  const retried = renderOverhead({ ...base, retries: ['registry fresh pair 2 raw: 500 Internal Server Error'] });
  expect(retried).toContain('Repeated once after a registry 5xx (the sample is the repeat\'s): registry fresh pair 2');
  expect(renderOverhead({ ...base, retries: [] })).not.toContain('Repeated once');
});
