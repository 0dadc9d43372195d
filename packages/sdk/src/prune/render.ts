// A prune result as text: one line per cache with its size, what goes and why, and the totals.
import { inRegistry } from '../backends/index.js';
import { formatBytes } from './sizes.js';
import type { PruneResult } from './prune.js';

export function renderPrune(result: PruneResult): string {
  const verb = result.dryRun ? 'would remove' : 'removed';
  const lines = [
    `${result.backend} caches at ${result.location}: ${result.caches.length}, ${formatBytes(
      result.totalBytes,
    )} (${formatBytes(result.sharedBytes)} shared between branches, counted once)`,
  ];
  for (const c of result.caches) {
    const size = `${formatBytes(c.ownBytes)} own + ${formatBytes(c.sharedBytes)} shared`;
    const when = c.lastWrite ? `, written ${c.lastWrite}` : '';
    lines.push(
      `  ${c.remove ? (result.dryRun ? 'would remove' : 'remove') : 'keep'}  ${c.slug}  ${size}${when}  (${c.reason})`,
    );
    if (c.remove) for (const item of c.items) lines.push(`      ${item}`);
  }
  const going = result.caches.filter((c) => c.remove).length;
  lines.push(
    `${verb} ${going} of ${result.caches.length} caches, ${formatBytes(result.freedBytes)} held by them alone${
      inRegistry(result.backend) ? " (freed by the registry's garbage collection)" : ''
    }`,
  );
  for (const n of result.notes) lines.push(`note: ${n}`);
  return lines.join('\n');
}

/** The per-branch size lines doctor shows (every cache, no decision). */
export function renderSizes(result: Pick<PruneResult, 'caches' | 'totalBytes' | 'sharedBytes'>): string {
  const lines = result.caches.map(
    (c) =>
      `${c.slug}: ${formatBytes(c.ownBytes)} own + ${formatBytes(c.sharedBytes)} shared${
        c.lastWrite ? `, written ${c.lastWrite}` : ''
      }`,
  );
  return [
    ...lines,
    `total ${formatBytes(result.totalBytes)}, of which ${formatBytes(
      result.sharedBytes,
    )} shared between branches (counted once)`,
  ].join('; ');
}
