// The one interface every cache backend implements. `plan` is pure; `prepare`/`commit` are
// optional I/O hooks for backends that manage what they wrote (local snapshots, registry tags).
// See backends/contract.test.ts.
import type { CredentialSource } from '../credentials/source.js';
import type { ResolvedKeys } from '../keys/resolve.js';
import type { BuildOptions } from '../options/schema.js';

/** Cache exporters BuildKit may offer. */
export type CacheExporter = 'inline' | 'registry' | 'local' | 's3' | 'gha' | 'azblob';
export type ConcreteBackend = 'inline' | 'registry' | 'local' | 'harness' | 'none';

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

export interface IntegrityCheck {
  bytesHashed: number;
  ms: number;
}

export interface CacheBackend {
  readonly name: ConcreteBackend;
  /** The exporter this backend writes with (null: none). */
  readonly exporter: CacheExporter | null;
  plan(input: BackendInput): CachePlan;
  /** I/O before the build (e.g. create directories). */
  prepare?(input: BackendInput, plan: CachePlan): Promise<void>;
  /** I/O after the build (e.g. swap in a new local snapshot, or keep the previous cache). */
  commit?(input: BackendInput, plan: CachePlan, outcome: CommitOutcome): Promise<CommitResult>;
}

export function emptyPlan(backend: ConcreteBackend): CachePlan {
  return { backend, cacheFrom: [], cacheTo: [], extraTags: [], buildArgs: {}, secretEnv: {}, reads: [], writes: undefined, notes: [] };
}
