// What an adapter hands the adapter contract test (test/adapter-contract): the same scenarios run
// against every adapter, the way unstorage's testDriver runs every driver. Each env below is laid
// over `defaultBranchPush`; a variable set to undefined there is unset.
import type { BuildOptionsInput } from '../options/schema.js';
import type { Env } from './env-reader.js';

export type ContractScenario = 'defaultBranchPush' | 'featureBranch' | 'sameRepoPr' | 'forkPr' | 'tag';

export interface AdapterContract {
  /** The adapter's env -> options mapping, as its entry point calls it. */
  toOptions(env: Env): BuildOptionsInput;
  /** A push to the default branch `main`, with every required setting. */
  defaultBranchPush: Env;
  /** A push to the branch `feature/login`. */
  featureBranch: Env;
  /** Pull or merge request 7 from `feature/login` into `main`, inside the repository. */
  sameRepoPr: Env;
  /** Pull request 7 from `feature/login` of a fork. */
  forkPr: Env;
  /** The tag `v1.2.3`. */
  tag: Env;
  /** Unsetting these makes a required setting missing; the error names `names`. */
  missingRequired: { unset: string[]; names: string };
  /** A boolean setting: every adapter takes the same words. */
  booleanVariable: string;
  /** A secret in the env (a registry password): it must never appear in the options' JSON. */
  secret: { env: Env; value: string };
  /** The setting that maps to cache.timeout. */
  cacheTimeoutVariable: string;
}
