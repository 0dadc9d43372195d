// What an adapter hands the adapter contract test (packages/adapter-contract): the same scenarios
// run against every adapter, the way unstorage's testDriver runs every driver. Each env below is
// laid over `defaultBranchPush`; a variable set to undefined there is unset.
import type { Env } from './env-reader.js';
import type { CiAdapter } from './runner.js';

export type ContractScenario = 'defaultBranchPush' | 'featureBranch' | 'sameRepoPr' | 'forkPr' | 'tag';

export interface AdapterContract {
  /** The adapter as its entry point hands it to the runner: its buildOptions is the env -> options mapping. */
  adapter: CiAdapter<unknown>;
  /** A push to the default branch `main`, with every required setting. */
  defaultBranchPush: Env;
  /** A push to the branch `feature/login`. */
  featureBranch: Env;
  /** Pull or merge request 7 from `feature/login` into `main`, inside the repository. */
  sameRepoPr: Env;
  /** Pull request 7 from `feature/login` of a fork: it must write no cache. */
  forkPr: Env;
  /** The tag `v1.2.3`. */
  tag: Env;
  /** Unsetting these makes a required setting missing; the error names `names`. */
  missingRequired: { unset: string[]; names: string };
  /** A boolean setting and the option path it sets: every adapter takes the same words. */
  boolean: { variable: string; option: string };
  /** A secret `defaultBranchPush` holds (a registry password): it must never appear in the options' JSON. */
  secret: string;
  /** The setting that maps to cache.timeout. */
  cacheTimeoutVariable: string;
  /** The settings that map to cache.mounts and cache.mountsMaxSizeMb (issue 17: on every adapter). */
  cacheMounts: { variable: string; maxSizeVariable: string };
}
