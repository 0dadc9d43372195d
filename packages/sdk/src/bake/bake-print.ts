// `docker buildx bake --print` JSON -> BakeProject: the parser for HCL and JSON bake files (and
// for several files merged), where bake itself evaluates variables, functions and inheritance.
// Pure: the printed text is the parameter.
import { cacheEntry } from '../backends/cache-entry.js';
import { ConfigError } from '../errors.js';
import { assignSlugs, type BakeProject } from './project.js';

interface PrintedTarget {
  context?: string;
  dockerfile?: string;
  'dockerfile-inline'?: string;
  target?: string;
  args?: Record<string, string | null>;
  tags?: string[];
  'cache-from'?: Array<string | Record<string, string>>;
  'cache-to'?: Array<string | Record<string, string>>;
}

export function parseBakePrint(json: string, file: string): BakeProject {
  let printed: { target?: Record<string, PrintedTarget> };
  try {
    printed = JSON.parse(json);
  } catch (error) {
    throw new ConfigError([
      {
        path: file,
        message: `docker buildx bake --print gave no JSON (${(error as Error).message})`,
        hint: 'run docker buildx bake --print yourself to see what bake reports',
      },
    ]);
  }
  const targets = Object.entries(printed.target ?? {});
  if (targets.length === 0)
    throw new ConfigError([
      { path: file, message: 'defines no target to build', hint: 'add a target block, or name the targets to build' },
    ]);
  const services = targets.map(([name, t]) => ({
    name,
    target: name,
    context: t.context ?? '.',
    dockerfile: t['dockerfile-inline'] !== undefined ? undefined : t.dockerfile ?? 'Dockerfile',
    dockerfileInline: t['dockerfile-inline'] !== undefined ? true : undefined,
    stage: t.target,
    args: Object.fromEntries(Object.entries(t.args ?? {}).filter((e): e is [string, string] => e[1] !== null)),
    tags: t.tags ?? [],
    cacheFrom: (t['cache-from'] ?? []).map(cacheEntryText),
    cacheTo: (t['cache-to'] ?? []).map(cacheEntryText),
  }));
  return { format: 'bake', services: assignSlugs(services), ignored: [], warnings: [] };
}

/** Newer buildx prints cache entries as objects ({"type":"registry","ref":…}); older ones as CSV strings. */
function cacheEntryText(entry: string | Record<string, string>): string {
  return typeof entry === 'string' ? entry : cacheEntry(entry);
}
