// The one interface every cache backend implements. `plan` is pure; the other members are
// optional I/O hooks for backends that keep state: what exists before a run, where build records
// sit, how many blobs a cache holds, what to do after the build (local snapshots, registry tags).
// Nothing outside backends/ asks a backend's name to decide what to do. See backends/contract.test.ts.
import type { CredentialSource } from '../credentials/source.js';
import type { ConfigIssue } from '../errors.js';
import type { ResolvedKeys } from '../keys/resolve.js';
import type { MountStore } from '../mounts/store.js';
import type { BuildOptions } from '../options/schema.js';
import type { PruneOptions } from '../prune/options.js';
import type { PruneStore } from '../prune/types.js';
import type { RecordStore } from '../record/store.js';
import type { RegistryAuth } from '../registry/client.js';
import type { IntegrityCheck } from '../report/cache-cost.js';

/** Cache exporters BuildKit may offer. */
export type CacheExporter = 'inline' | 'registry' | 'local' | 's3' | 'gha' | 'azblob';
export type ConcreteBackend = 'inline' | 'registry' | 'local' | 's3' | 'none';

/** Facts gathered by I/O (preflight) before planning. Defaults assume a capable builder. */
export interface PlanFacts {
  exporters: ReadonlySet<CacheExporter>;
  /** The registry exporter understands image-manifest=true / oci-mediatypes=true (BuildKit >= 0.12). */
  imageManifest: boolean;
  /** Local cache snapshots that exist (absolute paths of their `current` links); undefined: assume all. */
  localCaches?: ReadonlySet<string>;
  /**
   * Previous generations that exist (`<ref>.prev` tags, `<dir>/<slug>/previous` links), read
   * right after their cache; undefined: none (they are only read when seen to exist).
   */
  previousCaches?: ReadonlySet<string>;
  /**
   * What written locations held before the run (registry: the manifest at the write tag), found with
   * the other lookups, alongside preflight; undefined: not looked up, the backend asks in `prepare`.
   */
  heldBefore?: ReadonlyMap<string, StoredManifest>;
  /** Unique id of this run: names per-run local snapshots. */
  runId: string;
  /** Working directory of the build: relative context, Dockerfile and cache paths start here. */
  cwd: string;
  /** Where buildx writes --metadata-file. */
  metadataFile: string;
  /** Why the builder has these exporters (shown when auto picks a fallback). */
  builderSummary?: string;
  /** The run's registry credentials (logins, then the job's docker config); undefined: the logins only. */
  credentials?: CredentialSource;
}

export interface BackendInput {
  options: BuildOptions;
  keys: ResolvedKeys;
  facts: PlanFacts;
}

export interface CachePlan {
  backend: ConcreteBackend;
  cacheFrom: string[];
  cacheTo: string[];
  /** Extra image tags the cache needs (inline: the branch-keyed image that carries the cache). */
  extraTags: string[];
  buildArgs: Record<string, string>;
  /** Environment for buildx (may hold credentials: never printed, never in argv). */
  secretEnv: Record<string, string>;
  /** Human-readable locations read, best first, and written. */
  reads: string[];
  writes: string | undefined;
  /** Warnings and explanations, e.g. why auto picked this backend. */
  notes: string[];
}

export interface CommitOutcome {
  buildSucceeded: boolean;
  /**
   * Every build step came from the cache. The export then holds nothing new, and BuildKit's
   * re-export of layers it only imported can leave out earlier stages (moby/buildkit#6893), so
   * backends keep the cache this build read from the place it writes instead of the new export.
   */
  allStepsCached?: boolean;
  /** BuildKit reported the cache export done (false: it failed, so nothing was replaced). */
  exported?: boolean;
  /**
   * The build ran without reading its cache because that cache references content its store lost
   * (the lost-blob repair): the cache it read before must not become the previous generation.
   */
  readsDropped?: boolean;
}

export interface CommitResult {
  /** Cache failures: reported as warnings (and fatal in strict mode). */
  warnings: string[];
  /** What the backend did that a user may want to know, e.g. that it kept the previous cache. */
  notes: string[];
  /** What checking the read caches' content cost before the build (local backend: every blob hashed). */
  integrityCheck?: IntegrityCheck;
}

export type { IntegrityCheck } from '../report/cache-cost.js';

/** What a backend may look at before a run: the cache settings, the keys, and how to reach a registry. */
export interface ExistingQuery {
  cache: BuildOptions['cache'];
  keys: ResolvedKeys;
  cwd: string;
  credentials: RegistryAuth;
  /** Aborts the lookups' requests (the run stopped before planning, e.g. its preflight failed). */
  signal?: AbortSignal;
}

/** The caches a run could read that exist now, named as the plan names them. */
export interface ExistingCaches {
  /** Current caches (local `current` links); backends without a check leave it out. */
  caches?: Set<string>;
  /** Previous generations (`<ref>.prev` tags, `<dir>/<slug>/previous` links). */
  previous?: Set<string>;
  /** What the location the run will write held (see PlanFacts.heldBefore). */
  heldBefore?: Map<string, StoredManifest>;
}

/** A manifest as the registry sent it: what a commit may put back byte for byte. */
export interface StoredManifest {
  raw: string;
  mediaType: string;
}

export interface PruneStoreRuntime {
  cwd: string;
  now: () => number;
}

/** Where a backend's caches live: decides registry wording (401/403) and doctor's checks. */
export type CacheStore = 'registry' | 'directory' | 'bucket' | null;

/** One branch's cache mount archives: a location per slug, read best first, and the one written. */
export interface MountLocations {
  reads: string[];
  write: string | undefined;
}

export interface MountStoreRuntime {
  /** Names a local writer's temp files. */
  runId: string;
  credentials: RegistryAuth;
  timeoutMs: number;
}

/** Where a backend keeps the archives of a build's cache mounts (docs/cache-mounts.md). */
export interface MountsPlace {
  /** Pure: the locations for these keys; undefined when the options give no place. */
  locations(options: BuildOptions, keys: ResolvedKeys, cwd: string): MountLocations | undefined;
  /** The store that reads and writes archives at those locations (I/O). */
  store(options: BuildOptions, runtime: MountStoreRuntime): MountStore;
}

export interface CacheBackend {
  readonly name: ConcreteBackend;
  /** The exporter this backend writes with (null: none). */
  readonly exporter: CacheExporter | null;
  readonly store: CacheStore;
  /** Settings this backend needs that the options lack (checked with every other option). */
  requires?(options: BuildOptions): ConfigIssue[];
  plan(input: BackendInput): CachePlan;
  /** Which caches and previous generations this backend could read exist now. Never throws. */
  findExisting?(query: ExistingQuery): Promise<ExistingCaches>;
  /** Where build records sit next to the cache of this plan (undefined: none kept). */
  recordStore?(plan: CachePlan, cwd: string, auth: RegistryAuth): RecordStore | undefined;
  /** The blobs (digest -> bytes) of the cache at one location, for the cost fields; undefined: unknown. */
  blobsAt?(where: string, options: BuildOptions, cwd: string): Promise<Map<string, number> | undefined>;
  /** The repository of its per-branch cache tags (registry, inline), for doctor's and prune's listings. */
  repository?(options: BuildOptions): string | undefined;
  /** The cache holds only the final stage's layers (inline): lint warns about multi-stage builds. */
  readonly finalStageOnly?: boolean;
  /** The store prune lists and deletes this backend's caches in. */
  pruneStore?(options: PruneOptions, runtime: PruneStoreRuntime): PruneStore;
  /** What prune needs to find this backend's caches that its options lack. */
  pruneRequires?(options: PruneOptions): ConfigIssue[];
  /** Where the cache this plan wrote lives once committed (a tag, the `current` link). Default: plan.writes. */
  writtenLocation?(plan: CachePlan, options: BuildOptions, writeSlug: string): string;
  /** Where this backend keeps cache mount archives beside its cache (mounts/ asks); undefined: nowhere. */
  readonly mounts?: MountsPlace;
  /** I/O before the build (e.g. create directories). */
  prepare?(input: BackendInput, plan: CachePlan): Promise<void>;
  /** I/O after the build (e.g. swap in a new local snapshot, or keep the previous cache). */
  commit?(input: BackendInput, plan: CachePlan, outcome: CommitOutcome): Promise<CommitResult>;
}

export function emptyPlan(backend: ConcreteBackend): CachePlan {
  return { backend, cacheFrom: [], cacheTo: [], extraTags: [], buildArgs: {}, secretEnv: {}, reads: [], writes: undefined, notes: [] };
}
