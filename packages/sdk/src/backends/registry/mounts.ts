// registry and inline: a branch's cache mount archives are the OCI artifact at `<cache tag>.mounts`
// in the cache repository; prune takes the tag with the branch (prune/cache-tags.ts).
import type { BuildOptions } from '../../options/schema.js';
import { registryRefs } from '../refs.js';
import type { MountsPlace } from '../types.js';
import { registryMountStore } from './mount-store.js';

/** Suffix of a mounts tag: slugs never contain ".", so it cannot collide with a branch's tag. */
export const MOUNTS_TAG_SUFFIX = '.mounts';

/** The mounts of a backend whose cache tags live in `repository(options)`. */
export function registryMounts(repository: (options: BuildOptions) => string | undefined): MountsPlace {
  return {
    locations(options, keys) {
      const repo = repository(options);
      if (!repo) return undefined;
      const refs = registryRefs(repo, keys);
      const tag = (ref: string) => `${ref}${MOUNTS_TAG_SUFFIX}`;
      return { reads: refs.read.map(tag), write: refs.write === undefined ? undefined : tag(refs.write) };
    },
    store: (_options, { credentials, timeoutMs }) => registryMountStore(credentials, timeoutMs),
  };
}
