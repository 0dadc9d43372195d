// Branch-aware cache keys and the write policy, as one pure function:
//   CI facts (branch, PR, tag, default branch) + write mode -> ordered read slugs, one write slug.
// Reads fall back own branch -> PR target -> default branch. Writes never touch a PR's target or
// the default branch from a PR, never happen from forks or tags (under `auto`), and never under `never`.
import type { CacheKeys } from '../options/schema.js';
import { slugify } from './slug.js';

export type BuildEvent = 'branch' | 'pull-request' | 'tag';
export type WriteMode = 'auto' | 'always' | 'never';

export interface ResolvedKeys {
  event: BuildEvent;
  /** Slugs to read, best first, without duplicates. */
  read: string[];
  /** Slug to write, or undefined when the policy forbids writing. */
  write: string | undefined;
  /** Why this write decision was taken (shown in the report). */
  writeReason: string;
}

export function resolveCacheKeys(keys: CacheKeys, write: WriteMode): ResolvedKeys {
  const defaultSlug = slugify(keys.defaultBranch);
  const isPullRequest = keys.prId !== undefined || keys.prTargetBranch !== undefined;

  if (isPullRequest) {
    const source = keys.prSourceBranch ?? keys.branch;
    const sourceSlug = source !== undefined ? slugify(source) : undefined;
    const targetSlug = keys.prTargetBranch !== undefined ? slugify(keys.prTargetBranch) : undefined;
    const read = unique([sourceSlug, targetSlug, defaultSlug]);
    if (write === 'never') return { event: 'pull-request', read, write: undefined, writeReason: 'write is never' };
    if (keys.fork)
      return {
        event: 'pull-request',
        read,
        write: undefined,
        writeReason: 'pull requests from forks never write a cache',
      };
    if (sourceSlug === undefined)
      return { event: 'pull-request', read, write: undefined, writeReason: 'the PR source branch is unknown' };
    if (sourceSlug === targetSlug || sourceSlug === defaultSlug) {
      return {
        event: 'pull-request',
        read,
        write: undefined,
        writeReason: `a pull request never writes its target or the default branch's cache (${sourceSlug})`,
      };
    }
    return {
      event: 'pull-request',
      read,
      write: sourceSlug,
      writeReason: `pull request writes its source branch's cache only`,
    };
  }

  if (keys.tag !== undefined && keys.branch === undefined) {
    const tagSlug = slugify(keys.tag);
    const read = [defaultSlug];
    if (write === 'always')
      return {
        event: 'tag',
        read: unique([tagSlug, defaultSlug]),
        write: tagSlug,
        writeReason: 'write is always: tag builds write their own tag cache',
      };
    return {
      event: 'tag',
      read,
      write: undefined,
      writeReason: write === 'never' ? 'write is never' : 'tag builds read the default branch and do not write',
    };
  }

  // A branch build; without any branch it is taken as the default branch (a single-branch setup).
  const branchSlug = keys.branch !== undefined ? slugify(keys.branch) : defaultSlug;
  const read = unique([branchSlug, defaultSlug]);
  if (write === 'never') return { event: 'branch', read, write: undefined, writeReason: 'write is never' };
  return {
    event: 'branch',
    read,
    write: branchSlug,
    writeReason: branchSlug === defaultSlug ? 'default branch writes its own cache' : 'branch writes its own cache',
  };
}

function unique(values: Array<string | undefined>): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined))];
}
