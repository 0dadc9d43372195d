// Builds that share one local cache directory: each marks the snapshot it is writing
// (`<dir>/<slug>/writing/<runId>`) from prepare until it has swapped it in or dropped it, and
// pruning leaves a marked snapshot alone. Without the mark, a build pruning after its own swap
// deleted another build's finished export just before that build swapped it in (and removing a
// directory BuildKit was still writing into failed with ENOTEMPTY). A mark older than an hour is
// a crashed build's: its snapshot is fair game again.
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

const STALE_MS = 3600_000;

function markerPath(snapshots: string, runId: string): string {
  return path.join(path.dirname(snapshots), 'writing', runId);
}

/** Marks `<snapshots>/<runId>` as being written. Best effort: without the mark, pruning falls back to its age rule. */
export async function markWriting(snapshots: string, runId: string): Promise<void> {
  const marker = markerPath(snapshots, runId);
  await mkdir(path.dirname(marker), { recursive: true }).then(() => writeFile(marker, ''), () => undefined).catch(() => undefined);
}

export async function unmarkWriting(snapshots: string, runId: string): Promise<void> {
  await rm(markerPath(snapshots, runId), { force: true }).catch(() => undefined);
}

/** Another build is still writing (or about to swap in) this snapshot. */
export async function beingWritten(snapshots: string, name: string, now = Date.now()): Promise<boolean> {
  const info = await stat(markerPath(snapshots, name)).catch(() => undefined);
  return info !== undefined && now - info.mtimeMs < STALE_MS;
}

/** Removes a directory tree; a failure (a concurrent writer, ENOTEMPTY) is not the build's problem. */
export async function discard(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 2 }).catch(() => undefined);
}
