// Every check of a single build that needs no Docker, in one place: the options, the files they
// name, the local cache directory and the engine settings (DOCKER_HOST, the docker CLI). Throws one
// ConfigError listing every bad field, before any process starts. cachedBuild runs it first;
// adapters may run it earlier (before their own I/O) and rename the fields to their variables.
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { cacheInContext } from './cache-in-context.js';
import { dockerfilePath, fileIssues } from './check-files.js';
import { engineIssues } from './check-engine.js';
import { parseOptions } from './parse.js';
import { mountIssues } from '../mounts/check.js';
import type { BuildOptions, BuildOptionsInput } from './schema.js';

export interface InputRuntime {
  env?: Record<string, string | undefined>;
  cwd?: string;
}

export async function checkBuildInputs(input: BuildOptionsInput | BuildOptions, runtime: InputRuntime = {}): Promise<BuildOptions> {
  const options = parseOptions(input);
  const cwd = runtime.cwd ?? process.cwd();
  const issues = [...(await fileIssues(options, cwd)), ...(await engineIssues(runtime.env, options.dockerPath, cwd)), ...(await mountIssues(options, cwd))];
  if (issues.length === 0 && options.cache.dir) {
    const context = path.resolve(cwd, options.context);
    const inside = await cacheInContext({ ...options.cache, dir: path.resolve(cwd, options.cache.dir) }, context, path.resolve(cwd, dockerfilePath(options)));
    if (inside?.relative === '.') {
      issues.push({
        path: 'cache.dir',
        message: 'is the build context itself, so every build would send the cache to the builder',
        hint: 'use a directory beside the sources, e.g. .layercache/cache, or outside the context',
      });
    }
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return options;
}
