// buildx's version, remembered per buildx binary. `buildx version` starts a Go binary before every
// build (35-50 ms on a 2-core runner) to print a string that changes only when the binary does. The
// answer is kept in the user's cache directory, keyed by the plugin's path, size, mtime and inode, so
// an upgraded or replaced buildx is asked again. Only for the plugin docker itself would run (the
// same lookup as exec/process.ts's direct call); anything unusual, or any I/O error, means asking.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findBuildxPlugin } from '../engine/buildx-plugin.js';
import type { ProcessResult } from '../exec/process.js';

type Env = Readonly<Record<string, string | undefined>>;

export interface BuildxVersionMemo {
  /** The remembered `buildx version` result, or undefined: run it. */
  recall(): ProcessResult | undefined;
  /** Keeps a successful answer for the next run on this machine (never throws). */
  keep(result: ProcessResult): void;
}

const FILE = 'buildx-version.json';

/** The memo for this docker CLI and env, or undefined where it cannot apply. */
export function buildxVersionMemo(env: Env, dockerPath: string): BuildxVersionMemo | undefined {
  if (path.basename(dockerPath) !== 'docker') return undefined; // a wrapper decides for itself
  const dir = cacheDir(env);
  const plugin = findBuildxPlugin(env);
  const stamp = plugin && stampOf(plugin);
  if (!dir || !plugin || !stamp) return undefined;
  const file = path.join(dir, FILE);
  return {
    recall: () => {
      const entry = readMemo(file)[plugin];
      return entry?.stamp === stamp ? { exitCode: 0, stdout: entry.stdout, stderrTail: '' } : undefined;
    },
    keep: (result) => {
      if (result.exitCode !== 0 || !result.stdout.trim()) return;
      try {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        // One entry per binary that is still there as it was; written whole to a temp file and renamed,
        // so a reader never sees half.
        const current = Object.entries(readMemo(file)).filter(([bin, entry]) => stampOf(bin) === entry.stamp);
        const memo = { ...Object.fromEntries(current), [plugin]: { stamp, stdout: result.stdout } };
        const temp = `${file}.${randomBytes(4).toString('hex')}`;
        writeFileSync(temp, JSON.stringify(memo));
        renameSync(temp, file);
      } catch {
        // a read-only home: the next run asks buildx again
      }
    },
  };
}

/** $XDG_CACHE_HOME/layercache, else $HOME/.cache/layercache; undefined without either. */
function cacheDir(env: Env): string | undefined {
  const base = env.XDG_CACHE_HOME?.trim() || (env.HOME?.trim() ? path.join(env.HOME.trim(), '.cache') : undefined);
  return base && path.isAbsolute(base) ? path.join(base, 'layercache') : undefined;
}

/** What changes when the binary is replaced or upgraded: size, mtime and inode. */
function stampOf(file: string): string | undefined {
  try {
    const s = statSync(file);
    return `${s.size}:${s.mtimeMs}:${s.ino}`;
  } catch {
    return undefined;
  }
}

interface MemoEntry {
  stamp: string;
  stdout: string;
}

/** The memo file's entries by binary path; anything unreadable or of another shape is left out. */
function readMemo(file: string): Record<string, MemoEntry> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    const valid = (e: unknown): e is MemoEntry =>
      typeof (e as MemoEntry)?.stamp === 'string' && typeof (e as MemoEntry).stdout === 'string';
    return Object.fromEntries(Object.entries(parsed).filter(([, e]) => valid(e)));
  } catch {
    return {};
  }
}
