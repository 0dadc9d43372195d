// s3: a branch's cache mount archives are objects under `<prefix>mounts/<slug>/` in the bucket;
// prune takes them with the branch (prune/s3-store.ts).
import type { MountsPlace } from '../types.js';
import { s3MountStore } from './mount-store.js';

export const s3Mounts: MountsPlace = {
  locations(options, keys) {
    const h = options.cache.harness;
    if (!h) return undefined;
    const at = (slug: string) => `s3://${h.bucket}/${h.prefix}mounts/${slug}/`;
    return { reads: keys.read.map(at), write: keys.write === undefined ? undefined : at(keys.write) };
  },
  store: (options, { timeoutMs }) => s3MountStore(options.cache.harness!, timeoutMs),
};
