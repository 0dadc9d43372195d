// The local backend's snapshot swap on a real temp directory (no Docker: the "export" is files we write).
import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, readlink, readdir, rename, rm, stat, utimes, writeFile, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { resolveCacheKeys } from '../../keys/resolve.js';
import { parseOptions } from '../../options/parse.js';
import { defaultFacts } from '../../plan/facts.js';
import { localBackend, localLayout } from './backend.js';
import { inspectSnapshot } from './snapshot.js';

const sha = (content: string) => createHash('sha256').update(content).digest('hex');

/**
 * Writes what BuildKit's local export would: index.json naming one blob, and that blob, named by
 * its real digest (builds hash what they read). `hex` labels a blob of other content.
 */
async function fakeExport(dir: string, opts: { blob?: boolean; index?: string; bytes?: number; hex?: string } = {}) {
  await mkdir(path.join(dir, 'blobs', 'sha256'), { recursive: true });
  const content = (opts.hex ?? '').padEnd(opts.bytes ?? 100, 'x');
  const hex = sha(content);
  await writeFile(path.join(dir, 'index.json'), opts.index ?? JSON.stringify({ manifests: [{ digest: `sha256:${hex}` }] }));
  // Like BuildKit: a blob already there is skipped; a new one is written beside and renamed into place.
  if (opts.blob !== false) {
    const blob = path.join(dir, 'blobs', 'sha256', hex);
    if (await stat(blob).catch(() => undefined)) return;
    await writeFile(`${blob}.tmp`, content);
    await rename(`${blob}.tmp`, blob);
  }
}

async function commitRun(
  cacheDir: string,
  runId: string,
  exportOpts: Parameters<typeof fakeExport>[1] | null,
  extra: Record<string, unknown> = {},
  succeeded = true,
  beforeExport?: (staging: string) => Promise<void>,
  allStepsCached = false,
  afterExport?: (staging: string) => Promise<void>,
) {
  const options = parseOptions({ cache: { backend: 'local', dir: cacheDir, ...extra } });
  const keys = resolveCacheKeys(options.cache.keys, options.cache.write);
  const facts = defaultFacts({ runId, cwd: '/' });
  const input = { options, keys, facts };
  const plan = localBackend.plan(input);
  await localBackend.prepare!(input, plan);
  await beforeExport?.(plan.writes!);
  if (exportOpts) await fakeExport(plan.writes!, exportOpts);
  await afterExport?.(plan.writes!);
  return localBackend.commit!(input, plan, { buildSucceeded: succeeded, allStepsCached });
}

describe('local backend snapshots', () => {
  test('a complete export becomes current; the next replaces it atomically; old ones are pruned', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lc-local-'));
    expect(await commitRun(dir, 'run1', {})).toEqual({ warnings: [], notes: [] });
    expect(await readlink(localLayout(dir, 'main', '').current)).toBe(path.join('snapshots', 'run1'));
    await commitRun(dir, 'run2', {});
    await commitRun(dir, 'run3', {});
    expect(await readlink(localLayout(dir, 'main', '').current)).toBe(path.join('snapshots', 'run3'));
    // keep=1: current plus one older snapshot
    expect((await readdir(path.join(dir, 'main', 'snapshots'))).sort()).toEqual(['run2', 'run3']);
  });

  test('an incomplete export (missing blob, truncated index) never replaces a good cache', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lc-local-'));
    await commitRun(dir, 'good', {});
    // (a blob the good snapshot does not have: seeding cannot supply it)
    const missingBlob = await commitRun(dir, 'bad1', { blob: false, hex: 'cd'.repeat(32) });
    expect(missingBlob.warnings.join()).toMatch(/incomplete.*blob .* is missing/);
    const truncated = await commitRun(dir, 'bad2', { index: '{"manifests":[{"dig' });
    expect(truncated.warnings.join()).toMatch(/index.json is missing or unreadable/);
    const empty = await commitRun(dir, 'bad3', { index: '{"manifests":[]}' });
    expect(empty.warnings.join()).toMatch(/no cache manifest/);
    expect(await readlink(localLayout(dir, 'main', '').current)).toBe(path.join('snapshots', 'good'));
    expect(await readdir(path.join(dir, 'main', 'snapshots'))).toEqual(['good']);
  });

  test('over the size cap: the previous cache stays, with a warning', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lc-local-'));
    await commitRun(dir, 'small', { bytes: 10 });
    const warnings = await commitRun(dir, 'huge', { bytes: 2 * 1024 * 1024, hex: 'ef'.repeat(32) }, { local: { maxSizeMb: 1 } });
    expect(warnings.warnings.join()).toMatch(/over the 1 MB cap/);
    expect(await readlink(localLayout(dir, 'main', '').current)).toBe(path.join('snapshots', 'small'));
  });

  test('a failed build drops its staging snapshot', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lc-local-'));
    await commitRun(dir, 'ok', {});
    await commitRun(dir, 'failed', {}, {}, false);
    expect(await readdir(path.join(dir, 'main', 'snapshots'))).toEqual(['ok']);
  });

  test('inspectSnapshot counts bytes of a complete snapshot', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lc-local-'));
    await fakeExport(dir, { bytes: 1000 });
    const v = await inspectSnapshot(dir);
    expect(v.complete).toBe(true);
    expect(v.bytes).toBe(1000 + (await readFile(path.join(dir, 'index.json'))).length);
  });

  test('a new snapshot starts with hard links to the blobs it reads; the ones its export does not use are dropped', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lc-local-'));
    const [layerA, layerB, layerC] = ['aa', 'bb', 'cc'].map((h) => sha(`layer ${h}`)) as [string, string, string];
    const cacheIndex = (layers: string[]) => JSON.stringify({ manifests: layers.map((l) => ({ digest: `sha256:${l}` })) });
    const [idx1, idx2] = [sha(cacheIndex([layerA, layerB])), sha(cacheIndex([layerA, layerC]))] as [string, string];
    const contentOf: Record<string, string> = { [layerA]: 'layer aa', [layerB]: 'layer bb', [layerC]: 'layer cc' };
    const indexJson = (hex: string) => JSON.stringify({ manifests: [{ digest: `sha256:${hex}`, mediaType: 'application/vnd.oci.image.index.v1+json' }] });
    /** What BuildKit's export adds: a cache index blob listing its layers, and the layers it lacks. */
    const exportBlobs = (index: string, layers: string[]) => async (staging: string) => {
      const blobs = path.join(staging, 'blobs', 'sha256');
      await mkdir(blobs, { recursive: true });
      const present = new Set(await readdir(blobs));
      for (const layer of layers) if (!present.has(layer)) await writeFile(path.join(blobs, layer), contentOf[layer]!);
      await writeFile(path.join(blobs, index), cacheIndex(layers));
    };
    const blobsOf = async (run: string) => (await readdir(path.join(dir, 'main', 'snapshots', run, 'blobs', 'sha256'))).sort();

    await commitRun(dir, 'run1', { blob: false, index: indexJson(idx1) }, {}, true, exportBlobs(idx1, [layerA, layerB]));
    expect(await blobsOf('run1')).toEqual([idx1, layerA, layerB].sort());

    let seeded: string[] = [];
    const run2Export = exportBlobs(idx2, [layerA, layerC]);
    await commitRun(dir, 'run2', { blob: false, index: indexJson(idx2) }, {}, true, async (staging) => {
      seeded = (await readdir(path.join(staging, 'blobs', 'sha256'))).sort();
      await run2Export(staging);
    });
    expect(seeded).toEqual([idx1, layerA, layerB].sort());
    expect(await blobsOf('run2')).toEqual([idx2, layerA, layerC].sort());
    expect(await readlink(localLayout(dir, 'main', '').current)).toBe(path.join('snapshots', 'run2'));
    const blob = (run: string, hex: string) => path.join(dir, 'main', 'snapshots', run, 'blobs', 'sha256', hex);
    expect((await stat(blob('run2', layerA))).ino).toBe((await stat(blob('run1', layerA))).ino);
    // the snapshot it was seeded from is untouched
    expect(await blobsOf('run1')).toEqual([idx1, layerA, layerB].sort());
  });

  test('a fully cached build keeps the snapshot it read from its own key: its re-export may lack earlier stages', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lc-local-'));
    await commitRun(dir, 'run1', {});
    const kept = await commitRun(dir, 'run2', { hex: 'cd'.repeat(32) }, {}, true, undefined, true);
    expect(kept.warnings).toEqual([]);
    expect(kept.notes.join()).toMatch(/every step came from the cache, so .*current stays as it is/);
    expect(await readlink(localLayout(dir, 'main', '').current)).toBe(path.join('snapshots', 'run1'));
    expect(await readdir(path.join(dir, 'main', 'snapshots'))).toEqual(['run1']);
    // a build that did work replaces it as before
    await commitRun(dir, 'run3', { hex: 'ef'.repeat(32) }, {}, true, undefined, false);
    expect(await readlink(localLayout(dir, 'main', '').current)).toBe(path.join('snapshots', 'run3'));
  });

  test('a fully cached first build of a key (read from a fallback) still writes its own snapshot', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lc-local-'));
    await commitRun(dir, 'main1', {});
    const feature = await commitRun(dir, 'feat1', {}, { keys: { branch: 'feature/x', defaultBranch: 'main' } }, true, undefined, true);
    expect(feature.notes).toEqual([]);
    expect(await readlink(localLayout(dir, 'feature-x', '').current)).toBe(path.join('snapshots', 'feat1'));
  });

  test('a swap points `previous` at the snapshot it replaced, and pruning keeps that one', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lc-local-'));
    const previous = path.join(dir, 'main', 'previous');
    await commitRun(dir, 'run1', {});
    expect(await readlink(previous).catch(() => 'none')).toBe('none');
    await commitRun(dir, 'run2', { hex: 'cd'.repeat(32) });
    expect(await readlink(previous)).toBe(path.join('snapshots', 'run1'));
    await commitRun(dir, 'run3', { hex: 'ef'.repeat(32) });
    expect(await readlink(previous)).toBe(path.join('snapshots', 'run2'));
    expect((await readdir(path.join(dir, 'main', 'snapshots'))).sort()).toEqual(['run2', 'run3']);
    // a fully cached build keeps current, and so previous too
    await commitRun(dir, 'run4', { hex: '12'.repeat(32) }, { }, true, undefined, true);
    expect(await readlink(previous)).toBe(path.join('snapshots', 'run2'));
  });

  test('keep 0: no previous generation is kept', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lc-local-'));
    await commitRun(dir, 'run1', {}, { local: { keep: 0 } });
    await commitRun(dir, 'run2', { hex: 'cd'.repeat(32) }, { local: { keep: 0 } });
    expect(await readlink(path.join(dir, 'main', 'previous')).catch(() => 'none')).toBe('none');
    expect(await readdir(path.join(dir, 'main', 'snapshots'))).toEqual(['run2']);
  });

  test('concurrent writers: a finished export another build is about to swap in is never pruned', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lc-local-'));
    await commitRun(dir, 'run0', {});
    // Writer A exports, and before it commits, B and C both finish, swap in and prune.
    const options = parseOptions({ cache: { backend: 'local', dir } });
    const input = { options, keys: resolveCacheKeys(options.cache.keys, options.cache.write), facts: defaultFacts({ runId: 'slowA', cwd: '/' }) };
    const plan = localBackend.plan(input);
    await localBackend.prepare!(input, plan);
    await fakeExport(plan.writes!, { hex: 'a0' });
    const old = new Date(Date.now() - 60_000);
    await utimes(plan.writes!, old, old); // older than B's and C's: not among the `keep` newest
    await commitRun(dir, 'runB', { hex: 'b0' });
    await commitRun(dir, 'runC', { hex: 'c0' });
    const a = await localBackend.commit!(input, plan, { buildSucceeded: true });
    expect(a.warnings).toEqual([]);
    expect(await readlink(localLayout(dir, 'main', '').current)).toBe(path.join('snapshots', 'slowA'));
    expect(await readlink(path.join(dir, 'main', 'previous'))).toBe(path.join('snapshots', 'runC'));
    expect(await readdir(path.join(dir, 'main', 'writing'))).toEqual([]); // the marks go with their builds
  });

  test('an export removed by someone else is reported as removed, not as incomplete, and does not fail the build', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lc-local-'));
    await commitRun(dir, 'run0', {});
    const gone = await commitRun(dir, 'run1', { hex: 'b1' }, {}, true, undefined, false, async (staging) => rm(staging, { recursive: true, force: true }));
    expect(gone.warnings).toEqual([expect.stringMatching(/run1 was removed before it could be swapped in .*; keeping the previous cache/)]);
    expect(await readlink(localLayout(dir, 'main', '').current)).toBe(path.join('snapshots', 'run0'));
  });
});
