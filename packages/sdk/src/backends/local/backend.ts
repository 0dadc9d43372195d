// local: a cache directory on disk, one folder per branch slug:
//   <dir>/<slug>/current            -> snapshots/<runId>   (symlink; what builds read)
//   <dir>/<slug>/snapshots/<runId>/ (what one build wrote: index.json + blobs)
// Every build exports to a new snapshot. It is swapped in (atomic rename of the link) only when
// the build succeeded and the export is complete and within the size cap, so a fully cached or
// failed build never replaces a good cache with an empty one, and concurrent writers each swap in
// a complete snapshot. Older snapshots beyond `keep` are removed: the cache does not grow unbounded.
// A new snapshot starts with hard links to the blobs of the one this build reads, so BuildKit only
// writes the blobs that changed; the links it did not reuse are dropped before the swap.
// `previous` names the snapshot the last swap replaced; builds read it right after `current`,
// because BuildKit's re-export of a partly cached build can leave out records it only imported.
import { lstat, lutimes, mkdir, readdir, readlink, realpath, rename, rm, stat, symlink } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { localStore } from '../../prune/local-store.js';
import { localRecordStore } from '../../record/store.js';
import { cacheEntry } from '../cache-entry.js';
import { exportErrorPolicy, keepingPrevious } from '../cache-failure.js';
import { withPreviousGenerations } from '../refs.js';
import { emptyPlan, type CacheBackend, type CachePlan, type IntegrityCheck } from '../types.js';
import { newDigestCache, type DigestCache } from './blob-digest.js';
import { allKnown, loadVerified, saveVerified } from './verified-memo.js';
import { localBlobs } from './blobs.js';
import { findLocalExisting } from './existing.js';
import { localLayout, previousLink } from './layout.js';
import { localMounts } from './mounts.js';
import { beingWritten, discard, markWriting, unmarkWriting } from './writers.js';
import { dropUnreferencedBlobs, inspectSnapshot, seedSnapshot } from './snapshot.js';

export { localCandidates, localLayout, previousLink } from './layout.js';

/** Warnings of the snapshot repairs `prepare` made, reported by `commit` of the same build. */
const repairs = new WeakMap<CachePlan, string[]>();
/** What hashing the read snapshots cost in `prepare`, reported by `commit` (bench and report cost fields). */
const integrityChecks = new WeakMap<CachePlan, IntegrityCheck>();

export const localBackend: CacheBackend = {
  name: 'local',
  exporter: 'local',
  store: 'directory',
  requires: (o) =>
    o.cache.dir
      ? []
      : [
          {
            path: 'cache.dir',
            message: 'is required by the local backend',
            hint: 'give a directory inside the workspace, e.g. .layercache/cache',
          },
        ],
  findExisting: findLocalExisting,
  pruneRequires: (o) =>
    o.dir
      ? []
      : [{ path: 'dir', message: 'the local backend needs the cache directory', hint: 'pass --cache-dir DIR' }],
  pruneStore: (o, { cwd }) => localStore(path.resolve(cwd, o.dir!), `${process.pid}-${randomBytes(4).toString('hex')}`),
  recordStore: (plan, cwd) =>
    localRecordStore(
      plan.reads.map((p) => path.resolve(cwd, p)),
      plan.writes && path.resolve(cwd, plan.writes),
    ),
  blobsAt: (where, _options, cwd) => localBlobs(path.resolve(cwd, where)),
  writtenLocation: (_plan, options, writeSlug) => path.join(options.cache.dir!, writeSlug, 'current'),
  mounts: localMounts,
  plan({ options, keys, facts }) {
    const plan = emptyPlan('local');
    const dir = options.cache.dir!; // parseOptions requires it for this backend
    const existing = keys.read
      .map((slug) => localLayout(dir, slug, facts.runId).current)
      .filter((p) => facts.localCaches?.has(p) ?? true);
    plan.reads = withPreviousGenerations(existing, previousLink, facts.previousCaches);
    plan.cacheFrom = plan.reads.map((src) => cacheEntry({ type: 'local', src }));
    if (keys.write !== undefined) {
      const { staging } = localLayout(dir, keys.write, facts.runId);
      plan.writes = staging;
      plan.cacheTo = [
        cacheEntry({
          type: 'local',
          dest: staging,
          mode: options.cache.mode,
          ...exportErrorPolicy(options.cache.strict),
        }),
      ];
    }
    return plan;
  },
  async prepare(input, plan) {
    const abs = (p: string) => path.resolve(input.facts.cwd, p);
    if (plan.writes) {
      await mkdir(path.dirname(abs(plan.writes)), { recursive: true });
      await markWriting(path.dirname(abs(plan.writes)), input.facts.runId);
    }
    const warnings: string[] = [];
    const dir = abs(input.options.cache.dir!); // the local backend requires it
    const digests = newDigestCache(plan.reads.length > 0 ? await loadVerified(dir) : undefined);
    for (const current of plan.reads) {
      const warning = await repairCurrent(abs(current), input.facts.runId, digests);
      if (warning) warnings.push(warning);
    }
    const sound = digests.sound();
    if (!allKnown(sound, digests.trusted)) await saveVerified(dir, sound, digests.trusted, input.facts.runId);
    if (warnings.length > 0) repairs.set(plan, warnings);
    if (digests.bytesHashed > 0)
      integrityChecks.set(plan, { bytesHashed: digests.bytesHashed, ms: Math.round(digests.msHashing) });
    if (plan.writes) {
      // The first read that (still) resolves is the snapshot this build imports most from.
      for (const current of plan.reads) {
        const snapshot = await realpath(abs(current)).catch(() => undefined);
        if (snapshot === undefined) continue;
        await seedSnapshot(snapshot, abs(plan.writes));
        break;
      }
    }
  },
  async commit(input, plan, outcome) {
    const integrityCheck = integrityChecks.get(plan);
    const result = await commitLocal(input, plan, outcome);
    return integrityCheck ? { ...result, integrityCheck } : result;
  },
};

async function commitLocal(...[input, plan, outcome]: Parameters<NonNullable<CacheBackend['commit']>>) {
  const repaired = repairs.get(plan) ?? [];
  if (plan.writes === undefined) return { warnings: repaired, notes: [] };
  const layout = localLayout(input.options.cache.dir!, input.keys.write!, input.facts.runId);
  const abs = (p: string) => path.resolve(input.facts.cwd, p);
  try {
    return await commitSnapshot(input, plan, outcome, layout, abs, repaired);
  } finally {
    await unmarkWriting(abs(layout.snapshots), input.facts.runId);
  }
}

/** Swaps in the snapshot this build wrote, or drops it, then prunes. Never throws for a file system race. */
async function commitSnapshot(
  input: Parameters<NonNullable<CacheBackend['commit']>>[0],
  plan: CachePlan,
  outcome: Parameters<NonNullable<CacheBackend['commit']>>[2],
  layout: ReturnType<typeof localLayout>,
  abs: (p: string) => string,
  repaired: string[],
) {
  const { keep, maxSizeMb } = input.options.cache.local;
  const prune = () =>
    pruneSnapshots(abs(layout.snapshots), abs(layout.current), keep, input.facts.runId).catch(() => undefined);
  if (!outcome.buildSucceeded) {
    await discard(abs(layout.staging));
    return { warnings: repaired, notes: [] };
  }
  const warnings: string[] = [...repaired];
  const notes: string[] = [];
  if (
    outcome.allStepsCached &&
    plan.reads.includes(layout.current) &&
    (await inspectSnapshot(abs(layout.current))).complete
  ) {
    notes.push(
      `[local] every step came from the cache, so ${layout.current} stays as it is (a re-export of a fully cached build can leave out earlier stages)`,
    );
    await discard(abs(layout.staging));
    // The link's time is the cache's last write (layercache prune --older-than reads it).
    await lutimes(abs(layout.current), new Date(), new Date()).catch(() => undefined);
    await prune();
    return { warnings, notes };
  }
  await dropUnreferencedBlobs(abs(layout.staging)).catch(() => 0);
  const present = (await stat(abs(layout.staging)).catch(() => undefined)) !== undefined;
  const verdict = present ? await inspectSnapshot(abs(layout.staging)) : { complete: false, bytes: 0 };
  const capBytes = maxSizeMb * 1024 * 1024;
  if (!present) {
    warnings.push(
      keepingPrevious(
        'local',
        `the cache export to ${layout.staging} was removed before it could be swapped in (by something else sharing the cache directory)`,
      ),
    );
  } else if (!verdict.complete) {
    warnings.push(keepingPrevious('local', `the cache export to ${layout.staging} is incomplete (${verdict.reason})`));
    await discard(abs(layout.staging));
  } else if (verdict.bytes > capBytes) {
    warnings.push(
      keepingPrevious(
        'local',
        `the new cache is ${mb(verdict.bytes)} MB, over the ${maxSizeMb} MB cap`,
        'raise cache.local.maxSizeMb or use mode=min',
      ),
    );
    await discard(abs(layout.staging));
  } else {
    const replaced = await readlink(abs(layout.current)).catch(() => undefined);
    // `previous` first: a concurrent pruner then always finds the replaced snapshot named by a link.
    if (replaced !== undefined && keep > 0)
      await swapLink(previousLink(abs(layout.current)), replaced, input.facts.runId);
    await swapLink(abs(layout.current), path.relative(layout.root, layout.staging), input.facts.runId);
  }
  await prune();
  return { warnings, notes };
}

/**
 * A damaged snapshot behind `current` is never handed to BuildKit (a missing layer fails the
 * build; a layer whose bytes changed fails it with "unexpected commit digest" and can leave Moby's
 * BuildKit failing every later build with `lease "…": not found`). Every blob is hashed against its
 * digest first. A damaged snapshot is moved to `<dir>/<slug>/quarantine/` (the newest one is kept
 * there for inspection), and `current` moves to the newest sound older snapshot, or goes (a cold
 * build). Returns the warning to report, or undefined when the snapshot is sound.
 */
export async function repairCurrent(
  current: string,
  runId: string,
  digests: DigestCache = newDigestCache(),
): Promise<string | undefined> {
  const target = await readlink(current).catch(() => undefined);
  if (target === undefined) return undefined;
  const snapshot = path.resolve(path.dirname(current), target);
  // Gone: pruned by a concurrent build after it moved `current` on; BuildKit reads nothing there.
  if (!(await stat(snapshot).catch(() => undefined))) return undefined;
  const verdict = await inspectSnapshot(snapshot, { verifyDigests: digests });
  if (verdict.complete) return undefined;
  // Another build swapped in a new snapshot meanwhile: that one is complete by construction.
  if ((await readlink(current).catch(() => undefined)) !== target) return undefined;
  const snapshots = path.dirname(snapshot);
  let fallback: string | undefined;
  const candidates = await readdir(snapshots, { withFileTypes: true }).catch(() => []);
  const dated = await Promise.all(
    candidates
      .filter((e) => e.isDirectory() && e.name !== path.basename(snapshot))
      .map(async (e) => ({
        name: e.name,
        mtime: (await lstat(path.join(snapshots, e.name)).catch(() => ({ mtimeMs: 0 }))).mtimeMs,
      })),
  );
  for (const c of dated.sort((a, b) => b.mtime - a.mtime)) {
    if ((await inspectSnapshot(path.join(snapshots, c.name), { verifyDigests: digests })).complete) {
      fallback = c.name;
      break;
    }
  }
  if (fallback) await swapLink(current, path.relative(path.dirname(current), path.join(snapshots, fallback)), runId);
  else await rm(current, { force: true });
  const kept = await quarantine(snapshot);
  const where = kept ? `; the damaged snapshot is kept at ${kept} for inspection` : '';
  return `[local] the cache snapshot ${snapshot} is damaged (${verdict.reason}); ${
    fallback ? `reading the previous snapshot ${fallback} instead` : 'building without it'
  }; this build's export replaces it${where}`;
}

/** Moves a damaged snapshot to `<root>/quarantine/`, where only the newest one stays; returns where, or undefined when it could only be removed. */
async function quarantine(snapshot: string): Promise<string | undefined> {
  const dir = path.join(path.dirname(path.dirname(snapshot)), 'quarantine');
  const dest = path.join(dir, path.basename(snapshot));
  await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  const moved = await mkdir(dir, { recursive: true })
    .then(() => rename(snapshot, dest))
    .then(
      () => true,
      () => false,
    );
  if (!moved) await rm(snapshot, { recursive: true, force: true }).catch(() => undefined);
  return moved ? dest : undefined;
}

/** Atomically points a link (`current`, `previous`) at a snapshot: a new link, renamed over the old one. */
async function swapLink(link: string, target: string, runId: string): Promise<void> {
  const tmp = `${link}.${runId}.tmp`;
  await rm(tmp, { force: true });
  await symlink(target, tmp);
  await rename(tmp, link);
}

/** Keeps the current snapshot, the `keep` newest others, the previous one, and any still being written (younger than an hour). */
async function pruneSnapshots(snapshots: string, current: string, keep: number, runId: string): Promise<void> {
  const currentTarget = await readlink(current)
    .then((t) => path.basename(t))
    .catch(() => undefined);
  const previousTarget = await readlink(previousLink(current))
    .then((t) => path.basename(t))
    .catch(() => undefined);
  const entries = await readdir(snapshots, { withFileTypes: true }).catch(() => []);
  const others = [];
  for (const e of entries) {
    if (!e.isDirectory() || e.name === currentTarget || e.name === runId) continue;
    const info = await lstat(path.join(snapshots, e.name)).catch(() => undefined);
    if (info)
      others.push({
        name: e.name,
        mtime: info.mtimeMs,
        complete: (await stat(path.join(snapshots, e.name, 'index.json')).catch(() => undefined)) !== undefined,
      });
  }
  others.sort((a, b) => b.mtime - a.mtime);
  const hourAgo = Date.now() - 3600_000;
  const completeOthers = others.filter((o) => o.complete);
  // The newest `keep` stay (one may be a concurrent build's export about to be swapped in), and so
  // does the snapshot `previous` names (builds read it).
  const keepNames = new Set(completeOthers.slice(0, keep).map((o) => o.name));
  if (previousTarget !== undefined && keep > 0) keepNames.add(previousTarget);
  for (const o of others) {
    if (keepNames.has(o.name)) continue;
    if (!o.complete && o.mtime > hourAgo) continue; // probably a concurrent build still exporting
    if (await beingWritten(snapshots, o.name)) continue; // a concurrent build's export, about to be swapped in
    // Links may have moved since they were read: never remove what current or previous names now.
    const named = await Promise.all(
      [current, previousLink(current)].map((l) =>
        readlink(l).then(
          (t) => path.basename(t),
          () => undefined,
        ),
      ),
    );
    if (named.includes(o.name)) continue;
    await discard(path.join(snapshots, o.name));
  }
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
