// A local cache inside the build context is sent to the builder with the sources: every `COPY .`
// misses, each image carries the previous cache, and the cache doubles each run. This finds that
// case; build.ts then leaves the directory out of the context (run/context-exclusion.ts) and the
// report says so, and bake refuses it (a bake file's contexts are not ours to rewrite).
import { mayUseDirectory } from '../backends/index.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isIgnored, parseDockerignore } from '../dockerfile/dockerignore.js';
import type { CacheOptions } from './schema.js';

export interface CacheInContext {
  /** The cache directory relative to the context, `/`-separated. */
  relative: string;
  /** The .dockerignore BuildKit would use (`<Dockerfile>.dockerignore` wins), and its text ('' when none). */
  ignoreFile: string | undefined;
  ignoreText: string;
}

/** The local cache lies inside `context` and no .dockerignore leaves it out; undefined otherwise. */
export async function cacheInContext(cache: Pick<CacheOptions, 'backend' | 'dir'>, context: string, dockerfile: string): Promise<CacheInContext | undefined> {
  if (!cache.dir || !mayUseDirectory(cache.backend)) return undefined;
  const relative = path.relative(context, cache.dir);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  const ownIgnore = `${dockerfile}.dockerignore`;
  const contextIgnore = path.join(context, '.dockerignore');
  const own = await readFile(ownIgnore, 'utf8').catch(() => undefined);
  const text = own ?? (await readFile(contextIgnore, 'utf8').catch(() => undefined));
  const ignoreFile = own !== undefined ? ownIgnore : text !== undefined ? contextIgnore : undefined;
  const rel = relative === '' ? '.' : relative.split(path.sep).join('/');
  // The whole context being the cache cannot be excluded; callers report it as an error.
  if (rel !== '.' && text !== undefined && isIgnored(parseDockerignore(text), rel)) return undefined;
  return { relative: rel, ignoreFile, ignoreText: text ?? '' };
}
