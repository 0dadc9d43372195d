// Runs the SDK's own validation on the mapped options, then renames each error's option path to
// the GitLab variable or component input it came from, so the user knows what to fix in .gitlab-ci.yml.
import { parseOptions, type BuildOptions, type ConfigIssue } from '@layercache/sdk';
import { renameIssues, renamedSync } from '@layercache/sdk/adapter';
import { fromGitLabEnv, type Env } from './env.js';

/** Option path (first segments) -> the variable that feeds it. Longest match wins. */
export const OPTION_SOURCES = {
  context: 'LAYERCACHE_CONTEXT',
  files: 'LAYERCACHE_COMPOSE_FILE',
  targets: 'LAYERCACHE_COMPOSE_SERVICES',
  dockerfile: 'LAYERCACHE_DOCKERFILE',
  target: 'LAYERCACHE_TARGET',
  tags: 'LAYERCACHE_TAGS',
  platforms: 'LAYERCACHE_PLATFORMS',
  buildArgs: 'LAYERCACHE_BUILD_ARGS',
  labels: 'LAYERCACHE_LABELS',
  secrets: 'LAYERCACHE_SECRETS',
  push: 'LAYERCACHE_PUSH',
  load: 'LAYERCACHE_LOAD',
  pull: 'LAYERCACHE_PULL',
  noCache: 'LAYERCACHE_NO_CACHE',
  network: 'LAYERCACHE_NETWORK',
  builder: 'LAYERCACHE_BUILDER',
  registryAuth: 'CI_REGISTRY',
  workspace: 'CI_PROJECT_DIR',
  'cache.backend': 'LAYERCACHE_BACKEND',
  'cache.ref': 'LAYERCACHE_CACHE_REF',
  'cache.dir': 'LAYERCACHE_CACHE_DIR',
  'cache.mode': 'LAYERCACHE_CACHE_MODE',
  'cache.write': 'LAYERCACHE_CACHE_WRITE',
  'cache.strict': 'LAYERCACHE_CACHE_STRICT',
  'cache.timeout': 'LAYERCACHE_CACHE_TIMEOUT',
  'cache.mounts': 'LAYERCACHE_CACHE_MOUNTS',
  'cache.mountsMaxSizeMb': 'LAYERCACHE_CACHE_MOUNTS_MAX_SIZE_MB',
  'cache.extraFrom': 'LAYERCACHE_CACHE_FROM',
  'cache.extraTo': 'LAYERCACHE_CACHE_TO',
  'cache.keys.branch': 'CI_COMMIT_BRANCH',
  'cache.keys.defaultBranch': 'CI_DEFAULT_BRANCH',
  'cache.keys.prSourceBranch': 'CI_MERGE_REQUEST_SOURCE_BRANCH_NAME',
  'cache.keys.prTargetBranch': 'CI_MERGE_REQUEST_TARGET_BRANCH_NAME',
  'cache.keys.prId': 'CI_MERGE_REQUEST_IID',
  'cache.keys.tag': 'CI_COMMIT_TAG',
  'cache.keys.sha': 'CI_COMMIT_SHA',
} as const;

export function renameIssue(issue: ConfigIssue): ConfigIssue {
  return renameIssues(OPTION_SOURCES, [issue])[0]!;
}

/** GitLab env -> validated BuildOptions; every error names a GitLab variable. */
export function parseGitLabEnv(env: Env): BuildOptions {
  return renamedSync(OPTION_SOURCES, () => parseOptions(fromGitLabEnv(env)));
}
