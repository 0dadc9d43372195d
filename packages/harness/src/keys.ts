// Branch, pull request, tag and commit facts from the DRONE_* variables Harness CI sets in every
// step (Harness keeps Drone's names; see docs/harness.md for the sources). The SDK turns these
// facts into read fallbacks and the write policy; nothing here decides either.
import type { CacheKeys } from '@layercache/sdk';
import { definedOnly, EnvReader, type Env } from '@layercache/sdk/adapter';
import { SETTINGS as S } from './settings.js';

type KeysInput = Partial<CacheKeys>;

/** The keys of a step; with a reader its problems join the others, alone they are thrown. */
export function keysFromDroneEnv(env: Env | EnvReader): KeysInput {
  const r = env instanceof EnvReader ? env : new EnvReader(env);
  const event = r.get('DRONE_BUILD_EVENT')?.toLowerCase();
  const prId = r.get('DRONE_PULL_REQUEST');
  const tag = r.get('DRONE_TAG');
  const keys: KeysInput = definedOnly({
    defaultBranch: r.first(S.defaultBranch, 'DRONE_REPO_BRANCH')?.value,
    sha: commitSha(r),
  });
  if (prId !== undefined || event === 'pull_request') {
    // In a PR build DRONE_BRANCH / DRONE_COMMIT_BRANCH hold the TARGET branch, not the PR's own.
    const source = r.get('DRONE_SOURCE_BRANCH');
    const target = r.first('DRONE_TARGET_BRANCH', 'DRONE_BRANCH', 'DRONE_COMMIT_BRANCH')?.value;
    if (source !== undefined) keys.branch = keys.prSourceBranch = source;
    if (target !== undefined) keys.prTargetBranch = target;
    if (prId !== undefined) keys.prId = prId;
  } else if (tag !== undefined && (event === 'tag' || event === undefined)) {
    keys.tag = tag; // no branch: the SDK reads the default branch and does not write
  } else {
    const branch = r.first('DRONE_BRANCH', 'DRONE_COMMIT_BRANCH', 'DRONE_SOURCE_BRANCH')?.value;
    if (branch !== undefined) keys.branch = branch;
  }
  if (!(env instanceof EnvReader)) r.throwIfAny();
  return keys;
}

/** DRONE_COMMIT_SHA when it is a commit id; manual builds may leave it empty. */
function commitSha(r: EnvReader): string | undefined {
  const sha = r.first('DRONE_COMMIT_SHA', 'DRONE_COMMIT')?.value;
  if (sha === undefined) return undefined;
  if (!/^[0-9a-fA-F]{7,64}$/.test(sha)) {
    r.fail('DRONE_COMMIT_SHA', 'is not a commit SHA (7 to 64 hex digits)', 'leave it to Harness, or unset it in the step environment');
    return undefined;
  }
  return sha;
}
