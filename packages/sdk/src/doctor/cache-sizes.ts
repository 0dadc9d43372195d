// Doctor's "cache sizes" item: every branch's cache at the build's cache location, with the
// bytes it holds alone and the bytes it shares with other branches (counted once in the total).
import { backends, type CacheBackend } from '../backends/index.js';
import type { BuildOptions } from '../options/schema.js';
import { parsePruneOptions, type PruneOptions } from '../prune/options.js';
import { cacheSizes, pruneStoreFor } from '../prune/prune.js';
import { renderSizes } from '../prune/render.js';
import type { CheckItem } from './checks.js';

/** The item, or undefined when the backend keeps no per-branch caches (none, auto without a location). */
export async function cacheSizesCheck(
  backend: string,
  options: BuildOptions,
  cwd: string,
): Promise<CheckItem | undefined> {
  const known = (backends as Record<string, CacheBackend | undefined>)[backend];
  if (!known?.pruneStore) return undefined;
  const ref = known.repository?.(options);
  if (options.cache.ref && /:[^/]*$/.test(options.cache.ref)) return undefined; // a pinned ref holds one cache
  try {
    // `all` only satisfies the rule check: nothing is selected or removed here.
    const prune = parsePruneOptions({
      backend: known.name as PruneOptions['backend'],
      ref,
      dir: options.cache.dir,
      harness: options.cache.harness,
      registryAuth: options.registryAuth,
      defaultBranch: options.cache.keys.defaultBranch,
      all: true,
      dryRun: true,
    });
    const sizes = await cacheSizes(pruneStoreFor(prune, { cwd }));
    return {
      id: 'cache-sizes',
      status: 'pass',
      title: `Cache sizes at ${sizes.location}`,
      detail: sizes.caches.length === 0 ? 'no branch caches yet' : renderSizes(sizes),
    };
  } catch (error) {
    return {
      id: 'cache-sizes',
      status: 'warn',
      title: 'Cache sizes',
      detail: (error as Error).message,
      fix: 'check the cache location and the login builds use',
    };
  }
}
