// A bake's checks that need no build: before the project is loaded, the shared cache directory
// and the engine settings; once it is loaded, that no service's context holds the local cache
// (bake builds the user's file as written, so the cache cannot be left out of a context for it:
// the error says how to). Each throws one ConfigError listing every problem.
import path from 'node:path';
import { ConfigError, type ConfigIssue } from '../errors.js';
import { cacheInContext } from '../options/cache-in-context.js';
import { engineIssues } from '../options/check-engine.js';
import { cacheDirIssues } from '../options/check-files.js';
import type { ProcessRunner } from '../run/process.js';
import type { Env } from './interpolate.js';
import { findProjectFiles, isComposeFile, loadBakeProject, type LoadedProject } from './load.js';
import type { BakeOptions } from './options.js';
import { isRemoteContext, type BakeService } from './project.js';

/**
 * Checks the settings, then loads the project (a Compose file in-process; other files through
 * `docker buildx bake --print`, which is not started while a setting is bad), then checks that no
 * service's context holds the cache. One ConfigError lists every problem found.
 */
export async function loadCheckedProject(options: BakeOptions, env: Env | undefined, cwd: string, run: ProcessRunner): Promise<LoadedProject> {
  const issues = [...(await cacheDirIssues(options.cache, cwd)), ...(await engineIssues(env, options.dockerPath, cwd))];
  let loaded: LoadedProject | undefined;
  try {
    const files = await findProjectFiles(options.files, cwd);
    if (issues.length === 0 || (files.length === 1 && isComposeFile(files[0]!))) {
      loaded = await loadBakeProject({ files: options.files, targets: options.targets, cwd, env: env ?? {}, childEnv: env, dockerPath: options.dockerPath, builder: options.builder, run });
    }
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    issues.push(...error.issues);
  }
  if (issues.length > 0 || !loaded) throw new ConfigError(issues);
  await checkCacheOutsideContexts(loaded.project.services, options.cache, loaded.projectDir);
  return loaded;
}

/** `cache.dir` absolute. */
async function checkCacheOutsideContexts(services: BakeService[], cache: BakeOptions['cache'], projectDir: string): Promise<void> {
  if (!cache.dir) return;
  const issues: ConfigIssue[] = [];
  for (const s of services) {
    if (isRemoteContext(s.context) || s.dockerfileInline) continue;
    const context = path.resolve(projectDir, s.context);
    const inside = await cacheInContext(cache, context, path.resolve(context, s.dockerfile ?? 'Dockerfile'));
    if (!inside) continue;
    issues.push({
      path: `services.${s.name}.build.context`,
      message: `holds the local cache directory ${cache.dir}, which would be sent to the builder with the sources (every COPY . misses, each image carries the cache)`,
      hint: inside.relative === '.' ? 'set the cache directory outside the context' : `add "/${inside.relative}" to ${inside.ignoreFile ?? path.join(s.context, '.dockerignore')}, or set the cache directory outside the context`,
    });
  }
  if (issues.length > 0) throw new ConfigError(issues);
}
