// `layercache prune`: flags (and the build's --config file, for logins and s3 settings) ->
// pruneCache() -> a list of what goes, with sizes. Live branches come from flags, a file, or
// `git ls-remote --heads` on a remote.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, LayercacheError } from '../../errors.js';
import { parseLiveFile, parseLsRemote } from '../../prune/live-refs.js';
import type { PruneOptionsInput } from '../../prune/options.js';
import { pruneCache } from '../../prune/prune.js';
import { renderPrune } from '../../prune/render.js';
import { runProcess, type ProcessRunner } from '../../exec/process.js';
import { readConfigFile } from '../files.js';
import type { CliIo } from '../io.js';

export const PRUNE_HELP = `Usage: layercache prune [flags]

Removes the caches no branch needs from one cache location, with sizes. Never removes the
default branch's cache unless it is named with --remove-branches, and never a cache written
in the last --fresh-minutes (default 60) unless named.

Location (as builds give it):
      --backend NAME          registry | inline | local | s3 (harness = s3)
      --cache-ref REPO        registry repository of the cache tags (registry, inline)
      --cache-dir DIR         cache directory (local)
      --config FILE           build options JSON: registryAuth logins, cache.harness s3 settings,
                              cache.backend/ref/dir, cache.keys.defaultBranch (flags override it)
      --default-branch NAME   (default main)

What goes (any combination):
      --live-branches A,B     branches that stay; the others' caches go (repeatable)
      --live-branches-file F  the same, one per line
      --live-branches-from-git [REMOTE]   the remote's branches (git ls-remote --heads; default origin)
      --all                   every branch's cache goes (needed when the live list is empty)
      --remove-branches A,B   these branches' caches go, the default branch's too
      --older-than DURATION   caches last written longer ago (90m, 12h, 30d, 2w)
      --max-size SIZE         budget: the oldest go until the rest fit (500MB, 10GiB)
      --fresh-minutes N       a cache written this recently stays (default 60)

Output:
      --dry-run               list what would go, with sizes; change nothing
      --json                  print the result as JSON
  -h, --help
Exit codes: 0 ok, 1 a removal failed (e.g. the registry refuses deletes), 2 bad input.
`;

const flags = {
  backend: { type: 'string' },
  'cache-ref': { type: 'string' },
  'cache-dir': { type: 'string' },
  config: { type: 'string' },
  'default-branch': { type: 'string' },
  'live-branches': { type: 'string', multiple: true },
  'live-branches-file': { type: 'string' },
  'live-branches-from-git': { type: 'string' },
  all: { type: 'boolean' },
  'remove-branches': { type: 'string', multiple: true },
  'older-than': { type: 'string' },
  'max-size': { type: 'string' },
  'fresh-minutes': { type: 'string' },
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * `base` holds what a CI adapter knows from its platform (the registry login, the default cache
 * ref, the default branch); the config file and the flags override it.
 */
export async function pruneCommand(
  argv: string[],
  io: CliIo,
  base: Partial<PruneOptionsInput> = {},
  run: ProcessRunner = runProcess,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: withDefaultRemote(argv), options: flags, allowPositionals: false, strict: true });
  } catch (error) {
    throw new ConfigError([{ path: 'argv', message: (error as Error).message, hint: 'see layercache prune --help' }]);
  }
  const v = parsed.values;
  if (v.help) {
    io.stdout.write(PRUNE_HELP);
    return 0;
  }
  const file = v.config ? await readConfigFile(path.resolve(io.cwd, v.config)) : {};
  const cache = (file.cache ?? {}) as {
    backend?: string;
    ref?: string;
    dir?: string;
    harness?: unknown;
    keys?: { defaultBranch?: string };
  };
  const live = await liveBranches(v, io, run);
  const given = Object.fromEntries(
    Object.entries({
      backend: v.backend ?? cache.backend,
      ref: v['cache-ref'] ?? cache.ref,
      dir: v['cache-dir'] ?? cache.dir,
      harness: cache.harness,
      registryAuth: file.registryAuth,
      defaultBranch: v['default-branch'] ?? cache.keys?.defaultBranch,
      liveBranches: live,
      all: v.all,
      removeBranches: v['remove-branches']?.flatMap(list),
      olderThan: v['older-than'],
      maxSize: v['max-size'],
      freshMinutes: v['fresh-minutes'] === undefined ? undefined : freshMinutes(v['fresh-minutes']),
      dryRun: v['dry-run'],
    }).filter(([, value]) => value !== undefined),
  );
  const result = await pruneCache({ ...base, ...given } as PruneOptionsInput, { cwd: io.cwd });
  io.stdout.write(v.json ? `${JSON.stringify(result, null, 2)}\n` : `${renderPrune(result)}\n`);
  for (const w of result.warnings) io.stderr.write(`warning: ${w}\n`);
  return 0;
}

/** `--live-branches-from-git` with no REMOTE (last, or before another flag) means origin. */
function withDefaultRemote(argv: string[]): string[] {
  return argv.flatMap((arg, i) =>
    arg === '--live-branches-from-git' && (argv[i + 1] === undefined || argv[i + 1]!.startsWith('-'))
      ? [arg, 'origin']
      : [arg],
  );
}

async function liveBranches(
  v: { 'live-branches'?: string[]; 'live-branches-file'?: string; 'live-branches-from-git'?: string },
  io: CliIo,
  run: ProcessRunner,
): Promise<string[] | undefined> {
  const sources = [v['live-branches'], v['live-branches-file'], v['live-branches-from-git']].filter(
    (s) => s !== undefined,
  );
  if (sources.length === 0) return undefined;
  const names = [...(v['live-branches']?.flatMap(list) ?? [])];
  if (v['live-branches-file']) {
    const text = await readFile(path.resolve(io.cwd, v['live-branches-file']), 'utf8').catch(() => undefined);
    if (text === undefined)
      throw new ConfigError([
        {
          path: 'live-branches-file',
          message: `cannot read ${v['live-branches-file']}`,
          hint: 'pass a file with one branch per line',
        },
      ]);
    names.push(...parseLiveFile(text));
  }
  const remote = v['live-branches-from-git'];
  if (remote) {
    const answer = await run('git', ['ls-remote', '--heads', remote], { cwd: io.cwd, env: io.env });
    if (answer.exitCode !== 0)
      throw new LayercacheError(
        `[layercache] git ls-remote --heads ${remote} failed (exit ${answer.exitCode}): ${
          answer.stderrTail.trim().split('\n').at(-1) ?? ''
        }; nothing was removed`,
      );
    names.push(...parseLsRemote(answer.stdout));
  }
  return names;
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function freshMinutes(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0)
    throw new ConfigError([
      {
        path: 'fresh-minutes',
        message: `"${value}" is not a number of minutes`,
        hint: 'pass --fresh-minutes 60 (0 protects nothing)',
      },
    ]);
  return n;
}
