// The local backend's snapshot swap on a real temp directory (no Docker: the "export" is files we write).
import { mkdtemp, mkdir, readlink, readdir, writeFile, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { resolveCacheKeys } from '../keys/resolve.js';
import { parseOptions } from '../options/parse.js';
import { defaultFacts } from '../plan/facts.js';
import { inspectSnapshot, localBackend, localLayout } from './local.js';

async function fakeExport(dir: string, opts: { blob?: boolean; index?: string; bytes?: number } = {}) {
  await mkdir(path.join(dir, 'blobs', 'sha256'), { recursive: true });
  const digest = `sha256:${'ab'.repeat(32)}`;
  await writeFile(path.join(dir, 'index.json'), opts.index ?? JSON.stringify({ manifests: [{ digest }] }));
  if (opts.blob !== false) await writeFile(path.join(dir, 'blobs', 'sha256', 'ab'.repeat(32)), 'x'.repeat(opts.bytes ?? 100));
}

async function commitRun(cacheDir: string, runId: string, exportOpts: Parameters<typeof fakeExport>[1] | null, extra: Record<string, unknown> = {}, succeeded = true) {
  const options = parseOptions({ cache: { backend: 'local', dir: cacheDir, ...extra } });
  const keys = resolveCacheKeys(options.cache.keys, options.cache.write);
  const facts = defaultFacts({ runId, cwd: '/' });
  const input = { options, keys, facts };
  const plan = localBackend.plan(input);
  await localBackend.prepare!(input, plan);
  if (exportOpts) await fakeExport(plan.writes!, exportOpts);
  return localBackend.commit!(input, plan, { buildSucceeded: succeeded });
}

describe('local backend snapshots', () => {
  test('a complete export becomes current; the next replaces it atomically; old ones are pruned', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lc-local-'));
    expect(await commitRun(dir, 'run1', {})).toEqual([]);
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
    const missingBlob = await commitRun(dir, 'bad1', { blob: false });
    expect(missingBlob.join()).toMatch(/incomplete.*blob .* is missing/);
    const truncated = await commitRun(dir, 'bad2', { index: '{"manifests":[{"dig' });
    expect(truncated.join()).toMatch(/index.json is missing or unreadable/);
    const empty = await commitRun(dir, 'bad3', { index: '{"manifests":[]}' });
    expect(empty.join()).toMatch(/no cache manifest/);
    expect(await readlink(localLayout(dir, 'main', '').current)).toBe(path.join('snapshots', 'good'));
    expect(await readdir(path.join(dir, 'main', 'snapshots'))).toEqual(['good']);
  });

  test('over the size cap: the previous cache stays, with a warning', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lc-local-'));
    await commitRun(dir, 'small', { bytes: 10 });
    const warnings = await commitRun(dir, 'huge', { bytes: 2 * 1024 * 1024 }, { local: { maxSizeMb: 1 } });
    expect(warnings.join()).toMatch(/over the 1 MB cap/);
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
});
