// layercache prune on a local cache directory: the same scenario as the registry's. Six branches
// build small caches (snapshots hard-link the blobs they share), a git remote on disk keeps three.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { main } from '../src/cli/main.js';
import { pruneCache, type PruneOptionsInput, type PruneResult } from '../src/index.js';
import { testEngine, type TestEngine } from '../../../test-support/engine.js';
import {
  backdateLocalCache,
  branchContext,
  buildBranch,
  buildSixBranches,
  DEAD_SLUGS,
  gitRemote,
  LIVE_SLUGS,
  treeState,
} from './support/prune-scenario.js';

let engine: TestEngine;
let context: string;
let dir: string;
let remote: string;

beforeAll(async () => {
  engine = testEngine();
  context = await branchContext();
  dir = await mkdtemp(path.join(os.tmpdir(), 'layercache-prune-local-'));
  await buildSixBranches(engine, context, { backend: 'local', dir }, ['live-a', 'dead-a']);
  remote = await gitRemote();
  const hours: Record<string, number> = { main: 10, 'dead-a': 9, 'dead-b': 8, 'dead-c': 7, 'live-a': 6 };
  for (const [slug, h] of Object.entries(hours)) await backdateLocalCache(dir, slug, h);
});

/** Through the CLI, as a scheduled job runs it: `layercache prune --json …`. */
async function cli(...args: string[]): Promise<{ code: number; result: PruneResult; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['prune', '--backend', 'local', '--cache-dir', dir, '--json', ...args], {
    env: engine.env,
    cwd: context,
    stdout: { write: (c: string) => (stdout += c) },
    stderr: { write: (c: string) => (stderr += c) },
  });
  return { code, result: code === 0 ? (JSON.parse(stdout) as PruneResult) : (undefined as never), stderr };
}
const gone = (r: PruneResult) =>
  r.caches
    .filter((c) => c.remove)
    .map((c) => c.slug)
    .sort();
// Branch caches are the directories; `.verified-blobs.json` is the directory's own memo (not a branch).
const slugsIn = async () => {
  const firsts = new Set(Object.keys(await treeState(dir)).map((p) => p.split('/')[0]!));
  return [...firsts].filter((s) => !s.startsWith('.')).sort();
};

describe('local prune', () => {
  test('every branch has a cache; rebuilt ones have a previous generation', async () => {
    const files = Object.keys(await treeState(dir));
    expect(await slugsIn()).toEqual([...DEAD_SLUGS, ...LIVE_SLUGS].sort());
    for (const slug of ['live-a', 'dead-a']) expect(files).toContain(`${slug}/previous`);
  });

  test('--dry-run lists the dead branches with sizes (hard-linked blobs shared) and changes nothing', async () => {
    const before = await treeState(dir);
    const { code, result } = await cli('--live-branches-from-git', remote, '--dry-run');
    expect(code).toBe(0);
    expect(gone(result)).toEqual([...DEAD_SLUGS].sort());
    for (const c of result.caches) expect(c.ownBytes).toBeGreaterThan(60 * 1024);
    expect(result.sharedBytes).toBeGreaterThan(0);
    expect(await treeState(dir)).toEqual(before);
  });

  test('an empty live list refuses (exit 2) unless --all', async () => {
    const empty = path.join(context, 'live.txt');
    await writeFile(empty, '# nothing\n');
    const { code, stderr } = await cli('--live-branches-file', empty);
    expect(code).toBe(2);
    expect(stderr).toMatch(/live branch list is empty.*--all/s);
    expect(gone((await cli('--live-branches-file', empty, '--all', '--dry-run')).result)).toEqual([
      'dead-a',
      'dead-b',
      'dead-c',
      'live-a',
    ]);
  });

  test('the budget removes the oldest first and skips the default branch and fresh caches (dry runs)', async () => {
    const all = (await cli('--max-size', '1', '--dry-run')).result;
    expect(gone(all)).toEqual(['dead-a', 'dead-b', 'dead-c', 'live-a']);
    const oldest = all.caches.find((c) => c.slug === 'dead-a')!;
    expect(gone((await cli('--max-size', String(all.totalBytes - 1), '--dry-run')).result)).toEqual(['dead-a']);
    expect(gone((await cli('--max-size', String(all.totalBytes - oldest.ownBytes - 1), '--dry-run')).result)).toEqual([
      'dead-a',
      'dead-b',
    ]);
  });

  test('prune removes exactly the dead branches (cache, previous, records); the rest stays byte-identical', async () => {
    const before = await treeState(dir);
    const { code, result } = await cli('--live-branches-from-git', remote);
    expect(code).toBe(0);
    expect(result.removed.map((p) => path.basename(p)).sort()).toEqual([...DEAD_SLUGS].sort());
    expect(await slugsIn()).toEqual([...LIVE_SLUGS].sort());
    const stays = (p: string) => LIVE_SLUGS.includes(p.split('/')[0]!) || p.startsWith('.'); // and the memo
    const kept = Object.fromEntries(Object.entries(before).filter(([p]) => stays(p)));
    expect(await treeState(dir)).toEqual(kept);
  });

  test('a build racing a prune of its own cache stays green', async () => {
    await writeFile(path.join(context, 'app.txt'), 'race\n');
    const removed: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const build = buildBranch(engine, context, 'live-a', { backend: 'local', dir });
      const pruned = pruneCache({ backend: 'local', dir, removeBranches: ['live-a'] } satisfies PruneOptionsInput);
      const [built, result] = await Promise.all([build, pruned]);
      expect(built.report.totalSteps).toBeGreaterThan(0);
      removed.push(...result.removed);
    }
    expect(removed.length).toBeGreaterThan(0);
  });
});
