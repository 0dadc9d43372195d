import { describe, expect, test } from 'vitest';
import { evaluateTargets, integrityCost, median, summarise, unevenCacheHits, withinNoise, type Cell, type Sample, type TargetInput } from './metrics.js';

describe('median', () => {
  test.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 90], 10],
  ])('median(%j) = %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  test('rejects no values', () => {
    expect(() => median([])).toThrow('median of no values');
  });
});

const sample = (over: Partial<Sample>): Sample => ({ strategy: 'registry', scenario: 'cold', run: 1, wallMs: 1000, pulledBytes: 0, pushedBytes: 0, ...over });

describe('summarise', () => {
  test('medians per strategy x scenario, with min, max and steps', () => {
    const cells = summarise([
      sample({ run: 1, wallMs: 3000, pulledBytes: 10, cachedSteps: 2, totalSteps: 10, backend: 'registry' }),
      sample({ run: 2, wallMs: 1000, pulledBytes: 30, cachedSteps: 4, totalSteps: 10, backend: 'registry' }),
      sample({ run: 3, wallMs: 2000, pulledBytes: 20, cachedSteps: 3, totalSteps: 10, backend: 'registry' }),
      sample({ strategy: 'vendor', wallMs: 9000 }),
    ]);
    expect(cells).toEqual([
      { strategy: 'vendor', scenario: 'cold', runs: 1, medianMs: 9000, minMs: 9000, maxMs: 9000, pulledBytes: 0, pushedBytes: 0 },
      { strategy: 'registry', scenario: 'cold', runs: 3, medianMs: 2000, minMs: 1000, maxMs: 3000, pulledBytes: 20, pushedBytes: 0, cachedSteps: 3, totalSteps: 10, cachedStepsByRun: [2, 4, 3], backend: 'registry' },
    ]);
  });
});

const cell = (strategy: Cell['strategy'], scenario: Cell['scenario'], medianMs: number, over: Partial<Cell> = {}): Cell => ({
  strategy, scenario, runs: 3, medianMs, minMs: medianMs * 0.99, maxMs: medianMs * 1.01, pulledBytes: 0, pushedBytes: 0, ...over,
});

const input = (cells: Cell[], over: Partial<TargetInput> = {}): TargetInput => ({
  cells, dryRunMs: 100, planBuildMs: 0.1, nodeStartMs: 40, peakRssKb: 80 * 1024, dryRunRssKb: 50 * 1024, ...over,
});

describe('evaluateTargets', () => {
  test.each([
    [12_000, 10_000, true, 1.2],
    [13_000, 10_000, true, 1.3],
    [14_000, 10_000, false, 1.4],
  ])('warm no-change %d ms against a floor of %d ms: met %s', (warm, floor, met, ratio) => {
    const targets = evaluateTargets(input([cell('registry', 'warm-nochange', warm), cell('registry', 'floor', floor)]));
    const t = targets.find((x) => x.id === 'warm-vs-floor:registry')!;
    expect(t).toMatchObject({ value: ratio, met, limit: 1.3 });
    expect(t.reason === undefined).toBe(met);
  });

  test('a source change must be 3x faster than cold; a mostly rebuilt inline build says why', () => {
    const targets = evaluateTargets(input([
      cell('registry', 'cold', 30_000), cell('registry', 'warm-source', 6_000),
      cell('inline', 'cold', 30_000), cell('inline', 'warm-source', 28_000, { cachedSteps: 2, totalSteps: 13 }),
    ]));
    expect(targets.find((t) => t.id === 'source-vs-cold:registry')).toMatchObject({ value: 5, met: true });
    const inline = targets.find((t) => t.id === 'source-vs-cold:inline')!;
    expect(inline.met).toBe(false);
    expect(inline.reason).toContain('only 2 of 13 steps');
    expect(inline.reason).toContain('mode=min');
  });

  test('auto is compared with the best manual recipe of each scenario', () => {
    const targets = evaluateTargets(input([
      cell('auto', 'cold', 10_400), cell('registry', 'cold', 10_000), cell('local', 'cold', 12_000),
      cell('auto', 'warm-source', 8_000, { backend: 'registry', pulledBytes: 50 * 1048576 }), cell('local', 'warm-source', 5_000), cell('vendor', 'warm-source', 20_000),
    ]));
    expect(targets.find((t) => t.id === 'auto-vs-best:cold')).toMatchObject({ value: 1.04, met: true, title: expect.stringContaining('(registry)') });
    const source = targets.find((t) => t.id === 'auto-vs-best:warm-source')!;
    expect(source).toMatchObject({ value: 1.6, met: false });
    expect(source.reason).toContain('auto used the registry backend and pulled 50.0 MB');
    expect(targets.find((t) => t.id === 'auto-vs-vendor:warm-source')).toMatchObject({ value: 0.4, met: true });
  });

  test('auto slower because its cache supplied fewer steps: the reason gives the steps of each run', () => {
    const targets = evaluateTargets(input([
      cell('auto', 'warm-dependency', 21_800, { backend: 'registry', cachedSteps: 4, totalSteps: 13, cachedStepsByRun: [4, 0, 4] }),
      cell('registry', 'warm-dependency', 13_200, { cachedSteps: 6, totalSteps: 13, cachedStepsByRun: [6, 6, 6] }),
    ]));
    expect(targets.find((t) => t.id === 'auto-vs-best:warm-dependency')!.reason).toContain('fewer steps to auto (4, 0, 4 of 13 by run) than to registry (6, 6, 6 of 13)');
  });

  test('unevenCacheHits lists only cells whose runs differ', () => {
    const uneven = cell('local', 'warm-dependency', 1, { cachedSteps: 4, totalSteps: 13, cachedStepsByRun: [6, 2, 4] });
    expect(unevenCacheHits([uneven, cell('registry', 'warm-dependency', 1, { cachedStepsByRun: [6, 6, 6] }), cell('vendor', 'cold', 1)])).toEqual([uneven]);
  });

  test('a miss inside the run-to-run spread is called noise', () => {
    const targets = evaluateTargets(input([
      cell('auto', 'floor', 3_000, { minMs: 2_500, maxMs: 4_000 }), cell('local', 'floor', 2_600, { minMs: 2_400, maxMs: 3_200 }),
    ]));
    expect(targets.find((t) => t.id === 'auto-vs-best:floor')!.reason).toContain('within run-to-run noise');
  });

  test.each([
    [149, 90, true, true],
    [151, 90, false, true],
    [100, 101, true, false],
  ])('dry run %d ms and RSS %d MB: dry-run met %s, RSS met %s', (dryRunMs, rssMb, dryMet, rssMet) => {
    const targets = evaluateTargets(input([], { dryRunMs, peakRssKb: rssMb * 1024 }));
    expect(targets.find((t) => t.id === 'dry-run-ms')!.met).toBe(dryMet);
    expect(targets.find((t) => t.id === 'cli-rss-mb')!.met).toBe(rssMet);
  });
});

test('withinNoise needs each median inside the other range', () => {
  expect(withinNoise(cell('auto', 'cold', 10, { minMs: 9, maxMs: 13 }), cell('local', 'cold', 12, { minMs: 10, maxMs: 13 }))).toBe(true);
  expect(withinNoise(cell('auto', 'cold', 10, { minMs: 9, maxMs: 10 }), cell('local', 'cold', 12, { minMs: 11, maxMs: 13 }))).toBe(false);
  // Ranges overlap, but auto's median lies outside the other's range: a real difference.
  expect(withinNoise(cell('auto', 'floor', 3.1, { minMs: 2.5, maxMs: 3.3 }), cell('vendor', 'floor', 1.2, { minMs: 0.8, maxMs: 2.9 }))).toBe(false);
});

test('a miss that the floor shows too is called a fixed cost per build', () => {
  const targets = evaluateTargets(input([
    cell('auto', 'warm-nochange', 3_500), cell('vendor', 'warm-nochange', 1_200),
    cell('auto', 'floor', 2_500), cell('vendor', 'floor', 800),
  ]));
  const reason = targets.find((t) => t.id === 'auto-vs-vendor:warm-nochange')!.reason!;
  expect(reason).toContain('2.3 s slower than vendor; most of it is a fixed cost per build');
  expect(reason).toContain('auto 2.5 s, vendor 0.8 s)');
});

test('a missed source speed-up names the bytes pulled to rebuild the app stage', () => {
  const targets = evaluateTargets(input([
    cell('auto', 'cold', 30_000), cell('auto', 'warm-source', 12_000, { cachedSteps: 10, totalSteps: 13, pulledBytes: 120 * 1048576 }), cell('auto', 'warm-nochange', 4_000),
  ]));
  const reason = targets.find((t) => t.id === 'source-vs-cold:auto')!.reason!;
  expect(reason).toContain('(12.0 s against 30.0 s cold)');
  expect(reason).toContain('120.0 MB');
  expect(reason).toContain('already takes 4.0 s');
});

describe('integrityCost', () => {
  test('medians over the builds that hashed a local cache; speed over all of them together', () => {
    const c = integrityCost([
      sample({ strategy: 'local', wallMs: 2000, integrityCheck: { bytesHashed: 100 * 1048576, ms: 500 } }),
      sample({ strategy: 'local', wallMs: 4000, integrityCheck: { bytesHashed: 300 * 1048576, ms: 1500 } }),
      sample({ strategy: 'local', wallMs: 9000, integrityCheck: { bytesHashed: 0, ms: 0 } }),
      sample({ strategy: 'registry', wallMs: 1000 }),
    ]);
    expect(c).toEqual({ builds: 2, medianBytes: 200 * 1048576, medianMs: 1000, mbPerSecond: 200, medianShareOfWall: 0.3125 });
  });

  test('no build read a local cache: nothing to report', () => {
    expect(integrityCost([sample({})])).toBeUndefined();
  });
});
