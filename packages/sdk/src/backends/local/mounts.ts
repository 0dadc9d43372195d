// local: a branch's cache mount archives sit in `<dir>/<slug>/mounts/`, beside its snapshots,
// so prune takes them with the branch (prune/local-store.ts).
import path from 'node:path';
import type { MountsPlace } from '../types.js';
import { localMountStore } from './mount-store.js';

export const localMounts: MountsPlace = {
  locations(options, keys, cwd) {
    if (!options.cache.dir) return undefined;
    const dir = path.resolve(cwd, options.cache.dir);
    const at = (slug: string) => path.join(dir, slug, 'mounts');
    return { reads: keys.read.map(at), write: keys.write === undefined ? undefined : at(keys.write) };
  },
  store: (_options, { runId }) => localMountStore(runId),
};
