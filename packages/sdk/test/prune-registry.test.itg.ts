// layercache prune on the real registry (deletes enabled), and on a second registry started here
// with deletes disabled: six branches build small caches, a git remote on disk keeps three.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pruneCache, type PruneOptionsInput } from '../src/index.js';
import { testEngine, uniqueRepo, type TestEngine } from '../../../test-support/engine.js';
import {
  backdateRegistryCache,
  branchContext,
  buildBranch,
  buildSixBranches,
  DEAD_SLUGS,
  gitRemote,
  LIVE_SLUGS,
  tagDigests,
} from './support/prune-scenario.js';
import { parseLsRemote } from '../src/prune/live-refs.js';
import { runProcess } from '../src/exec/process.js';
import { registryClientFor } from '../src/registry/client.js';

let engine: TestEngine;
let context: string;
let repo: string;
let live: string[];

beforeAll(async () => {
  engine = testEngine();
  context = await branchContext();
  repo = uniqueRepo(engine, 'prune');
  await buildSixBranches(engine, context, { backend: 'registry', ref: repo }, ['live-a', 'dead-a']);
  const remote = await gitRemote();
  live = parseLsRemote((await runProcess('git', ['ls-remote', '--heads', remote])).stdout);
  // Written hours ago (as a build record says), except live-b: written just now, so fresh.
  const hours: Record<string, number> = { main: 10, 'dead-a': 9, 'dead-b': 8, 'dead-c': 7, 'live-a': 6 };
  for (const [slug, h] of Object.entries(hours)) await backdateRegistryCache(repo, slug, h);
});

const prune = (o: Partial<PruneOptionsInput>) =>
  pruneCache({ backend: 'registry', ref: repo, ...o } as PruneOptionsInput);
const groupsOf = (tags: Record<string, string>) => [...new Set(Object.keys(tags).map((t) => t.split('.')[0]))].sort();

describe('registry prune', () => {
  test('every branch has its cache, record, and (where rebuilt) previous generation', async () => {
    const tags = await tagDigests(repo);
    expect(groupsOf(tags)).toEqual([...DEAD_SLUGS, ...LIVE_SLUGS].sort());
    for (const slug of ['live-a', 'dead-a'])
      expect(Object.keys(tags)).toEqual(expect.arrayContaining([slug, `${slug}.prev`, `${slug}.record`]));
  });

  test('--dry-run lists the dead branches with sizes, shared blobs once, and changes nothing', async () => {
    const before = await tagDigests(repo);
    const result = await prune({ liveBranches: live, dryRun: true });
    expect(
      result.caches
        .filter((c) => c.remove)
        .map((c) => c.slug)
        .sort()
    ).toEqual([...DEAD_SLUGS].sort());
    for (const c of result.caches) expect(c.ownBytes).toBeGreaterThan(60 * 1024); // its own 64 KiB layer
    expect(result.sharedBytes).toBeGreaterThan(0); // the base image layer every cache holds
    expect(result.totalBytes).toBeLessThan(result.caches.reduce((t, c) => t + c.ownBytes + c.sharedBytes, 0));
    expect(result.removed).toEqual([]);
    expect(await tagDigests(repo)).toEqual(before);
  });

  test('the budget removes the oldest first and never the default branch or a fresh cache (dry runs)', async () => {
    const all = await prune({ maxSize: '1', dryRun: true });
    const gone = (r: typeof all) =>
      r.caches
        .filter((c) => c.remove)
        .map((c) => c.slug)
        .sort();
    expect(gone(all)).toEqual(['dead-a', 'dead-b', 'dead-c', 'live-a']); // main: default; live-b: fresh
    const oldest = all.caches.find((c) => c.slug === 'dead-a')!;
    expect(gone(await prune({ maxSize: String(all.totalBytes - 1), dryRun: true }))).toEqual(['dead-a']);
    expect(gone(await prune({ maxSize: String(all.totalBytes - oldest.ownBytes - 1), dryRun: true }))).toEqual([
      'dead-a',
      'dead-b',
    ]);
  });

  test("prune removes exactly the dead branches' tags, .prev tags and records; the rest stays byte-identical", async () => {
    const before = await tagDigests(repo);
    const result = await prune({ liveBranches: live });
    const after = await tagDigests(repo);
    expect(groupsOf(after)).toEqual([...LIVE_SLUGS].sort());
    const kept = Object.fromEntries(Object.entries(before).filter(([t]) => LIVE_SLUGS.includes(t.split('.')[0]!)));
    expect(after).toEqual(kept);
    expect(result.removed).toEqual(
      expect.arrayContaining([
        `${repo}:dead-a`,
        `${repo}:dead-a.prev`,
        `${repo}:dead-a.record`,
        `${repo}:dead-b.record`,
      ])
    );
    expect(result.warnings).toEqual([]);
  });

  test('a real budget removal takes live-a (oldest) and leaves main (default) and live-b (fresh)', async () => {
    const result = await prune({ maxSize: '1' });
    expect(result.caches.filter((c) => c.remove).map((c) => c.slug)).toEqual(['live-a']);
    expect(groupsOf(await tagDigests(repo))).toEqual(['live-b', 'main']);
  });

  test("a tag that shares a removed cache's manifest (a release tag on an inline image) survives", async () => {
    const { client, repository } = registryClientFor(`${repo}:live-b`, []);
    const liveB = await client.getManifest(repository, 'live-b');
    expect((await client.putManifest(repository, 'v1.0.0', liveB.mediaType!, liveB.raw!)).status).toBe('ok');
    const result = await prune({ removeBranches: ['live-b'] });
    const after = await tagDigests(repo);
    expect(after['v1.0.0']).toBe(liveB.digest);
    expect(after['live-b.record']).toBeUndefined();
    // This registry (distribution 2.8) cannot delete a tag alone: the shared tag stays, and prune says why.
    if (after['live-b'] !== undefined)
      expect(result.warnings.join('\n')).toMatch(/live-b left: it shares its manifest with .*:v1\.0\.0/);
    else expect(result.removed).toContain(`${repo}:live-b`);
  });

  test('a build racing a prune of its own ref stays green', async () => {
    const raceRepo = uniqueRepo(engine, 'prune-race');
    await buildBranch(engine, context, 'race', { backend: 'registry', ref: raceRepo });
    await writeFile(path.join(context, 'app.txt'), 'race\n');
    const removed: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const build = buildBranch(engine, context, 'race', { backend: 'registry', ref: raceRepo });
      const pruned = pruneCache({ backend: 'registry', ref: raceRepo, removeBranches: ['race'] });
      const [built, result] = await Promise.all([build, pruned]);
      expect(built.report.totalSteps).toBeGreaterThan(0);
      removed.push(...result.removed);
    }
    expect(removed).toContain(`${raceRepo}:race`);
  });
});

describe('a registry with deletes disabled', () => {
  let registry: ChildProcess;
  let host: string;

  beforeAll(async () => {
    const port = await freePort();
    host = `127.0.0.1:${port}`;
    const dir = await mkdtemp(path.join(os.tmpdir(), 'registry-nodelete-'));
    const config = path.join(dir, 'config.yml');
    await writeFile(
      config,
      `version: 0.1\nlog:\n  level: warn\nstorage:\n  filesystem:\n    rootdirectory: ${dir}/data\n  delete:\n    enabled: false\nhttp:\n  addr: ${host}\n`
    );
    registry = spawn('docker-registry', ['serve', config], { stdio: 'ignore' });
    for (
      let i = 0;
      i < 100 &&
      !(await fetch(`http://${host}/v2/`).then(
        (r) => r.ok,
        () => false
      ));
      i += 1
    )
      await new Promise((r) => setTimeout(r, 100));
  });

  afterAll(() => {
    registry?.kill();
  });

  test('prune says the registry refuses deletes (405 UNSUPPORTED), with the fix, and removes nothing', async () => {
    const ref = `${host}/test/nodelete`;
    await buildBranch(engine, context, 'gone', { backend: 'registry', ref });
    const before = await tagDigests(ref);
    expect(Object.keys(before)).toContain('gone');
    await expect(pruneCache({ backend: 'registry', ref, liveBranches: ['main'], freshMinutes: 0 })).rejects.toThrow(
      /refuses deletes \(405 UNSUPPORTED\).*Fix: enable deletes.*REGISTRY_STORAGE_DELETE_ENABLED=true/s
    );
    expect(await tagDigests(ref)).toEqual(before);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
