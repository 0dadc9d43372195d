// Leaves the local cache out of the build context without touching the user's files: a copy of the
// Dockerfile in the run's work directory with a `Dockerfile.dockerignore` beside it (BuildKit reads
// `<Dockerfile>.dockerignore` before the context's .dockerignore): the user's patterns, plus the
// cache directory. Cache keys stay the same: COPY steps are keyed by the content they copy.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CacheInContext } from '../options/cache-in-context.js';

export interface ContextExclusion {
  /** The Dockerfile to build with (the copy). */
  dockerfile: string;
  /** For the report: what was done and why. */
  note: string;
}

export async function excludeCacheFromContext(found: CacheInContext, dockerfile: string, workDir: string): Promise<ContextExclusion> {
  await mkdir(workDir, { recursive: true });
  const copy = path.join(workDir, 'Dockerfile');
  await writeFile(copy, await readFile(dockerfile));
  const patterns = `${found.ignoreText.replace(/\n?$/, '\n')}# layercache: the local cache is not part of the build context\n/${found.relative}\n`;
  await writeFile(`${copy}.dockerignore`, found.ignoreText === '' ? patterns.replace(/^\n/, '') : patterns);
  const source = found.ignoreFile ? `the patterns of ${found.ignoreFile} plus ` : '';
  return {
    dockerfile: copy,
    note:
      `the local cache directory ${found.relative}/ lies inside the build context and no .dockerignore leaves it out; ` +
      `built with ${source}an exclusion of ${found.relative}/ (add "/${found.relative}" to .dockerignore to make this explicit)`,
  };
}
