// Turns resolved key slugs into the registry refs a backend reads and writes.
import type { ResolvedKeys } from '../keys/resolve.js';
import { isPinned, refFor } from './cache-entry.js';

export interface RefSet {
  read: string[];
  write: string | undefined;
  notes: string[];
}

export function registryRefs(repository: string, keys: ResolvedKeys): RefSet {
  if (isPinned(repository)) {
    // One shared ref has no branch separation: a PR writing it would poison every branch.
    const write = keys.write !== undefined && keys.event !== 'pull-request' ? repository : undefined;
    const notes = keys.write !== undefined && write === undefined ? [`cache ref ${repository} has a fixed tag, so this pull request only reads it`] : [];
    return { read: [repository], write, notes };
  }
  return {
    read: keys.read.map((slug) => refFor(repository, slug)),
    write: keys.write !== undefined ? refFor(repository, keys.write) : undefined,
    notes: [],
  };
}

/**
 * The tag that keeps the generation of a cache before its latest partly cached build: BuildKit's
 * re-export of such a build can leave out records of stages it only imported, and reading the
 * generation before brings them back. Slugs never contain ".", so it cannot collide with a branch.
 */
export function previousRef(ref: string): string {
  return `${ref}.prev`;
}

/** Each read ref, followed by its previous generation where that is known to exist. */
export function withPreviousGenerations(reads: string[], previous: (ref: string) => string, exists: ReadonlySet<string> | undefined): string[] {
  return reads.flatMap((ref) => (exists?.has(previous(ref)) ? [ref, previous(ref)] : [ref]));
}
