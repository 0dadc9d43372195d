// Local cache faults: a truncated index.json, a missing blob, a full disk (a 2 MiB tmpfs).
// Each build stays green, and the cache is rebuilt cleanly: the next build writes a complete
// snapshot that a fresh runner then reads in full.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, readlink, rm, stat, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { copyFixture, resetBuilder, cachedBeyondWorkdir } from '../../../../test-support/engine.js';
import { inspectSnapshot } from '../../src/backends/local/snapshot.js';
import { buildApp, APP } from './support/build.js';
import { record } from './support/figures.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lc-reliab-local-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** The snapshot `current` points at, as an absolute path. */
async function currentSnapshot(dir: string): Promise<string> {
  const link = path.join(dir, 'main', 'current');
  return path.resolve(path.dirname(link), await readlink(link));
}

async function snapshotNames(dir: string): Promise<string[]> {
  return (await readdir(path.join(dir, 'main', 'snapshots'))).sort();
}

/** Largest blob of a snapshot: a layer, not the small cache config or manifest. */
async function largestBlob(snapshot: string): Promise<string> {
  const blobs = path.join(snapshot, 'blobs', 'sha256');
  const sized = await Promise.all(
    (
      await readdir(blobs)
    ).map(async (name) => ({ file: path.join(blobs, name), size: (await stat(path.join(blobs, name))).size }))
  );
  return sized.sort((a, b) => b.size - a.size)[0]!.file;
}

/** After the damaged build: the cache is whole again, and a fresh runner reads every step from it. */
async function expectRebuiltCleanly(context: string, dir: string): Promise<void> {
  expect(await inspectSnapshot(await currentSnapshot(dir))).toMatchObject({ complete: true });
  await resetBuilder();
  const warm = (await buildApp(context, { cache: { backend: 'local', dir } })).result.report;
  expect(warm.warnings).toEqual([]);
  expect(warm.cachedSteps).toBe(warm.totalSteps);
}

/** The engine still builds: a build without any cache, on a fresh builder, succeeds. */
async function expectEngineHealthy(context: string): Promise<void> {
  await resetBuilder();
  const { result } = await buildApp(context, { cache: { backend: 'none' } });
  expect(result.imageDigest).toMatch(/^sha256:/);
}

/** One byte of the file inverted in place: the size stays, the content no longer matches its digest. */
async function flipByte(file: string): Promise<void> {
  const bytes = await readFile(file);
  const at = Math.floor(bytes.length / 2);
  bytes[at] = bytes[at]! ^ 0xff;
  await writeFile(file, bytes);
}

describe('a damaged local cache gives a green build and is rebuilt cleanly', () => {
  test.each([
    {
      damage: 'a truncated index.json',
      apply: async (snapshot: string) => truncate(path.join(snapshot, 'index.json'), 20),
    },
    {
      damage: 'a missing layer blob',
      apply: async (snapshot: string) => rm(await largestBlob(snapshot)),
    },
    {
      // Same size, so only hashing finds it. Before the digest check BuildKit failed the build
      // with "unexpected commit digest", and later builds, even without a cache, with `lease … not found`.
      damage: 'a layer blob with one byte flipped',
      apply: async (snapshot: string) => flipByte(await largestBlob(snapshot)),
    },
  ])('$damage', async ({ damage, apply }) => {
    const context = await copyFixture(APP);
    const dir = await tempDir();
    await resetBuilder();
    await buildApp(context, { cache: { backend: 'local', dir } });
    await apply(await currentSnapshot(dir));

    await resetBuilder();
    const { result } = await buildApp(context, { cache: { backend: 'local', dir } });
    expect(result.imageDigest).toMatch(/^sha256:/);
    expect(cachedBeyondWorkdir(result.report)).toEqual([]);
    expect(result.report.warnings).toEqual([
      expect.stringMatching(/^\[local\] the cache snapshot .* is damaged \(.+\); building without it/),
    ]);
    expect(result.report.exportStatus).toBe('ok');
    await expectRebuiltCleanly(context, dir);
    await expectEngineHealthy(context);
    record('fault', `local cache with ${damage}`, {
      builds: 3,
      green: 3,
      warnings: result.report.warnings.length,
      cachesIntact: 1,
      warning: result.report.warnings[0]!.replace(dir, '<dir>').slice(0, 160),
    });
  });

  test('a full disk: the export fails with a warning, the previous cache stays, and it is rebuilt once there is room', async () => {
    const context = await copyFixture(APP);
    const dir = await tempDir();
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dir]);
    cleanups.push(() => void execFileSync('umount', ['-l', dir]));
    await resetBuilder();
    const first = (await buildApp(context, { cache: { backend: 'local', dir } })).result.report;
    expect(first.exportStatus).toBe('ok');
    const previous = await currentSnapshot(dir);

    // New dependencies, and the disk filled up to 64 KiB: the new layers do not fit. (Blobs the
    // new snapshot shares with the previous one are hard links and take no room.)
    await writeFile(path.join(context, 'deps.txt'), 'alpha\nbeta\ngamma\n');
    const available = Number(execFileSync('df', ['-B1', '--output=avail', dir], { encoding: 'utf8' }).split('\n')[1]);
    await writeFile(path.join(dir, 'filler'), Buffer.alloc(Math.max(0, available - 64 * 1024)));
    await resetBuilder();
    const { result, log } = await buildApp(context, { cache: { backend: 'local', dir } });
    expect(result.imageDigest).toMatch(/^sha256:/);
    expect(result.report.warnings.length).toBeGreaterThan(0);
    expect(result.report.warnings.join('\n')).toMatch(/no space left on device|incomplete/i);
    expect(log.some((l) => l.startsWith('warning: '))).toBe(true);
    expect(await currentSnapshot(dir)).toBe(previous);
    expect(await inspectSnapshot(previous)).toMatchObject({ complete: true });
    expect(await snapshotNames(dir)).toEqual([path.basename(previous)]); // the partial export is gone

    execFileSync('mount', ['-o', 'remount,size=16m', dir]);
    await rm(path.join(dir, 'filler'));
    await resetBuilder();
    const roomy = (await buildApp(context, { cache: { backend: 'local', dir } })).result.report;
    expect(roomy.exportStatus).toBe('ok');
    expect(roomy.warnings).toEqual([]);
    expect(await currentSnapshot(dir)).not.toBe(previous);
    await expectRebuiltCleanly(context, dir);
    // JSON of the cache index parses after all this.
    expect(
      JSON.parse(await readFile(path.join(await currentSnapshot(dir), 'index.json'), 'utf8')).manifests.length
    ).toBeGreaterThan(0);
    record('fault', 'local cache on a full disk (2 MiB tmpfs)', {
      builds: 4,
      green: 4,
      warnings: result.report.warnings.length,
      cachesIntact: 2,
      warning: result.report.warnings[0]!.replace(dir, '<dir>').slice(0, 160),
    });
  });
});
