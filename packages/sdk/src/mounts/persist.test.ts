// restoreMounts and save() around fakes of the two things that need an engine or a server: the
// helper builds (a ProcessRunner that writes what buildx --output would) and the store. The real
// ones run in test/cache-mounts*.test.itg.ts; here the decisions: warnings, unchanged, skipped.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { resolveCacheKeys } from '../keys/resolve.js';
import { parseOptions } from '../options/parse.js';
import type { ProcessRunner } from '../exec/process.js';
import { restoreMounts } from './persist.js';
import type { MountArchiveWrite, MountStore } from './store.js';

function tarOf(files: Record<string, string>): Buffer {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lc-persist-'));
  mkdirSync(path.join(dir, 'root'));
  for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, 'root', name), body);
  execFileSync('tar', ['-cf', path.join(dir, 'a.tar'), '-C', path.join(dir, 'root'), '.']);
  return readFileSync(path.join(dir, 'a.tar'));
}

/** Helper builds that succeed: a restore reports `restored`, a save exports `saved`. */
function helperRunner(saved: Buffer, calls: string[][] = []): ProcessRunner {
  return async (_cmd, args) => {
    calls.push(args);
    const dest = args.find((a) => a.startsWith('type=local,dest='))!.slice('type=local,dest='.length);
    mkdirSync(dest, { recursive: true });
    if (args.includes('--build-context')) writeFileSync(path.join(dest, 'status'), 'restored\n');
    else writeFileSync(path.join(dest, 'mount.tar'), saved);
    return { exitCode: 0, stdout: '', stderrTail: '' };
  };
}

function memoryStore(initial?: Buffer): MountStore & { writes: MountArchiveWrite[] } {
  const writes: MountArchiveWrite[] = [];
  return {
    writes,
    read: async () => initial,
    write: async (_location, archives) => void writes.push(...archives),
  };
}

const DOCKERFILE = 'FROM busybox\nRUN --mount=type=cache,id=pkg,target=/cache true\n';

function input(store: MountStore, run: ProcessRunner, mounts: 'auto' | string[] = 'auto', dockerfileText = DOCKERFILE) {
  const options = parseOptions({ cache: { backend: 'local', dir: 'c', mounts, keys: { branch: 'main' } } });
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'lc-persist-work-'));
  return {
    options,
    backend: 'local' as const,
    keys: resolveCacheKeys(options.cache.keys, options.cache.write),
    cacheWritten: true,
    dockerfileText,
    cwd: workDir,
    workDir,
    runId: 'r1',
    run,
    env: {},
    store,
  };
}

test('a mount restored and found unchanged after the build is not written again', async () => {
  const tar = tarOf({ pkg: 'one' });
  const store = memoryStore(gzipSync(tar));
  const session = await restoreMounts(input(store, helperRunner(tar)));
  expect(session.reports[0]?.restore).toMatchObject({ status: 'restored', contentBytes: tar.length });
  await session.save();
  expect(session.reports[0]?.save?.status).toBe('unchanged');
  expect(store.writes).toEqual([]);
  expect(session.warnings).toEqual([]);
});

test('a changed mount is saved; an empty one is not', async () => {
  const changed = memoryStore(gzipSync(tarOf({ pkg: 'one' })));
  const a = await restoreMounts(input(changed, helperRunner(tarOf({ pkg: 'two' }))));
  await a.save();
  expect(a.reports[0]?.save?.status).toBe('saved');
  expect(changed.writes.map((w) => w.id)).toEqual(['pkg']);

  const emptied = memoryStore(gzipSync(tarOf({ pkg: 'one' })));
  const b = await restoreMounts(input(emptied, helperRunner(tarOf({}))));
  await b.save();
  expect(b.reports[0]?.save?.status).toBe('empty');
  expect(emptied.writes).toEqual([]);
});

test('a store that fails to read is a warning: the mount runs cold and is saved after the build', async () => {
  const store = memoryStore();
  store.read = async () => {
    throw new Error('HTTP 503');
  };
  const calls: string[][] = [];
  const session = await restoreMounts(input(store, helperRunner(tarOf({ pkg: 'one' }), calls)));
  expect(session.reports[0]?.restore).toMatchObject({ status: 'failed', message: 'HTTP 503' });
  expect(session.warnings).toEqual(['cache mount pkg was not restored (HTTP 503); the build runs with it cold']);
  expect(calls).toEqual([]); // no restore helper build ran
  await session.save();
  expect(session.reports[0]?.save?.status).toBe('saved');
});

test('a failed helper build is a warning, never a thrown error', async () => {
  const failing: ProcessRunner = async () => ({
    exitCode: 1,
    stdout: '',
    stderrTail: 'ERROR: failed to solve: no tar',
  });
  const session = await restoreMounts(input(memoryStore(gzipSync(tarOf({ pkg: 'one' }))), failing));
  expect(session.reports[0]?.restore.status).toBe('failed');
  await session.save();
  expect(session.reports[0]?.save).toMatchObject({
    status: 'failed',
    message: expect.stringContaining('helper build failed'),
  });
  expect(session.warnings).toHaveLength(2);
});

test('a mount that cannot be kept is a note with auto and a warning when its id was asked for', async () => {
  const scratch = 'FROM scratch\nRUN --mount=type=cache,id=pkg,target=/cache true\n';
  const auto = await restoreMounts(input(memoryStore(), helperRunner(Buffer.alloc(0)), 'auto', scratch));
  expect(auto.reports[0]?.restore).toMatchObject({
    status: 'skipped',
    message: expect.stringContaining('FROM scratch'),
  });
  expect(auto.warnings).toEqual([]);
  const listed = await restoreMounts(input(memoryStore(), helperRunner(Buffer.alloc(0)), ['pkg'], scratch));
  expect(listed.warnings).toEqual([
    expect.stringContaining('cache mount pkg is not kept: its stage starts FROM scratch'),
  ]);
});

// This engine's BuildKit has no s3 exporter, so no s3 build runs on it: here, where an s3 build's
// mounts are read and written (the store itself is tested against s3rver).
test('s3: a PR reads its branch, then the default branch, under <prefix>mounts/; writes its branch', async () => {
  const harness = {
    endpointUrl: 'http://s3.test:9000',
    bucket: 'dlc',
    region: 'r',
    prefix: 'acct/app/',
    accessKeyId: 'k',
    secretAccessKey: 's',
  };
  const options = parseOptions({
    cache: { backend: 's3', harness, keys: { branch: 'feat', prId: '4', prTargetBranch: 'main' } },
  });
  const reads: string[] = [];
  const writes: string[] = [];
  const store: MountStore = {
    read: async (location) => void reads.push(location),
    write: async (location) => void writes.push(location),
  };
  const tar = tarOf({ pkg: 'one' });
  const session = await restoreMounts({
    ...input(store, helperRunner(tar)),
    options,
    backend: 's3',
    keys: resolveCacheKeys(options.cache.keys, options.cache.write),
  });
  await session.save();
  expect(reads).toEqual(['s3://dlc/acct/app/mounts/feat/', 's3://dlc/acct/app/mounts/main/']);
  expect(writes).toEqual(['s3://dlc/acct/app/mounts/feat/']);
  expect(session.reports[0]?.save).toMatchObject({ status: 'saved', to: 's3://dlc/acct/app/mounts/feat/' });
});
