// The local store on the real file system: concurrent writers of one branch leave one writer's
// complete archive (temp file, then rename), never a mix.
import { mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { localMountStore } from './mount-store.js';

test('concurrent writers: every read sees one complete archive, and no temp file stays', async () => {
  const location = path.join(await mkdtemp(path.join(os.tmpdir(), 'lc-mstore-')), 'main', 'mounts');
  const a = Buffer.alloc(3_000_000, 'a');
  const b = Buffer.alloc(2_000_000, 'b');
  const writers = Array.from({ length: 6 }, (_, i) => localMountStore(`run${i}`).write(location, [{ id: '/root/.npm', data: i % 2 ? a : b, digest: 'x' }]));
  const reads: Array<Buffer | undefined> = [];
  for (let i = 0; i < 20; i += 1) reads.push(await localMountStore('reader').read(location, '/root/.npm'));
  await Promise.all(writers);
  reads.push(await localMountStore('reader').read(location, '/root/.npm'));
  for (const data of reads.filter((r) => r !== undefined)) expect(data.equals(a) || data.equals(b)).toBe(true);
  expect(reads.at(-1)).toBeDefined();
  expect(await readdir(location)).toEqual([expect.stringMatching(/^root_.npm-[0-9a-f]{12}\.tar\.gz$/)]);
  expect(await localMountStore('reader').read(location, 'other')).toBeUndefined();
});
