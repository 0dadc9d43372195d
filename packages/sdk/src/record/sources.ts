// Digests of the context files a COPY/ADD reads, honouring .dockerignore (the lint's parser).
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isIgnored, parseDockerignore } from '../dockerfile/dockerignore.js';
import { MAX_SOURCE_FILES } from './types.js';

const MAX_WALK = 20_000;

/** Every file of the context (relative POSIX paths), without ignored ones, at most MAX_WALK. */
export async function contextFiles(context: string): Promise<string[]> {
  const ignoreText = await readFile(path.join(context, '.dockerignore'), 'utf8').catch(() => '');
  const patterns = parseDockerignore(ignoreText);
  const out: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    for (const entry of await readdir(path.join(context, rel), { withFileTypes: true }).catch(() => [])) {
      if (out.length >= MAX_WALK) return;
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (isIgnored(patterns, child)) continue;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile()) out.push(child);
    }
  };
  await walk('');
  return out.sort();
}

/** Files matched by COPY/ADD source patterns (a path, a directory, or a glob with * and ?). */
export function matchSources(files: string[], patterns: string[]): string[] {
  const matchers = patterns.map(toMatcher);
  return files.filter((f) => matchers.some((m) => m(f)));
}

function toMatcher(pattern: string): (file: string) => boolean {
  const p = pattern.replace(/^\.?\/+/, '').replace(/\/+$/, '');
  if (p === '' || p === '.') return () => true;
  if (!/[*?[]/.test(p)) return (f) => f === p || f.startsWith(`${p}/`);
  const re = new RegExp(`^${p.split('/').map(segment).join('/')}(?:/.*)?$`);
  return (f) => re.test(f);
}

function segment(s: string): string {
  return s.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
}

export async function hashSources(context: string, files: string[]): Promise<{ sources: Record<string, string>; digest: string }> {
  const all = createHash('sha256');
  const sources: Record<string, string> = {};
  for (const [i, file] of files.entries()) {
    const hash = createHash('sha256').update(await readFile(path.join(context, file)).catch(() => Buffer.alloc(0))).digest('hex');
    all.update(`${file}\0${hash}\n`);
    if (i < MAX_SOURCE_FILES) sources[file] = hash;
  }
  return { sources, digest: all.digest('hex') };
}
