// `layercache build` argv -> BuildOptionsInput. Pure (the optional --config file is read by the caller).
import { parseArgs } from 'node:util';
import { ConfigError } from '../errors.js';
import type { BuildOptionsInput } from '../options/schema.js';

export const buildFlags = {
  file: { type: 'string', short: 'f' },
  target: { type: 'string' },
  tag: { type: 'string', short: 't', multiple: true },
  platform: { type: 'string', multiple: true },
  'build-arg': { type: 'string', multiple: true },
  label: { type: 'string', multiple: true },
  secret: { type: 'string', multiple: true },
  push: { type: 'boolean' },
  load: { type: 'boolean' },
  pull: { type: 'boolean' },
  'no-cache': { type: 'boolean' },
  network: { type: 'string' },
  builder: { type: 'string' },
  context: { type: 'string' },
  backend: { type: 'string' },
  'cache-ref': { type: 'string' },
  'cache-dir': { type: 'string' },
  'cache-mode': { type: 'string' },
  'cache-write': { type: 'string' },
  'cache-from': { type: 'string', multiple: true },
  'cache-to': { type: 'string', multiple: true },
  'cache-max-size-mb': { type: 'string' },
  'cache-timeout': { type: 'string' },
  'cache-mounts': { type: 'string' },
  'cache-mounts-max-size-mb': { type: 'string' },
  strict: { type: 'boolean' },
  branch: { type: 'string' },
  'default-branch': { type: 'string' },
  'pr-id': { type: 'string' },
  'pr-source-branch': { type: 'string' },
  'pr-target-branch': { type: 'string' },
  fork: { type: 'boolean' },
  'git-tag': { type: 'string' },
  sha: { type: 'string' },
  workspace: { type: 'string' },
  config: { type: 'string' },
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  'report-json': { type: 'string' },
  'report-markdown': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface BuildCommand {
  options: BuildOptionsInput;
  configFile?: string;
  dryRun: boolean;
  json: boolean;
  quiet: boolean;
  help: boolean;
  reportJson?: string;
  reportMarkdown?: string;
}

export function parseBuildArgs(argv: string[]): BuildCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: buildFlags, allowPositionals: true, strict: true });
  } catch (error) {
    throw new ConfigError([{ path: 'argv', message: (error as Error).message, hint: 'see layercache build --help' }]);
  }
  const { values: v, positionals } = parsed;
  if (positionals.length > 1)
    throw new ConfigError([
      {
        path: 'context',
        message: `expected one build context, got ${positionals.length}: ${positionals.join(' ')}`,
        hint: 'quote paths with spaces; flags go before or after the context',
      },
    ]);

  const keys = dropUndefined({
    branch: v.branch,
    defaultBranch: v['default-branch'],
    prId: v['pr-id'],
    prSourceBranch: v['pr-source-branch'],
    prTargetBranch: v['pr-target-branch'],
    fork: v.fork,
    tag: v['git-tag'],
    sha: v.sha,
  });
  const cache = dropUndefined({
    backend: v.backend,
    ref: v['cache-ref'],
    dir: v['cache-dir'],
    mode: v['cache-mode'],
    write: v['cache-write'],
    strict: v.strict,
    timeout: v['cache-timeout'],
    mounts: v['cache-mounts'],
    mountsMaxSizeMb:
      v['cache-mounts-max-size-mb'] !== undefined
        ? toNumber(v['cache-mounts-max-size-mb'], 'cache.mountsMaxSizeMb')
        : undefined,
    extraFrom: v['cache-from'],
    extraTo: v['cache-to'],
    local:
      v['cache-max-size-mb'] !== undefined
        ? { maxSizeMb: toNumber(v['cache-max-size-mb'], 'cache.local.maxSizeMb') }
        : undefined,
    keys: Object.keys(keys).length > 0 ? keys : undefined,
  });
  const options = dropUndefined({
    context: positionals[0],
    dockerfile: v.file,
    target: v.target,
    tags: v.tag,
    platforms: v.platform?.flatMap((p) =>
      p
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    ),
    buildArgs: v['build-arg'] ? keyValues(v['build-arg'], 'buildArgs') : undefined,
    labels: v.label ? keyValues(v.label, 'labels') : undefined,
    secrets: v.secret?.map((s, i) => secretSpec(s, i)),
    push: v.push,
    load: v.load,
    pull: v.pull,
    noCache: v['no-cache'],
    network: v.network,
    builder: v.builder,
    dockerContext: v.context,
    workspace: v.workspace,
    cache: Object.keys(cache).length > 0 ? cache : undefined,
  }) as BuildOptionsInput;
  return {
    options,
    configFile: v.config,
    dryRun: v['dry-run'] ?? false,
    json: v.json ?? false,
    quiet: v.quiet ?? false,
    help: v.help ?? false,
    reportJson: v['report-json'],
    reportMarkdown: v['report-markdown'],
  };
}

/** Options from a --config JSON file, overridden by flags (nested cache/keys merged). */
export function mergeOptions(file: Record<string, unknown>, flags: BuildOptionsInput): BuildOptionsInput {
  const fileCache = (file.cache ?? {}) as Record<string, unknown>;
  const flagCache = (flags.cache ?? {}) as Record<string, unknown>;
  const keys = { ...((fileCache.keys ?? {}) as object), ...((flagCache.keys ?? {}) as object) };
  return {
    ...file,
    ...flags,
    cache: { ...fileCache, ...flagCache, ...(Object.keys(keys).length > 0 ? { keys } : {}) },
  } as BuildOptionsInput;
}

function keyValues(pairs: string[], field: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0)
      throw new ConfigError([
        {
          path: field,
          message: `"${pair}" is not KEY=VALUE`,
          hint: `write --${field === 'buildArgs' ? 'build-arg' : 'label'} KEY=VALUE`,
        },
      ]);
    out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}

function secretSpec(spec: string, index: number): { id: string; src?: string; env?: string } {
  const fields = Object.fromEntries(
    spec.split(',').map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
  );
  if (!fields.id)
    throw new ConfigError([
      {
        path: `secrets.${index}`,
        message: `"${spec}" has no id`,
        hint: 'write --secret id=NAME,src=FILE or id=NAME,env=VAR',
      },
    ]);
  return dropUndefined({ id: fields.id, src: fields.src, env: fields.env }) as { id: string };
}

function toNumber(value: string, field: string): number {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new ConfigError([{ path: field, message: `"${value}" is not a number` }]);
  return n;
}

function dropUndefined<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
