// Load: six builds at once writing the same branch's cache (each with its own small source
// change), two more on other branches, for the registry and the local backend. All succeed, the
// final caches are complete (every referenced blob exists), and a fresh runner builds from them.
import { mkdtemp, readdir, readlink, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { copyFixture, resetBuilder, uniqueRepo } from '../../../../test-support/engine.js';
import { inspectSnapshot } from '../../src/backends/local/snapshot.js';
import type { BuildOptionsInput } from '../../src/index.js';
import { APP, buildApp, engine } from './support/build.js';
import { checkCacheBlobs, listTags, splitRef } from './support/registry-api.js';
import { record } from './support/figures.js';

const SAME_BRANCH = 6;
const OTHER_BRANCHES = ['other/one', 'other/two'];

/** One job per build: its own context with a source line of its own. */
async function jobs(): Promise<Array<{ context: string; branch: string }>> {
  const branches = [...Array.from({ length: SAME_BRANCH }, () => 'feat/load'), ...OTHER_BRANCHES];
  return Promise.all(
    branches.map(async (branch, i) => {
      const context = await copyFixture(APP);
      await writeFile(path.join(context, 'src', 'main.txt'), `concurrent build ${i}\n`);
      return { context, branch };
    })
  );
}

/** Runs every job at once; returns how many succeeded and the reports' warnings. */
async function runAll(
  all: Array<{ context: string; branch: string }>,
  cache: (branch: string) => BuildOptionsInput['cache']
) {
  const settled = await Promise.allSettled(all.map((j) => buildApp(j.context, { cache: cache(j.branch) })));
  const failures = settled
    .filter((s): s is PromiseRejectedResult => s.status === 'rejected')
    .map((s) => String(s.reason));
  const results = settled
    .filter((s): s is PromiseFulfilledResult<Awaited<ReturnType<typeof buildApp>>> => s.status === 'fulfilled')
    .map((s) => s.value.result);
  return { failures, results };
}

/** A fresh runner on the winner's branch: the dependency stage comes from the cache. */
async function freshRunnerBuild(cache: BuildOptionsInput['cache']) {
  await resetBuilder();
  const context = await copyFixture(APP);
  await writeFile(path.join(context, 'src', 'main.txt'), 'concurrent build 0\n');
  const r = (await buildApp(context, { cache })).result.report;
  const deps = r.steps.filter((s) => s.name.startsWith('[deps'));
  return { report: r, depsCached: deps.length > 0 && deps.every((s) => s.cached) };
}

describe(`${SAME_BRANCH} builds at once on one branch, ${OTHER_BRANCHES.length} on others`, () => {
  test('registry: all green, every cache ref complete, and a fresh runner builds from it', async () => {
    const repo = uniqueRepo(engine(), 'concurrent');
    await resetBuilder();
    const { failures, results } = await runAll(await jobs(), (branch) => ({
      backend: 'registry',
      ref: repo,
      keys: { branch },
    }));
    expect(failures).toEqual([]);
    // Listed, not just counted, so a failure shows which warning a concurrent build got.
    expect(results.flatMap((r) => r.report.warnings)).toEqual([]);
    expect(results.map((r) => r.report.exportStatus)).toEqual(results.map(() => 'ok'));

    const { host, repo: name } = splitRef(repo);
    // One cache tag per branch (plus its build record `<tag>.record` and previous generation `<tag>.prev`): no per-run refs.
    const tags = await listTags(host, name);
    expect(tags.filter((t) => !t.endsWith('.record') && !t.endsWith('.prev')).sort()).toEqual([
      'feat-load',
      'other-one',
      'other-two',
    ]);
    expect(tags.length).toBeLessThanOrEqual(9);
    const checks = await Promise.all(
      ['feat-load', 'other-one', 'other-two'].map((t) => checkCacheBlobs(`${repo}:${t}`))
    );
    expect(checks.every((c) => c.blobs > 0 && c.missing.length === 0)).toBe(true);

    const fresh = await freshRunnerBuild({ backend: 'registry', ref: repo, keys: { branch: 'feat/load' } });
    expect(fresh.report.imports[0]).toMatchObject({ status: 'found' });
    expect(fresh.depsCached).toBe(true);
    expect(fresh.report.warnings).toEqual([]);
    record('load', 'registry: concurrent builds', {
      builds: results.length + failures.length,
      green: results.length,
      cachesIntact: checks.filter((c) => c.missing.length === 0).length,
      caches: checks.length,
    });
  });

  test('local: all green, one complete current snapshot per branch, and a fresh runner builds from it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lc-reliab-concurrent-'));
    try {
      await resetBuilder();
      const { failures, results } = await runAll(await jobs(), (branch) => ({
        backend: 'local',
        dir,
        keys: { branch },
      }));
      expect(failures).toEqual([]);
      // Listed, not just counted, so a failure shows which warning a concurrent build got.
      expect(results.flatMap((r) => r.report.warnings)).toEqual([]);
      expect(results.map((r) => r.report.exportStatus)).toEqual(results.map(() => 'ok'));

      expect((await readdir(dir)).sort()).toEqual(['feat-load', 'other-one', 'other-two']);
      const verdicts = [];
      for (const slug of ['feat-load', 'other-one', 'other-two']) {
        const current = path.join(dir, slug, 'current');
        verdicts.push(await inspectSnapshot(path.resolve(path.dirname(current), await readlink(current))));
        // current, the previous one, and at most `keep` (1) other older complete snapshots survive the pruning
        expect((await readdir(path.join(dir, slug, 'snapshots'))).length).toBeLessThanOrEqual(3);
      }
      expect(verdicts.every((v) => v.complete)).toBe(true);

      const fresh = await freshRunnerBuild({ backend: 'local', dir, keys: { branch: 'feat/load' } });
      expect(fresh.depsCached).toBe(true);
      expect(fresh.report.warnings).toEqual([]);
      record('load', 'local: concurrent builds', {
        builds: results.length + failures.length,
        green: results.length,
        cachesIntact: verdicts.filter((v) => v.complete).length,
        caches: verdicts.length,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
