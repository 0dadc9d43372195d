// Snapshot inspection, seeding and clean-up on real temp directories (no Docker: the snapshots are
// files shaped like BuildKit's local cache export).
import { createHash } from 'node:crypto';
import { link, mkdir, mkdtemp, readdir, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { directoryBytes, dropUnreferencedBlobs, inspectSnapshot, seedSnapshot } from './snapshot.js';

const sha = (content: string) => createHash('sha256').update(content).digest('hex');
const CACHE_CONFIG = 'application/vnd.buildkit.cacheconfig.v0';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';

/** Writes blobs, then index.json -> a cache index listing `listed`; returns each blob's hex. */
async function layout(
  dir: string,
  blobs: Record<string, string>,
  listed: Array<{ name: string; mediaType?: string }>
): Promise<Record<string, string>> {
  await mkdir(path.join(dir, 'blobs', 'sha256'), { recursive: true });
  const hex: Record<string, string> = {};
  for (const [name, content] of Object.entries(blobs)) {
    hex[name] = sha(content);
    await writeFile(path.join(dir, 'blobs', 'sha256', hex[name]!), content);
  }
  const cacheIndex = JSON.stringify({
    manifests: listed.map((l) => ({
      mediaType: l.mediaType,
      digest: `sha256:${hex[l.name]}`,
      size: Buffer.byteLength(blobs[l.name]!),
    })),
  });
  hex.cacheIndex = sha(cacheIndex);
  await writeFile(path.join(dir, 'blobs', 'sha256', hex.cacheIndex), cacheIndex);
  await writeFile(
    path.join(dir, 'index.json'),
    JSON.stringify({
      manifests: [{ mediaType: OCI_INDEX, digest: `sha256:${hex.cacheIndex}`, size: Buffer.byteLength(cacheIndex) }],
    })
  );
  return hex;
}

const tmp = () => mkdtemp(path.join(os.tmpdir(), 'layercache-snapshot-'));

describe('inspectSnapshot', () => {
  test('follows the cache config to the layers it names by blob', async () => {
    const dir = await tmp();
    const missing = `sha256:${'9'.repeat(64)}`;
    await layout(dir, { config: JSON.stringify({ layers: [{ blob: missing }] }) }, [
      { name: 'config', mediaType: CACHE_CONFIG },
    ]);
    expect(await inspectSnapshot(dir)).toMatchObject({ complete: false, reason: `blob ${missing} is missing` });
  });

  test('a cache config that is not JSON is incomplete', async () => {
    const dir = await tmp();
    await layout(dir, { config: '{"layers":[' }, [{ name: 'config', mediaType: CACHE_CONFIG }]);
    expect((await inspectSnapshot(dir)).reason).toMatch(/is not a readable cache config/);
  });
});

describe('directoryBytes', () => {
  test('counts a file hard-linked twice once', async () => {
    const dir = await tmp();
    await writeFile(path.join(dir, 'a'), 'x'.repeat(1000));
    await link(path.join(dir, 'a'), path.join(dir, 'b'));
    await writeFile(path.join(dir, 'c'), 'y'.repeat(10));
    expect(await directoryBytes(dir)).toBe(1010);
  });
});

describe('seedSnapshot and dropUnreferencedBlobs', () => {
  test('seeding links every blob (same inode); dropping keeps exactly the referenced ones', async () => {
    const from = await tmp();
    const hex = await layout(from, { layer: 'layer', config: '' }, [{ name: 'layer' }]);
    const to = path.join(await tmp(), 'new');
    expect(await seedSnapshot(from, to)).toBe(3); // layer, the unreferenced config, the cache index
    expect((await stat(path.join(to, 'blobs', 'sha256', hex.layer!))).ino).toBe(
      (await stat(path.join(from, 'blobs', 'sha256', hex.layer!))).ino
    );
    // what the export writes: its own index.json naming the same cache index
    await writeFile(
      path.join(to, 'index.json'),
      JSON.stringify({ manifests: [{ mediaType: OCI_INDEX, digest: `sha256:${hex.cacheIndex}` }] })
    );
    expect(await dropUnreferencedBlobs(to)).toBe(1);
    expect((await readdir(path.join(to, 'blobs', 'sha256'))).sort()).toEqual([hex.cacheIndex, hex.layer].sort());
    expect(await inspectSnapshot(to)).toMatchObject({ complete: true });
  });

  test('an incomplete snapshot is left as it is (it is about to be discarded)', async () => {
    const dir = await tmp();
    await mkdir(path.join(dir, 'blobs', 'sha256'), { recursive: true });
    await writeFile(path.join(dir, 'blobs', 'sha256', 'ab'.repeat(32)), 'seeded');
    expect(await dropUnreferencedBlobs(dir)).toBe(0);
    expect(await readdir(path.join(dir, 'blobs', 'sha256'))).toHaveLength(1);
  });

  test('a source that is gone seeds nothing and does not throw', async () => {
    const to = path.join(await tmp(), 'new');
    expect(await seedSnapshot(path.join(await tmp(), 'pruned'), to)).toBe(0);
  });
});
