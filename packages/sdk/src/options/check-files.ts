// The input checks that need the file system (but not Docker): the context and the Dockerfile
// exist, secret files exist, the local cache directory can be used. Run before any build so a
// typo fails fast with exit code 2.
import { mayUseDirectory } from '../backends/index.js';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, type ConfigIssue } from '../errors.js';
import type { BuildOptions, CacheOptions } from './schema.js';
import { writableProblem } from './writable-path.js';

export function dockerfilePath(o: BuildOptions): string {
  return o.dockerfile ?? path.join(o.context, 'Dockerfile');
}

export async function checkFiles(o: BuildOptions, cwd: string): Promise<void> {
  const issues = await fileIssues(o, cwd);
  if (issues.length > 0) throw new ConfigError(issues);
}

export async function fileIssues(o: BuildOptions, cwd: string): Promise<ConfigIssue[]> {
  const issues: ConfigIssue[] = [];
  const context = path.resolve(cwd, o.context);
  const contextStat = await stat(context).catch(() => undefined);
  if (!contextStat)
    issues.push({
      path: 'context',
      message: `directory ${o.context} does not exist`,
      hint: 'pass the directory holding your sources',
    });
  else if (!contextStat.isDirectory())
    issues.push({
      path: 'context',
      message: `${o.context} is not a directory`,
      hint: 'pass the directory holding your sources',
    });
  const dockerfile = path.resolve(cwd, dockerfilePath(o));
  const fileStat = await stat(dockerfile).catch(() => undefined);
  if (!fileStat?.isFile())
    issues.push({
      path: 'dockerfile',
      message: `${dockerfilePath(o)} does not exist`,
      hint: 'pass --file, or add a Dockerfile to the context',
    });
  for (const [i, s] of o.secrets.entries()) {
    if (s.src && !(await stat(path.resolve(cwd, s.src)).catch(() => undefined))) {
      issues.push({
        path: `secrets.${i}.src`,
        message: `file ${s.src} does not exist`,
        hint: 'point src at the file holding the secret',
      });
    }
  }
  issues.push(...(await cacheDirIssues(o.cache, cwd)));
  return issues;
}

/** The local backend's directory: a directory (or creatable), writable. Checked when it would be used. */
export async function cacheDirIssues(
  cache: Pick<CacheOptions, 'backend' | 'dir'>,
  cwd: string,
): Promise<ConfigIssue[]> {
  if (!cache.dir || !mayUseDirectory(cache.backend)) return [];
  const problem = await writableProblem(path.resolve(cwd, cache.dir), 'dir');
  return problem
    ? [
        {
          path: 'cache.dir',
          message: `cannot hold the local cache: ${problem}`,
          hint: 'give a writable directory (it is created if missing), outside read-only mounts',
        },
      ]
    : [];
}
