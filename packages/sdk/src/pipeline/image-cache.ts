// The cache work around one image, the same for a build and for each service of a bake:
//   open:   the backend prepares, the previous build record is read, the read caches' blobs are
//           counted (alongside the build), cache mounts are restored;
//   settle: the build record is written and explains the first miss, the backend commits on the
//           image's own outcome, cache mounts are saved, and the report gets its cost fields.
// A cache problem becomes a warning in the report; nothing here fails the build.
import { backends, cacheBlobs } from '../backends/index.js';
import type { BackendInput, CacheBackend, CommitOutcome, PlanFacts } from '../backends/types.js';
import type { CredentialSource } from '../credentials/source.js';
import type { MountsSession } from '../mounts/persist.js';
import { finishMounts } from '../mounts/hooks.js';
import type { BuildPlan } from '../plan/build-plan.js';
import { collectRecord, startRecord, type StartedRecord } from '../record/collect.js';
import type { RecordStore } from '../record/store.js';
import type { BuildRecord } from '../record/types.js';
import { everyStepCached, type CacheReport } from '../report/build-report.js';
import type { VertexState } from '../report/progress.js';
import type { Logger } from '../workspace/build-environment.js';
import type { Redactor } from '../workspace/redact.js';
import { cacheCostOf, explainReport } from './explain-report.js';

/** What the build record describes: the image's sources as the user gave them (absolute paths). */
export interface ImageSource {
  context: string;
  dockerfile: string;
  buildArgs: Record<string, string>;
}

export interface ImageCacheContext {
  facts: PlanFacts;
  /** Where the image's relative cache paths start (the build's cwd, the bake project's directory). */
  cwd: string;
  credentials: CredentialSource;
  log: Logger;
  redact: Redactor;
}

export interface OpenImageCache {
  readonly plan: BuildPlan;
  readonly source: ImageSource;
  readonly backend: CacheBackend;
  readonly input: BackendInput;
  readonly records: RecordStore | undefined;
  /** The previous build record, read alongside the build: only what runs after the build uses it. */
  readonly previous: Promise<BuildRecord | undefined>;
  readonly readBlobs: Promise<Map<string, number> | undefined>;
  /** The record's Dockerfile parse and context walk, once started alongside the build (startImageRecord). */
  recordStart?: StartedRecord;
  mounts?: MountsSession;
  released: boolean;
}

export async function openImageCache(plan: BuildPlan, source: ImageSource, ctx: ImageCacheContext): Promise<OpenImageCache> {
  const backend = backends[plan.backend];
  const input: BackendInput = { options: plan.options, keys: plan.keys, facts: ctx.facts };
  await backend.prepare?.(input, plan.cachePlan);
  const records = backend.recordStore?.(plan.cachePlan, ctx.cwd, ctx.credentials);
  const previous = records ? records.read().catch(() => undefined) : Promise.resolve(undefined);
  // Counted alongside the build (no extra wait): what the caches read hold, for the cost fields.
  const readBlobs = cacheBlobs(plan.cachePlan, plan.reads, plan.options, ctx.cwd);
  return { plan, source, backend, input, records, previous, readBlobs, released: false };
}

/**
 * Starts the record's reading (Dockerfile parse, context walk) once buildx runs: started earlier, its
 * parser's load and compile would sit between the checks and the build's spawn.
 */
export function startImageRecord(open: OpenImageCache): void {
  open.recordStart ??= startRecord(open.source);
}

/** The image's caches are abandoned (a fallback built it without them): the backend cleans up. */
export async function releaseImageCache(open: OpenImageCache): Promise<void> {
  if (open.released) return;
  open.released = true;
  await open.backend.commit?.(open.input, open.plan.cachePlan, { buildSucceeded: false });
}

export interface ImageOutcome {
  /** The plan the last attempt ran (a fallback's, or the one opened). */
  plan: BuildPlan;
  vertices: VertexState[];
  succeeded: boolean;
  readsDropped: boolean;
  /** Notes of the run for this image (e.g. that its local cache was left out of the context). */
  notes: string[];
}

/**
 * Completes `report` (this image's): record, miss reason, commit, notes, mounts, cost. Its
 * warnings end redacted; the caller logs those the fallback ladder did not log already.
 */
export async function settleImageCache(open: OpenImageCache, outcome: ImageOutcome, report: CacheReport, ctx: ImageCacheContext): Promise<void> {
  if (!outcome.succeeded) {
    if (outcome.notes.length > 0) report.notes = [...(report.notes ?? []), ...outcome.notes.map(ctx.redact)];
    await releaseImageCache(open);
    return;
  }
  // A fallback that dropped the cache planned anew: the opened cache is not what was built with.
  const sameCache = outcome.plan.cachePlan === open.plan.cachePlan && !open.released;
  const { plan } = outcome;
  const previous = await open.previous;
  const collect = { ...open.source, vertices: outcome.vertices, previous, started: open.recordStart };
  const record = await collectRecord(collect).catch(() => undefined);
  if (record) explainReport(report, previous, record);
  const saveRecord = async () => {
    if (!sameCache || !record || !plan.writes || report.exportStatus !== 'ok') return;
    const notSaved = (error: Error) => ctx.log.info(`layercache: build record not saved (${error.message})`);
    await open.records?.write(record).catch(notSaved);
  };
  const readBlobs = sameCache ? open.readBlobs : Promise.resolve(undefined);
  // The cost fields count what the commit left where the cache was written: they are asked as soon as
  // the commit is done, alongside the record's upload, not after it.
  const commitThenCost = async () => {
    const done = sameCache ? await commitImage(open, report, outcome) : undefined;
    const cost = cacheCostOf(plan, outcome.vertices, report, readBlobs, ctx.cwd);
    cost.catch(() => undefined); // awaited below, after the mounts
    return { committed: done, cost };
  };
  const { committed, cost } = await recordThenCommit(open.records, saveRecord, commitThenCost);
  report.warnings.push(...(committed?.warnings ?? []));
  const notes = [...outcome.notes, ...(committed?.notes ?? [])];
  if (notes.length > 0) report.notes = [...(report.notes ?? []), ...notes.map(ctx.redact)];
  await finishMounts(open.mounts, report, ctx.log);
  report.cost = await cost;
  if (committed?.integrityCheck) report.cost.integrityCheck = committed.integrityCheck;
  report.warnings = report.warnings.map(ctx.redact);
}

/**
 * The record is saved before the commit when it lives inside what the commit swaps in (local's
 * snapshot); beside the cache (`<ref>.record`) nothing the commit writes names it, so both run at once.
 */
async function recordThenCommit<T>(
  records: RecordStore | undefined,
  saveRecord: () => Promise<void>,
  commit: () => Promise<T>,
): Promise<T> {
  if (records?.insideCache) {
    await saveRecord();
    return commit();
  }
  const [, committed] = await Promise.allSettled([saveRecord(), commit()]);
  if (committed.status === 'rejected') throw committed.reason;
  return committed.value;
}

function commitImage(open: OpenImageCache, report: CacheReport, outcome: ImageOutcome) {
  const o: CommitOutcome = {
    buildSucceeded: true,
    allStepsCached: everyStepCached(report),
    exported: report.exportStatus === 'ok',
    readsDropped: outcome.readsDropped,
  };
  return open.backend.commit?.(open.input, open.plan.cachePlan, o);
}
