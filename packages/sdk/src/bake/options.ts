// Options of cachedBake()/planBake(): the shared cache and registry options of a single build
// (the same zod schema) plus the files and targets to bake. Each service then gets single-build
// options of its own, with its own cache location: <cache.ref>/<slug>, <cache.dir>/<slug>,
// <harness.prefix><slug>/. Pure.
import { isParsed, markParsed } from '../options/parsed.js';
import path from 'node:path';
import { z, type ZodIssue } from 'zod';
import { ConfigError, type ConfigIssue } from '../errors.js';
import { issueFromZod } from '../options/zod-issue.js';
import { isPinned } from '../backends/cache-entry.js';
import { buildOptionsSchema, type BuildOptionsInput } from '../options/schema.js';
import { isRemoteContext, type BakeService } from './project.js';

export const bakeOptionsSchema = buildOptionsSchema
  .pick({
    push: true,
    load: true,
    pull: true,
    noCache: true,
    builder: true,
    dockerContext: true,
    registryAuth: true,
    workspace: true,
    dockerPath: true,
    cache: true,
  })
  .extend({
    files: z
      .array(
        z
          .string()
          .min(1)
          .refine((f) => !/[\r\n\0]/.test(f), 'file name contains a newline or NUL'),
      )
      .default([])
      .describe(
        'Compose file(s) or bake file(s) (.hcl/.json). Default: the first of compose.yaml, compose.yml, ' +
          'docker-compose.yml, docker-compose.yaml, docker-bake.json, docker-bake.hcl.',
      ),
    targets: z
      .array(z.string().regex(/^[A-Za-z0-9._-]+$/, 'target must be a service or target name'))
      .default([])
      .describe('Services/targets to build (default: every one with a build section).'),
  })
  .strict();

export type BakeOptionsInput = z.input<typeof bakeOptionsSchema>;
export type BakeOptions = z.output<typeof bakeOptionsSchema>;

// Single-build fields that belong to each service's section of the file, not to the bake run.
const PER_SERVICE_FIELDS = new Set([
  'context',
  'dockerfile',
  'target',
  'tags',
  'platforms',
  'buildArgs',
  'secrets',
  'labels',
  'network',
]);

/** What a per-service field or flag given for the whole bake gets told (options and argv alike). */
export const PER_SERVICE_ISSUE = {
  message: 'is set per service in a multi-service build',
  hint: "set it in the service's build section of the Compose or bake file (e.g. build.network: none)",
};

export function parseBakeOptions(input: unknown): BakeOptions {
  if (isParsed(input)) return input as BakeOptions;
  const parsed = bakeOptionsSchema.safeParse(input ?? {});
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map(issueOf));
  return markParsed(parsed.data);
}

function issueOf(issue: ZodIssue): ConfigIssue {
  const p = issue.path.join('.');
  if (issue.code === 'unrecognized_keys' && p === '') {
    const perService = issue.keys.filter((k) => PER_SERVICE_FIELDS.has(k));
    if (perService.length > 0) return { path: perService.join(', '), ...PER_SERVICE_ISSUE };
  }
  return issueFromZod(issue);
}

/** The cache repository of one service: <ref>/<slug>, or <repo>/<slug>:<tag> for a ref pinned to a tag. */
export function serviceCacheRef(ref: string, slug: string): string {
  if (!isPinned(ref)) return `${ref}/${slug}`;
  const colon = ref.lastIndexOf(':');
  return `${ref.slice(0, colon)}/${slug}${ref.slice(colon)}`;
}

/** Single-build options for one service: its file section plus the shared options, with its own cache location. */
export function serviceBuildOptions(o: BakeOptions, s: BakeService): BuildOptionsInput {
  const local = !isRemoteContext(s.context);
  const { cache } = o;
  return {
    context: s.context,
    dockerfile: local && s.dockerfile !== undefined ? path.join(s.context, s.dockerfile) : undefined,
    target: s.stage,
    tags: s.tags,
    push: o.push,
    load: o.load,
    pull: o.pull,
    noCache: o.noCache,
    builder: o.builder,
    dockerContext: o.dockerContext,
    registryAuth: o.registryAuth,
    workspace: o.workspace,
    dockerPath: o.dockerPath,
    cache: serviceCache(cache, s),
  };
}

/** One service's cache settings: the shared ones with its own location, and the file's own entries. */
export function serviceCache(cache: BakeOptions['cache'], s: BakeService): BakeOptions['cache'] {
  return {
    ...cache,
    ref: cache.ref !== undefined ? serviceCacheRef(cache.ref, s.slug) : undefined,
    dir: cache.dir !== undefined ? path.join(cache.dir, s.slug) : undefined,
    harness: cache.harness ? { ...cache.harness, prefix: `${cache.harness.prefix}${s.slug}/` } : undefined,
    // The file's own entries stay, after layercache's; the caller's extra entries go last.
    extraFrom: [...s.cacheFrom, ...cache.extraFrom],
    extraTo: [...s.cacheTo, ...cache.extraTo],
  };
}
