// The blobs of a local snapshot (digest -> bytes), read from its blobs/ directory.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export async function localBlobs(snapshot: string): Promise<Map<string, number> | undefined> {
  const blobs = new Map<string, number>();
  const root = path.join(snapshot, 'blobs');
  for (const algorithm of await readdir(root).catch(() => [])) {
    for (const hex of await readdir(path.join(root, algorithm)).catch(() => [])) {
      const info = await stat(path.join(root, algorithm, hex)).catch(() => undefined);
      if (info?.isFile()) blobs.set(`${algorithm}:${hex}`, info.size);
    }
  }
  return blobs.size > 0 ? blobs : undefined;
}
