import { describe, expect, test } from 'vitest';
import type { BenchReport, Cell, Target } from './metrics.js';
import { formatTarget, renderMarkdown, renderSvg, unevenHitsNote } from './render.js';

const cell = (strategy: Cell['strategy'], scenario: Cell['scenario'], medianMs: number): Cell => ({
  strategy, scenario, runs: 3, medianMs, minMs: medianMs - 100, maxMs: medianMs + 100, pulledBytes: 2 * 1048576, pushedBytes: 1048576,
});

const cells = [cell('vendor', 'cold', 40_000), cell('auto', 'cold', 20_000), cell('auto', 'warm-nochange', 5_000)];

const report: BenchReport = {
  generatedAt: '2025-01-01T00:00:00Z', durationS: 600, runs: 3,
  machine: { cpus: 2, loadAverage: [1, 2, 3], docker: '26.1.5', buildx: '0.13.1', node: 'v20' },
  samples: [], cells, cacheBytes: { auto: 3 * 1048576 }, peakRssKb: { auto: 90 * 1024 },
  overhead: { planBuildMs: 0.05, dryRunMs: 120, dryRunRssKb: 50 * 1024, nodeStartMs: 40 },
  targets: [
    { id: 'a', title: 'auto: warm no-change / local-warm floor', value: 1.1, limit: 1.3, comparison: '<=', unit: 'x', met: true },
    { id: 'b', title: 'CLI RSS', value: 120, limit: 100, comparison: '<=', unit: 'MB', met: false, reason: 'preflight modules' },
  ],
};

describe('renderSvg', () => {
  const svg = renderSvg(cells);

  test('draws one bar per cell, scaled to the slowest', () => {
    const widths = [...svg.matchAll(/<rect x="190" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([560, 280, 70]);
  });

  test('labels the bars in seconds and is well-formed enough to open', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('>40.0</text>');
    expect(svg).toContain('>5.0</text>');
    expect(svg).toContain('vendor recipe (pull + inline)');
    expect(svg).not.toContain('warm, 1 dependency changed'); // no cell, no group
  });
});

describe('renderMarkdown', () => {
  const md = renderMarkdown(report);

  test('has the time table, transfer, costs and the chart', () => {
    expect(md).toContain('![Median wall time per build](benchmarks.svg)');
    expect(md).toMatch(/\| layercache auto \| \*\*20\.0\*\* \(19\.9–20\.1\) \| \*\*5\.0\*\*/);
    expect(md).toContain('| vendor recipe (pull + inline) | **40.0** (39.9–40.1) | — |');
    expect(md).toContain('2.0 ↓ / 1.0 ↑');
    expect(md).toContain('| layercache auto | 3.0 | 90.0 |');
  });

  test('counts missed targets and gives their reasons', () => {
    expect(md).toContain('1 of 2 missed in this run');
    expect(md).toContain('| CLI RSS | 120 MB | <= 100 MB | **missed** | preflight modules |');
    expect(md).toContain('Read the ratios, not the seconds');
  });
});

test.each<[Target, string[]]>([
  [{ id: 'x', title: 't', value: 1.25, limit: 1.3, comparison: '<=', unit: 'x', met: true }, ['t', '1.25x', '<= 1.3x', 'met', '']],
  [{ id: 'y', title: 'u', value: 0.8, limit: 1, comparison: '<', unit: 'x', met: true }, ['u', '0.80x', '< 1x', 'met', '']],
  [{ id: 'z', title: 'v', value: 274, limit: 150, comparison: '<=', unit: 'ms', met: false, reason: 'r' }, ['v', '274 ms', '<= 150 ms', '**missed**', 'r']],
])('formatTarget %#', (target, row) => {
  expect(formatTarget(target)).toEqual(row);
});

describe('unevenHitsNote', () => {
  const c = (cachedStepsByRun: number[]): Cell => ({ strategy: 'auto', scenario: 'warm-dependency', runs: 3, medianMs: 1, minMs: 1, maxMs: 1, pulledBytes: 0, pushedBytes: 0, cachedSteps: 4, totalSteps: 13, cachedStepsByRun });

  test('names each cell whose runs got different cache hits', () => {
    expect(unevenHitsNote([c([4, 0, 4])])).toContain('layercache auto, warm, 1 dependency changed: 4, 0, 4 of 13');
  });

  test('says nothing when every run got the same hits', () => {
    expect(unevenHitsNote([c([6, 6, 6])])).toBe('');
  });
});
