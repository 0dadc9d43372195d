// A bake's checks that need no build: before the project is loaded, the shared cache directory
// and the engine settings; once it is loaded, which services' contexts hold the local cache
// (cachedBake leaves it out of them, as cachedBuild does). One ConfigError lists every problem.
import path from 'node:path';
import { ConfigError, type ConfigIssue } from '../errors.js';
import { cacheInContext, type CacheInContext } from '../options/cache-in-context.js';
import { engineIssues } from '../options/check-engine.js';
import { cacheDirIssues } from '../options/check-files.js';
import type { ProcessRunner } from '../exec/process.js';
import type { Env } from './interpolate.js';
import { findProjectFiles, isComposeFile, loadBakeProject, type LoadedProject } from './load.js';
import type { BakeOptions } from './options.js';
import { isRemoteContext, type BakeService } from './project.js';

/**
 * Checks the settings, then loads the project (a Compose file in-process; other files through
 * `docker buildx bake --print`, which is not started while a setting is bad), then checks that no
 * service's context holds the cache. One ConfigError lists every problem found.
 */
export async function loadCheckedProject(
  options: BakeOptions,
  env: Env | undefined,
  cwd: string,
  run: ProcessRunner,
): Promise<LoadedProject & { holdingCache: ServiceInContext[] }> {
  const issues = [...(await cacheDirIssues(options.cache, cwd)), ...(await engineIssues(env, options.dockerPath, cwd))];
  let loaded: LoadedProject | undefined;
  try {
    const files = await findProjectFiles(options.files, cwd);
    if (issues.length === 0 || (files.length === 1 && isComposeFile(files[0]!))) {
      loaded = await loadBakeProject({
        files: options.files,
        targets: options.targets,
        cwd,
        env: env ?? {},
        childEnv: env,
        dockerPath: options.dockerPath,
        builder: options.builder,
        run,
      });
    }
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    issues.push(...error.issues);
  }
  if (issues.length > 0 || !loaded) throw new ConfigError(issues);
  return {
    ...loaded,
    holdingCache: await servicesHoldingCache(loaded.project.services, options.cache, loaded.projectDir),
  };
}

export interface ServiceInContext {
  service: BakeService;
  found: CacheInContext;
  /** The service's Dockerfile, absolute. */
  dockerfile: string;
}

/**
 * The services whose context holds the local cache (`cache.dir` absolute): cachedBake leaves it out
 * of each one's context. A cache that is the context itself cannot be left out: an error.
 */
async function servicesHoldingCache(
  services: BakeService[],
  cache: BakeOptions['cache'],
  projectDir: string,
): Promise<ServiceInContext[]> {
  if (!cache.dir) return [];
  const found: ServiceInContext[] = [];
  const issues: ConfigIssue[] = [];
  for (const s of services) {
    if (isRemoteContext(s.context) || s.dockerfileInline) continue;
    const context = path.resolve(projectDir, s.context);
    const dockerfile = path.resolve(context, s.dockerfile ?? 'Dockerfile');
    const inside = await cacheInContext(cache, context, dockerfile);
    if (!inside) continue;
    if (inside.relative === '.') {
      issues.push({
        path: `services.${s.name}.build.context`,
        message: `is the local cache directory ${cache.dir} itself, so the cache would be sent to the builder with the sources`,
        hint: 'set the cache directory beside or outside the context',
      });
    } else found.push({ service: s, found: inside, dockerfile });
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return found;
}
