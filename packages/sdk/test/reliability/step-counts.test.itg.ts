// Issue 19, defect 10: under concurrency an 8-step Dockerfile was reported as 9-11 steps. When
// builds on one engine reach the same step at once, BuildKit merges them and streams the other
// build's vertex (same name, other digest) to each. Six builds of the 6-step app at once, each
// with its own source change, on an emptied builder: every report must count 6 steps.
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { copyFixture, resetBuilder } from '../../../../test-support/engine.js';
import { APP, buildApp } from './support/build.js';
import { record } from './support/figures.js';

describe('step counts of concurrent builds', () => {
  test('six builds at once sharing their dependency steps: each report counts each step once', async () => {
    await resetBuilder();
    const contexts = await Promise.all(Array.from({ length: 6 }, () => copyFixture(APP)));
    await Promise.all(
      contexts.map((c, i) => appendFile(path.join(c, 'src', 'main.txt'), `change ${i} ${Date.now()}\n`))
    );
    const builds = await Promise.all(contexts.map((context) => buildApp(context, { cache: { backend: 'none' } })));
    const totals = builds.map((b) => b.result.report.totalSteps);
    record('load', 'concurrent builds sharing steps: steps counted', {
      builds: totals.length,
      reportsWith6Steps: totals.filter((t) => t === 6).length,
      totals: totals.join(','),
    });
    expect(totals).toEqual([6, 6, 6, 6, 6, 6]);
    for (const b of builds) expect(new Set(b.result.report.steps.map((s) => s.name)).size).toBe(6);
  }, 300_000);
});
