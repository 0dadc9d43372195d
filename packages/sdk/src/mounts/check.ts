// The cache.mounts check that needs the Dockerfile: every id a user lists must be a cache mount
// of the stages the build runs, or the setting would be ignored silently.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ConfigIssue } from '../errors.js';
import { parseDockerfileLazily } from '../dockerfile/parse-lazily.js';
import { dockerfilePath } from '../options/check-files.js';
import type { BuildOptions } from '../options/schema.js';
import { discoverCacheMounts } from './discover.js';

export async function mountIssues(o: BuildOptions, cwd: string): Promise<ConfigIssue[]> {
  if (!Array.isArray(o.cache.mounts)) return [];
  const text = await readFile(path.resolve(cwd, dockerfilePath(o)), 'utf8').catch(() => undefined);
  if (text === undefined) return []; // fileIssues reports the missing Dockerfile
  const known = discoverCacheMounts(await parseDockerfileLazily(text), { target: o.target, buildArgs: o.buildArgs }).mounts.map(
    (m) => m.id,
  );
  return o.cache.mounts
    .filter((id) => !known.includes(id))
    .map((id) => ({
      path: 'cache.mounts',
      message: `names "${id}", which no RUN --mount=type=cache of the stages built uses`,
      hint:
        known.length > 0
          ? `use one of ${known.join(', ')} (a mount's id, or its target when it has no id)`
          : 'drop cache.mounts: this build has no cache mounts',
    }));
}
