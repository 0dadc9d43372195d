// Branch, pull request, tag and commit facts from the DRONE_* variables Harness CI sets in every
// step (Harness keeps Drone's names; see docs/harness.md for the sources). The SDK turns these
// facts into read fallbacks and the write policy; nothing here decides either.
import { ConfigError, type CacheKeys } from '@layercache/sdk';
import { SETTINGS as S, read, type Env } from './settings.js';

type KeysInput = Partial<CacheKeys>;

export function keysFromDroneEnv(env: Env): KeysInput {
  const event = read(env, 'DRONE_BUILD_EVENT')?.toLowerCase();
  const prId = read(env, 'DRONE_PULL_REQUEST');
  const tag = read(env, 'DRONE_TAG');
  const keys: KeysInput = {};

  const defaultBranch = read(env, S.defaultBranch) ?? read(env, 'DRONE_REPO_BRANCH');
  if (defaultBranch !== undefined) keys.defaultBranch = defaultBranch;
  const sha = commitSha(env);
  if (sha !== undefined) keys.sha = sha;

  if (prId !== undefined || event === 'pull_request') {
    // In a PR build DRONE_BRANCH / DRONE_COMMIT_BRANCH hold the TARGET branch, not the PR's own.
    const source = read(env, 'DRONE_SOURCE_BRANCH');
    const target = read(env, 'DRONE_TARGET_BRANCH') ?? read(env, 'DRONE_BRANCH') ?? read(env, 'DRONE_COMMIT_BRANCH');
    if (source !== undefined) keys.branch = keys.prSourceBranch = source;
    if (target !== undefined) keys.prTargetBranch = target;
    if (prId !== undefined) keys.prId = prId;
    return keys;
  }

  if (tag !== undefined && (event === 'tag' || event === undefined)) {
    keys.tag = tag; // no branch: the SDK reads the default branch and does not write
    return keys;
  }

  const branch = read(env, 'DRONE_BRANCH') ?? read(env, 'DRONE_COMMIT_BRANCH') ?? read(env, 'DRONE_SOURCE_BRANCH');
  if (branch !== undefined) keys.branch = branch;
  return keys;
}

/** DRONE_COMMIT_SHA when it is a commit id; manual builds may leave it empty. */
function commitSha(env: Env): string | undefined {
  const sha = read(env, 'DRONE_COMMIT_SHA') ?? read(env, 'DRONE_COMMIT');
  if (sha === undefined) return undefined;
  if (!/^[0-9a-fA-F]{7,64}$/.test(sha)) {
    throw new ConfigError([{ path: 'DRONE_COMMIT_SHA', message: 'is not a commit SHA (7 to 64 hex digits)', hint: 'leave it to Harness, or unset it in the step environment' }]);
  }
  return sha;
}
