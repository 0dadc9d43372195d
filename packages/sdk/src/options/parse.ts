// Validates caller input into BuildOptions, or throws one ConfigError listing every bad field
// with a fix hint. Pure: no file system, no Docker (see options/check-files.ts for those checks).
import path from 'node:path';
import { backendRequirements } from '../backends/index.js';
import { ConfigError, type ConfigIssue } from '../errors.js';
import { parseImageReference } from './reference.js';
import { buildOptionsSchema, limits, type BuildOptions } from './schema.js';
import { isParsed, markParsed } from './parsed.js';
import { issueFromZod } from './zod-issue.js';

export { withParsedChanges } from './parsed.js';

const HINTS: Record<string, string> = {
  'cache.backend': 'use one of inline, registry, local, s3, none, auto (harness is an alias of s3)',
  'cache.ref': 'give a repository like registry.example.com/group/app/cache',
  'cache.dir': 'give a directory inside the workspace, e.g. .layercache/cache',
  'cache.mode': 'use min or max',
  'cache.write': 'use auto, always or never',
  tags: 'give full references like registry.example.com/app:1.2.3',
  platforms: 'use os/arch[/variant], e.g. linux/amd64',
  network: 'use default, none or host',
  'cache.mounts': 'use auto, off, or the ids of the cache mounts to keep, e.g. /root/.npm,apt',
  'cache.mountsMaxSizeMb': 'give a whole number of megabytes, e.g. 1024',
};

function hintFor(path: string): string | undefined {
  if (HINTS[path]) return HINTS[path];
  const field = path.replace(/\.\d+$/, '');
  if (HINTS[field]) return HINTS[field];
  if (path.startsWith('buildArgs.') || path.startsWith('labels.'))
    return 'remove newlines/NUL and keep values under 32 KiB';
  if (path.startsWith('cache.harness.'))
    return 'set it in the harness cache settings (managed cache credentials come from the CI secret store)';
  return undefined;
}

/** Parses and cross-checks options. Throws ConfigError naming every bad field. */
export function parseOptions(input: unknown): BuildOptions {
  if (isParsed(input)) return input as BuildOptions;
  const parsed = buildOptionsSchema.safeParse(input ?? {});
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((issue) => issueFromZod(issue, hintFor)));
  const issues = crossCheck(parsed.data);
  if (issues.length > 0) throw new ConfigError(issues);
  return markParsed(parsed.data);
}

function crossCheck(o: BuildOptions): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const add = (p: string, message: string, hint = hintFor(p)) => issues.push({ path: p, message, hint });

  o.tags.forEach((tag, i) => {
    const ref = parseImageReference(tag);
    if ('error' in ref) add(`tags.${i}`, `"${printable(tag)}" ${ref.error}`);
  });
  if (o.cache.ref !== undefined) {
    const ref = parseImageReference(o.cache.ref);
    if ('error' in ref) add('cache.ref', `"${printable(o.cache.ref)}" ${ref.error}`);
    else if (ref.digest)
      add('cache.ref', 'must not pin a digest: a cache ref is written to', 'drop the @sha256:… part');
  }
  for (const name of Object.keys(o.buildArgs)) {
    if (!limits.BUILD_ARG_NAME.test(name))
      add(
        `buildArgs.${printable(name)}`,
        'is not a valid build arg name',
        'use letters, digits and _, not starting with a digit',
      );
  }
  for (const key of Object.keys(o.labels)) {
    if (!limits.LABEL_KEY.test(key))
      add(`labels.${printable(key)}`, 'is not a valid label key', 'use letters, digits and . _ / -');
  }
  const secretIds = new Set<string>();
  o.secrets.forEach((s, i) => {
    if (secretIds.has(s.id)) add(`secrets.${i}.id`, `duplicate secret id "${s.id}"`, 'give each secret its own id');
    secretIds.add(s.id);
  });

  issues.push(...backendRequirements(o));
  const { harness, extraCredentials: extra } = o.cache;
  if (
    harness &&
    extra &&
    (harness.accessKeyId !== extra.accessKeyId || harness.secretAccessKey !== extra.secretAccessKey)
  ) {
    // buildx takes one set of AWS_* variables for every s3 entry of the build.
    add(
      'cache.extraCredentials',
      'differ from the s3 cache keys (cache.harness): buildx takes one set of S3 keys per build',
      'use the same keys for both, or drop the extra s3 entries',
    );
  }
  if (o.cache.dir && o.workspace) {
    const abs = path.resolve(o.workspace, o.cache.dir);
    const rel = path.relative(path.resolve(o.workspace), abs);
    if (rel.startsWith('..') || path.isAbsolute(rel))
      add('cache.dir', `"${o.cache.dir}" lies outside the workspace ${o.workspace}`);
  }
  if (o.push && o.load && o.platforms.length > 1) {
    add(
      'load',
      'cannot be combined with push for a multi-platform build (the engine cannot load a manifest list)',
      'drop load, or build one platform',
    );
  }
  const keys = o.cache.keys;
  if (keys.fork && !keys.prId && !keys.prTargetBranch)
    add('cache.keys.fork', 'is set but this is not a pull request build', 'also set prId or prTargetBranch');
  return issues;
}

/** Shows control characters visibly, so an error message stays one line. */
function printable(s: string): string {
  return JSON.stringify(s).slice(1, -1).slice(0, 200);
}
