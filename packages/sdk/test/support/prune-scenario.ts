// The prune scenario's pieces: six branches that build small caches (sharing the base layer,
// each with a layer of its own), a git remote on disk that keeps three of them, and ways to
// look at a cache location (tags and manifest digests; files and inodes) before and after.
import { execFile } from 'node:child_process';
import { lstat, lutimes, mkdtemp, readdir, readFile, readlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { cachedBuild, type BuildOptionsInput, type BuildResult } from '../../src/index.js';
import { registryRecordStore, RECORD_FILE } from '../../src/record/store.js';
import { registryClientFor } from '../../src/registry/client.js';
import type { TestEngine } from '../../../../test-support/engine.js';

const run = promisify(execFile);

export const LIVE = ['main', 'live-a', 'Live/B'] as const;
export const DEAD = ['dead-a', 'Dead/B', 'dead-c'] as const;
/** Slugs, as the caches are named. */
export const LIVE_SLUGS = ['main', 'live-a', 'live-b'];
export const DEAD_SLUGS = ['dead-a', 'dead-b', 'dead-c'];

/** A context whose one RUN step depends on the branch (a layer of its own) over the shared base. */
export async function branchContext(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'layercache-prune-'));
  // The run id keeps layers of earlier test runs, still in the engine's build cache, out of this one.
  const runId = path.basename(dir);
  await writeFile(
    path.join(dir, 'Dockerfile'),
    `ARG BASE_IMAGE\nFROM \${BASE_IMAGE}\nARG BRANCH\nRUN dd if=/dev/urandom of=/own bs=1k count=64 2>/dev/null && echo "$BRANCH ${runId}" > /branch\nCOPY app.txt /app.txt\n`
  );
  await writeFile(path.join(dir, 'app.txt'), 'v1\n');
  return dir;
}

export function buildBranch(
  engine: TestEngine,
  context: string,
  branch: string,
  cache: BuildOptionsInput['cache']
): Promise<BuildResult> {
  return cachedBuild(
    {
      context,
      network: 'none',
      buildArgs: { BASE_IMAGE: engine.baseImage, BRANCH: branch },
      cache: { ...cache, keys: { branch, defaultBranch: 'main' } },
    },
    { env: engine.env, cwd: context, logger: { info: () => undefined, warn: () => undefined } }
  );
}

/** Builds every branch once; `twice` branches build again after a source change, so they get a previous generation. */
export async function buildSixBranches(
  engine: TestEngine,
  context: string,
  cache: BuildOptionsInput['cache'],
  twice: string[]
): Promise<void> {
  for (const branch of [...LIVE, ...DEAD]) await buildBranch(engine, context, branch, cache);
  await writeFile(path.join(context, 'app.txt'), 'v2\n');
  for (const branch of twice) await buildBranch(engine, context, branch, cache);
  await writeFile(path.join(context, 'app.txt'), 'v1\n');
}

/** A bare git repository on disk with the LIVE branches (what --live-branches-from-git reads). */
export async function gitRemote(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'layercache-remote-'));
  const bare = path.join(root, 'remote.git');
  const work = path.join(root, 'work');
  const git = (cwd: string, ...args: string[]) =>
    run('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd });
  await run('git', ['init', '--quiet', '--bare', bare]);
  await run('git', ['init', '--quiet', '-b', 'main', work]);
  await writeFile(path.join(work, 'README'), 'x\n');
  await git(work, 'add', 'README');
  await git(work, 'commit', '--quiet', '-m', 'x');
  for (const branch of LIVE.slice(1)) await git(work, 'branch', branch);
  await git(work, 'push', '--quiet', bare, ...LIVE.map((b) => `${b}:${b}`));
  return bare;
}

/** Every tag of a repository with its manifest digest. */
export async function tagDigests(repo: string): Promise<Record<string, string>> {
  const { client, repository } = registryClientFor(`${repo}:x`, []);
  const { tags } = await client.listTags(repository);
  const out: Record<string, string> = {};
  for (const tag of tags.sort()) out[tag] = (await client.getManifest(repository, tag)).digest ?? '?';
  return out;
}

/** Rewrites a registry cache's build record as if its last build ran `hoursAgo` hours ago. */
export async function backdateRegistryCache(repo: string, slug: string, hoursAgo: number): Promise<void> {
  const ref = `${repo}:${slug}`;
  const store = registryRecordStore([ref], ref, []);
  const record = await store.read();
  if (!record) throw new Error(`no record for ${ref}`);
  await store.write({ ...record, createdAt: new Date(Date.now() - hoursAgo * 3_600_000).toISOString() });
}

/** Backdates a local cache: its `current` link's time and the record inside its snapshot. */
export async function backdateLocalCache(dir: string, slug: string, hoursAgo: number): Promise<void> {
  const time = new Date(Date.now() - hoursAgo * 3_600_000);
  const current = path.join(dir, slug, 'current');
  const recordFile = path.join(current, RECORD_FILE);
  const record = JSON.parse(await readFile(recordFile, 'utf8')) as Record<string, unknown>;
  await writeFile(recordFile, JSON.stringify({ ...record, createdAt: time.toISOString() }));
  await lutimes(current, time, time);
}

/** Every path below dir with its inode and size (links: their target): "byte-identical" for a local cache. */
export async function treeState(dir: string, prefix = ''): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = path.join(dir, e.name);
    const info = await lstat(p);
    if (e.isDirectory()) Object.assign(out, await treeState(p, `${prefix}${e.name}/`));
    else
      out[`${prefix}${e.name}`] = e.isSymbolicLink()
        ? `-> ${await readlink(p)}`
        : `${info.ino}:${info.size}:${info.mtimeMs}`;
  }
  return out;
}
