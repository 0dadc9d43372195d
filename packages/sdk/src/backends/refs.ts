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
