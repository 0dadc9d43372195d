// local: a cache directory on disk, one folder per branch slug:
//   <dir>/<slug>/current            -> snapshots/<runId>   (symlink; what builds read)
//   <dir>/<slug>/snapshots/<runId>/ (what one build wrote: index.json + blobs)
// Every build exports to a new snapshot. It is swapped in (atomic rename of the link) only when
// the build succeeded and the export is complete and within the size cap, so a fully cached or
// failed build never replaces a good cache with an empty one, and concurrent writers each swap in
// a complete snapshot. Older snapshots beyond `keep` are removed: the cache does not grow unbounded.
import { lstat, mkdir, readFile, readdir, readlink, rename, rm, stat, symlink } from 'node:fs/promises';
import path from 'node:path';
import { cacheEntry, exportErrorPolicy } from './cache-entry.js';
import { emptyPlan, type CacheBackend, type CachePlan } from './types.js';

/** Warnings of the snapshot repairs `prepare` made, reported by `commit` of the same build. */
const repairs = new WeakMap<CachePlan, string[]>();

export function localLayout(dir: string, slug: string, runId: string) {
  const root = path.join(dir, slug);
  return { root, current: path.join(root, 'current'), snapshots: path.join(root, 'snapshots'), staging: path.join(root, 'snapshots', runId) };
}

/** Every `current` link a build with these options could read (what preflight checks exist). */
export function localCandidates(dir: string, slugs: string[]): string[] {
  return slugs.map((slug) => localLayout(dir, slug, '').current);
}

export const localBackend: CacheBackend = {
  name: 'local',
  exporter: 'local',
  plan({ options, keys, facts }) {
    const plan = emptyPlan('local');
    const dir = options.cache.dir!; // parseOptions requires it for this backend
    const existing = keys.read.map((slug) => localLayout(dir, slug, facts.runId).current).filter((p) => facts.localCaches?.has(p) ?? true);
    plan.reads = existing;
    plan.cacheFrom = existing.map((src) => cacheEntry({ type: 'local', src }));
    if (keys.write !== undefined) {
      const { staging } = localLayout(dir, keys.write, facts.runId);
      plan.writes = staging;
      plan.cacheTo = [cacheEntry({ type: 'local', dest: staging, mode: options.cache.mode, ...exportErrorPolicy(options.cache.strict) })];
    }
    return plan;
  },
  async prepare(input, plan) {
    if (plan.writes) await mkdir(path.dirname(path.resolve(input.facts.cwd, plan.writes)), { recursive: true });
    const warnings: string[] = [];
    for (const current of plan.reads) {
      const warning = await repairCurrent(path.resolve(input.facts.cwd, current), input.facts.runId);
      if (warning) warnings.push(warning);
    }
    if (warnings.length > 0) repairs.set(plan, warnings);
  },
  async commit(input, plan, outcome) {
    const repaired = repairs.get(plan) ?? [];
    if (plan.writes === undefined) return repaired;
    const layout = localLayout(input.options.cache.dir!, input.keys.write!, input.facts.runId);
    const abs = (p: string) => path.resolve(input.facts.cwd, p);
    if (!outcome.buildSucceeded) {
      await rm(abs(layout.staging), { recursive: true, force: true });
      return repaired;
    }
    const warnings: string[] = [...repaired];
    const verdict = await inspectSnapshot(abs(layout.staging));
    const capBytes = input.options.cache.local.maxSizeMb * 1024 * 1024;
    if (!verdict.complete) {
      warnings.push(`[local] the cache export to ${layout.staging} is incomplete (${verdict.reason}); keeping the previous cache`);
      await rm(abs(layout.staging), { recursive: true, force: true });
    } else if (verdict.bytes > capBytes) {
      warnings.push(`[local] the new cache is ${mb(verdict.bytes)} MB, over the ${input.options.cache.local.maxSizeMb} MB cap; keeping the previous cache (raise cache.local.maxSizeMb or use mode=min)`);
      await rm(abs(layout.staging), { recursive: true, force: true });
    } else {
      await swapCurrent(abs(layout.current), path.relative(layout.root, layout.staging), input.facts.runId);
    }
    await pruneSnapshots(abs(layout.snapshots), abs(layout.current), input.options.cache.local.keep, input.facts.runId);
    return warnings;
  },
};

/**
 * A damaged snapshot behind `current` is never handed to BuildKit (a missing layer fails the
 * build, and can leave Moby's BuildKit failing every later build with "lease … not found"):
 * `current` moves to the newest complete older snapshot, or goes (a cold build), and the damaged
 * one is removed. Returns the warning to report, or undefined when the snapshot is sound.
 */
export async function repairCurrent(current: string, runId: string): Promise<string | undefined> {
  const target = await readlink(current).catch(() => undefined);
  if (target === undefined) return undefined;
  const snapshot = path.resolve(path.dirname(current), target);
  // Gone: pruned by a concurrent build after it moved `current` on; BuildKit reads nothing there.
  if (!(await stat(snapshot).catch(() => undefined))) return undefined;
  const verdict = await inspectSnapshot(snapshot);
  if (verdict.complete) return undefined;
  // Another build swapped in a new snapshot meanwhile: that one is complete by construction.
  if ((await readlink(current).catch(() => undefined)) !== target) return undefined;
  const snapshots = path.dirname(snapshot);
  let fallback: string | undefined;
  const candidates = await readdir(snapshots, { withFileTypes: true }).catch(() => []);
  const dated = await Promise.all(
    candidates
      .filter((e) => e.isDirectory() && e.name !== path.basename(snapshot))
      .map(async (e) => ({ name: e.name, mtime: (await lstat(path.join(snapshots, e.name))).mtimeMs })),
  );
  for (const c of dated.sort((a, b) => b.mtime - a.mtime)) {
    if ((await inspectSnapshot(path.join(snapshots, c.name))).complete) {
      fallback = c.name;
      break;
    }
  }
  if (fallback) await swapCurrent(current, path.relative(path.dirname(current), path.join(snapshots, fallback)), runId);
  else await rm(current, { force: true });
  await rm(snapshot, { recursive: true, force: true });
  return `[local] the cache snapshot ${snapshot} is damaged (${verdict.reason}); ${fallback ? `reading the previous snapshot ${fallback} instead` : 'building without it'}; this build's export replaces it`;
}

export interface SnapshotVerdict {
  complete: boolean;
  reason?: string;
  bytes: number;
}

/**
 * A snapshot is complete when index.json parses and every blob it references is present with its
 * recorded size, down through the cache index to the layers: BuildKit fails the whole build
 * ("failed to compute cache key: … not found") when it imports a cache with a missing layer.
 */
export async function inspectSnapshot(dir: string): Promise<SnapshotVerdict> {
  let index: { manifests?: Descriptor[] };
  try {
    index = JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8'));
  } catch {
    return { complete: false, reason: 'index.json is missing or unreadable', bytes: 0 };
  }
  const manifests = index.manifests ?? [];
  if (manifests.length === 0) return { complete: false, reason: 'index.json lists no cache manifest', bytes: 0 };
  const problem = await missingBlob(dir, manifests, 0);
  if (problem) return { complete: false, reason: problem, bytes: 0 };
  return { complete: true, bytes: await directoryBytes(dir) };
}

interface Descriptor {
  digest?: string;
  size?: number;
  mediaType?: string;
}

/** The first referenced blob that is absent or of the wrong size, following JSON manifests. */
async function missingBlob(dir: string, descriptors: Descriptor[], depth: number): Promise<string | undefined> {
  for (const d of descriptors) {
    const blob = blobPath(dir, d.digest ?? '');
    const info = blob ? await stat(blob).catch(() => undefined) : undefined;
    if (!blob || !info) return `blob ${d.digest} is missing`;
    if (typeof d.size === 'number' && info.size !== d.size) return `blob ${d.digest} has ${info.size} bytes, not ${d.size}`;
    if (depth >= 3 || !/(manifest|index)(\.v\d+)?\+json$/.test(d.mediaType ?? '')) continue;
    let doc: { manifests?: Descriptor[]; layers?: Descriptor[]; config?: Descriptor };
    try {
      doc = JSON.parse(await readFile(blob, 'utf8'));
    } catch {
      return `blob ${d.digest} is not a readable manifest`;
    }
    const children = [...(doc.manifests ?? []), ...(doc.layers ?? []), ...(doc.config ? [doc.config] : [])];
    const inner = await missingBlob(dir, children, depth + 1);
    if (inner) return inner;
  }
  return undefined;
}

function blobPath(dir: string, digest: string): string | undefined {
  const [algorithm, hex] = digest.split(':');
  return algorithm && hex ? path.join(dir, 'blobs', algorithm, hex) : undefined;
}

export async function directoryBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) total += await directoryBytes(p);
    else if (entry.isFile()) total += (await stat(p)).size;
  }
  return total;
}

/** Atomically points `current` at the new snapshot: a new link, renamed over the old one. */
async function swapCurrent(current: string, target: string, runId: string): Promise<void> {
  const tmp = `${current}.${runId}.tmp`;
  await rm(tmp, { force: true });
  await symlink(target, tmp);
  await rename(tmp, current);
}

/** Keeps the current snapshot, the `keep` newest others, and any still being written (younger than an hour). */
async function pruneSnapshots(snapshots: string, current: string, keep: number, runId: string): Promise<void> {
  const currentTarget = await readlink(current).then((t) => path.basename(t)).catch(() => undefined);
  const entries = await readdir(snapshots, { withFileTypes: true }).catch(() => []);
  const others = [];
  for (const e of entries) {
    if (!e.isDirectory() || e.name === currentTarget || e.name === runId) continue;
    const info = await lstat(path.join(snapshots, e.name)).catch(() => undefined);
    if (info) others.push({ name: e.name, mtime: info.mtimeMs, complete: (await stat(path.join(snapshots, e.name, 'index.json')).catch(() => undefined)) !== undefined });
  }
  others.sort((a, b) => b.mtime - a.mtime);
  const hourAgo = Date.now() - 3600_000;
  const completeOthers = others.filter((o) => o.complete);
  const keepNames = new Set(completeOthers.slice(0, keep).map((o) => o.name));
  for (const o of others) {
    if (keepNames.has(o.name)) continue;
    if (!o.complete && o.mtime > hourAgo) continue; // probably a concurrent build still exporting
    await rm(path.join(snapshots, o.name), { recursive: true, force: true });
  }
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
