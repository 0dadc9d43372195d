// A damaged local snapshot (what a crash, a full disk or a hand edit leaves) is caught before
// BuildKit reads it: deep completeness check and the repair of `current`. Real temp dirs, no Docker.
import { createHash } from 'node:crypto';
import {
  link,
  mkdir,
  mkdtemp,
  readFile,
  readlink,
  readdir,
  rm,
  symlink,
  truncate,
  utimes,
  writeFile,
} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { resolveCacheKeys } from '../../keys/resolve.js';
import { parseOptions } from '../../options/parse.js';
import { defaultFacts } from '../../plan/facts.js';
import { localBackend, repairCurrent } from './backend.js';
import { newDigestCache } from './blob-digest.js';
import { inspectSnapshot } from './snapshot.js';

/** Same size, other content: what a bad disk or a stray write does, and what a size check misses. */
async function flipByte(file: string): Promise<void> {
  const bytes = await readFile(file);
  bytes[0] = bytes[0]! ^ 0xff;
  await writeFile(file, bytes);
}

const sha = (content: string) => createHash('sha256').update(content).digest('hex');

/** An OCI layout shaped like BuildKit's local cache export: index.json -> cache index -> layers + config. */
async function snapshot(
  dir: string,
  layerContents = ['layer one', 'layer two']
): Promise<{ layers: string[]; cacheIndex: string }> {
  const blobs = path.join(dir, 'blobs', 'sha256');
  await mkdir(blobs, { recursive: true });
  const put = async (content: string) => {
    await writeFile(path.join(blobs, sha(content)), content);
    return { digest: `sha256:${sha(content)}`, size: Buffer.byteLength(content) };
  };
  const layers = await Promise.all(layerContents.map((c) => put(c)));
  const config = await put(JSON.stringify({ layers: layers.map((l) => ({ blob: l.digest })) }));
  const cacheIndex = await put(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        ...layers.map((l) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...l })),
        { mediaType: 'application/vnd.buildkit.cacheconfig.v0', ...config },
      ],
    })
  );
  await writeFile(
    path.join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [{ mediaType: 'application/vnd.oci.image.index.v1+json', ...cacheIndex }],
    })
  );
  return {
    layers: layers.map((l) => path.join(blobs, l.digest.slice(7))),
    cacheIndex: path.join(blobs, cacheIndex.digest.slice(7)),
  };
}

/** <root>/main/{current -> snapshots/<name>, snapshots/<names…>} */
async function cacheDir(
  names: string[]
): Promise<{
  root: string;
  current: string;
  snapshots: string;
  layout: Record<string, Awaited<ReturnType<typeof snapshot>>>;
}> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'layercache-repair-'));
  const snapshots = path.join(root, 'main', 'snapshots');
  const layout: Record<string, Awaited<ReturnType<typeof snapshot>>> = {};
  let age = 100;
  for (const name of names) {
    layout[name] = await snapshot(path.join(snapshots, name), [`${name} layer`, 'shared layer']);
    const when = new Date(Date.now() - age-- * 1000);
    await utimes(path.join(snapshots, name), when, when);
  }
  const current = path.join(root, 'main', 'current');
  await symlink(path.join('snapshots', names.at(-1)!), current);
  return { root, current, snapshots, layout };
}

describe('inspectSnapshot follows the cache index down to the layers', () => {
  test('a complete export is complete', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'layercache-snap-'));
    await snapshot(dir);
    expect(await inspectSnapshot(dir)).toMatchObject({ complete: true });
  });

  test.each([
    [
      'a missing layer',
      async (s: Awaited<ReturnType<typeof snapshot>>) => rm(s.layers[0]!),
      /blob sha256:[0-9a-f]{64} is missing/,
    ],
    [
      'a truncated layer',
      async (s: Awaited<ReturnType<typeof snapshot>>) => truncate(s.layers[1]!, 3),
      /has 3 bytes, not \d+/,
    ],
    [
      'a layer with one byte flipped (same size)',
      async (s: Awaited<ReturnType<typeof snapshot>>) => flipByte(s.layers[0]!),
      /blob sha256:[0-9a-f]{64} does not match its digest/,
    ],
    [
      'a cache index that is not JSON',
      async (s: Awaited<ReturnType<typeof snapshot>>) => writeFile(s.cacheIndex, '{"schemaVersion":2,"manifests":[{'),
      /has \d+ bytes|not a readable manifest/,
    ],
  ])('%s is incomplete', async (_name, damage, reason) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'layercache-snap-'));
    await damage(await snapshot(dir));
    const verdict = await inspectSnapshot(dir, { verifyDigests: newDigestCache() });
    expect(verdict.complete).toBe(false);
    expect(verdict.reason).toMatch(reason);
  });
});

describe('what the digest check costs (the report and the bench show it)', () => {
  test('every blob is hashed once per run: bytes counted once, time measured', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'layercache-snap-'));
    await snapshot(dir, ['a'.repeat(100_000), 'b'.repeat(50_000)]);
    const blobs = path.join(dir, 'blobs', 'sha256');
    const sizes = await Promise.all(
      (await readdir(blobs)).map(async (f) => (await readFile(path.join(blobs, f))).length)
    );
    const digests = newDigestCache();
    expect((await inspectSnapshot(dir, { verifyDigests: digests })).complete).toBe(true);
    expect(digests.bytesHashed).toBe(sizes.reduce((a, b) => a + b, 0));
    expect(digests.msHashing).toBeGreaterThan(0);
    await inspectSnapshot(dir, { verifyDigests: digests });
    expect(digests.bytesHashed).toBe(sizes.reduce((a, b) => a + b, 0));
  });

  test('the local backend hands the cost of its check to the report through commit', async () => {
    const c = await cacheDir(['one']);
    const options = parseOptions({ cache: { backend: 'local', dir: c.root, write: 'never' } });
    const input = {
      options,
      keys: resolveCacheKeys(options.cache.keys, options.cache.write),
      facts: defaultFacts({ runId: 'run1', cwd: '/' }),
    };
    const plan = localBackend.plan(input);
    expect(plan.reads).toEqual([c.current]);
    await localBackend.prepare!(input, plan);
    const result = await localBackend.commit!(input, plan, { buildSucceeded: true });
    const blobs = path.join(c.snapshots, 'one', 'blobs', 'sha256');
    const total = (
      await Promise.all((await readdir(blobs)).map(async (f) => (await readFile(path.join(blobs, f))).length))
    ).reduce((a, b) => a + b, 0);
    expect(result.integrityCheck).toEqual({ bytesHashed: total, ms: expect.any(Number) });
  });
});

describe('a verdict holds across runs only for files no write touched since (verified-memo.ts)', () => {
  const prepareOnce = async (root: string, runId: string) => {
    const options = parseOptions({ cache: { backend: 'local', dir: root, write: 'never' } });
    const input = {
      options,
      keys: resolveCacheKeys(options.cache.keys, options.cache.write),
      facts: defaultFacts({ runId, cwd: '/' }),
    };
    const plan = localBackend.plan(input);
    await localBackend.prepare!(input, plan);
    return localBackend.commit!(input, plan, { buildSucceeded: true });
  };

  test('the next run hashes nothing that was sound; a flipped byte, mtime put back, is hashed and caught', async () => {
    const c = await cacheDir(['one']);
    const layer = c.layout.one!.layers[0]!;
    const when = 1_700_000_000; // whole seconds: utimes puts exactly this back after the flip
    await utimes(layer, when, when);
    expect((await prepareOnce(c.root, 'run1')).integrityCheck?.bytesHashed).toBeGreaterThan(0);
    expect((await prepareOnce(c.root, 'run2')).integrityCheck).toBeUndefined(); // nothing hashed
    await flipByte(layer);
    await utimes(layer, when, when); // size and mtime as before: only ctime tells
    const third = await prepareOnce(c.root, 'run3');
    expect(third.integrityCheck?.bytesHashed).toBeGreaterThan(0);
    expect(third.warnings.join('\n')).toMatch(/does not match its digest/);
  });

  test('an unreadable memo means hashing everything, never a failure', async () => {
    const c = await cacheDir(['one']);
    await writeFile(path.join(c.root, '.verified-blobs.json'), 'not json');
    expect((await prepareOnce(c.root, 'run1')).integrityCheck?.bytesHashed).toBeGreaterThan(0);
  });
});

describe('repairCurrent', () => {
  test('a snapshot with a flipped byte is moved to quarantine/ and the build goes cold', async () => {
    const c = await cacheDir(['only']);
    await flipByte(c.layout.only!.layers[0]!);
    const warning = await repairCurrent(c.current, 'run1');
    expect(warning).toMatch(
      /only is damaged \(blob sha256:[0-9a-f]{64} does not match its digest \(its content changed\)\); building without it; .*kept at .*quarantine/
    );
    expect(await readlink(c.current).catch(() => 'gone')).toBe('gone');
    expect(await readdir(c.snapshots)).toEqual([]);
    expect(await readdir(path.join(c.root, 'main', 'quarantine'))).toEqual(['only']);
  });

  test('the corrupt blob shared (hard-linked) by the older snapshot rules it out as a fallback too', async () => {
    const c = await cacheDir(['older', 'newer']);
    const shared = path.join(c.snapshots, 'older', 'blobs', 'sha256', sha('shared layer'));
    await rm(path.join(c.snapshots, 'newer', 'blobs', 'sha256', sha('shared layer')));
    await link(shared, path.join(c.snapshots, 'newer', 'blobs', 'sha256', sha('shared layer')));
    await flipByte(shared);
    expect(await repairCurrent(c.current, 'run1')).toMatch(
      /newer is damaged .*does not match its digest.*building without it/
    );
    expect(await readdir(c.snapshots)).toEqual(['older']); // left for pruning; current no longer names it
  });

  test('a sound snapshot is left alone', async () => {
    const c = await cacheDir(['a', 'b']);
    expect(await repairCurrent(c.current, 'run1')).toBeUndefined();
    expect(await readlink(c.current)).toBe(path.join('snapshots', 'b'));
    expect((await readdir(c.snapshots)).sort()).toEqual(['a', 'b']);
  });

  test('a damaged snapshot is removed and current falls back to the newest complete older one', async () => {
    const c = await cacheDir(['old', 'previous', 'newest']);
    await rm(c.layout.previous!.layers[0]!); // the fallback candidate is damaged too: skipped
    await rm(c.layout.newest!.layers[0]!);
    const warning = await repairCurrent(c.current, 'run1');
    expect(warning).toMatch(
      /^\[local\] the cache snapshot .*newest is damaged \(blob sha256:[0-9a-f]+ is missing\); reading the previous snapshot old instead/
    );
    expect(await readlink(c.current)).toBe(path.join('snapshots', 'old'));
    expect((await readdir(c.snapshots)).sort()).toEqual(['old', 'previous']);
  });

  test('without a complete older snapshot, current goes: the build is cold', async () => {
    const c = await cacheDir(['only']);
    await truncate(path.join(c.snapshots, 'only', 'index.json'), 10);
    expect(await repairCurrent(c.current, 'run1')).toMatch(
      /index\.json is missing or unreadable\); building without it/
    );
    expect(await readlink(c.current).catch(() => 'gone')).toBe('gone');
    expect(await readdir(c.snapshots)).toEqual([]);
  });

  test('a current pointing at a snapshot a concurrent build pruned is not a repair', async () => {
    const c = await cacheDir(['a']);
    await rm(path.join(c.snapshots, 'a'), { recursive: true });
    expect(await repairCurrent(c.current, 'run1')).toBeUndefined();
  });

  test('prepare repairs what the build reads, and commit reports it', async () => {
    const c = await cacheDir(['only']);
    await rm(c.layout.only!.layers[1]!);
    const options = parseOptions({ cache: { backend: 'local', dir: c.root, write: 'never' } });
    const input = {
      options,
      keys: resolveCacheKeys(options.cache.keys, options.cache.write),
      facts: defaultFacts({ runId: 'run1', cwd: '/' }),
    };
    const plan = localBackend.plan(input);
    expect(plan.reads).toEqual([c.current]);
    await localBackend.prepare!(input, plan);
    const { warnings } = await localBackend.commit!(input, plan, { buildSucceeded: true });
    expect(warnings).toEqual([expect.stringMatching(/damaged .*building without it/)]);
  });
});
