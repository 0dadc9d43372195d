/// <reference path="../../harness/test/support/s3rver.d.ts" />
// The cache mount archive stores on real servers: the test registry (registry, inline backends)
// and s3rver (the s3 backend). This engine's BuildKit has no s3 cache exporter (docs/harness.md), so the
// s3 side is storage-tested here: write, read, replace one mount without losing another, and
// prune removing a branch's mount archives with its cache.
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { AwsClient } from 'aws4fetch';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pruneCache } from '../src/index.js';
import type { HarnessCacheOptions } from '../src/options/schema.js';
import { backends } from '../src/backends/index.js';
import { registryMountStore } from '../src/backends/registry/mount-store.js';
import { s3MountStore } from '../src/backends/s3/mount-store.js';
import { mountLocations } from '../src/mounts/locations.js';
import type { MountStore } from '../src/mounts/store.js';
import { parseOptions } from '../src/options/parse.js';
import { resolveCacheKeys } from '../src/keys/resolve.js';
import { testEngine, uniqueRepo, type TestEngine } from '../../../test-support/engine.js';

const require = createRequire(import.meta.url);
let engine: TestEngine;
let server: S3rver;
let harness: HarnessCacheOptions;
let s3: AwsClient;
let bucketUrl: string;
const PREFIX = 'acct/app/';

beforeAll(async () => {
  engine = testEngine();
  const accessKeyId = `AKIA${randomBytes(8).toString('hex').toUpperCase()}`;
  const secretAccessKey = randomBytes(24).toString('base64url');
  const { DUMMY_ACCOUNT } = require('s3rver/lib/models/account.js') as {
    DUMMY_ACCOUNT: { createKeyPair(id: string, secret: string): void };
  };
  DUMMY_ACCOUNT.createKeyPair(accessKeyId, secretAccessKey);
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: await mkdtemp(path.join(os.tmpdir(), 's3rver-')),
    configureBuckets: [{ name: 'dlc', configs: [] }],
  });
  const { port } = await server.run();
  bucketUrl = `http://127.0.0.1:${port}/dlc`;
  harness = {
    endpointUrl: `http://127.0.0.1:${port}`,
    bucket: 'dlc',
    region: 'us-east-1',
    prefix: PREFIX,
    usePathStyle: true,
    accessKeyId,
    secretAccessKey,
  };
  s3 = new AwsClient({ accessKeyId, secretAccessKey, service: 's3', region: 'us-east-1' });
});

afterAll(async () => {
  await server?.close();
});

/** Write two mounts, read them back, replace one: the other stays; an absent one or place reads as none. */
async function roundTrip(store: MountStore, location: string, elsewhere: string): Promise<void> {
  const npm = randomBytes(5000);
  const apt = randomBytes(3000);
  await store.write(location, [{ id: '/root/.npm', data: npm, digest: 'sha256:npm' }]);
  await store.write(location, [{ id: 'apt', data: apt, digest: 'sha256:apt' }]);
  expect(await store.read(location, '/root/.npm')).toEqual(npm);
  expect(await store.read(location, 'apt')).toEqual(apt);
  const npm2 = randomBytes(4000);
  await store.write(location, [{ id: '/root/.npm', data: npm2, digest: 'sha256:npm2' }]);
  expect(await store.read(location, '/root/.npm')).toEqual(npm2);
  expect(await store.read(location, 'apt')).toEqual(apt);
  expect(await store.read(location, 'nope')).toBeUndefined();
  expect(await store.read(elsewhere, 'apt')).toBeUndefined();
}

/**
 * Writers of one branch racing (fresh stores, as separate runners are): the archive left is one
 * writer's whole archive, and so is every read during the race when the server swaps objects
 * atomically (registry, S3; s3rver is not: it serves an object while writing it in place).
 */
async function concurrentWriters(store: () => MountStore, location: string, atomicServer: boolean): Promise<void> {
  const written = Array.from({ length: 5 }, (_, i) => randomBytes(200_000 + i * 10_000));
  const reads: Array<Buffer | undefined> = [];
  const write = (data: Buffer, i: number) => store().write(location, [{ id: 'race', data, digest: `sha256:${i}` }]);
  const writers = Promise.all(written.map(write));
  for (let i = 0; i < 5; i += 1)
    reads.push(
      await store()
        .read(location, 'race')
        .catch(() => undefined)
    );
  await writers;
  const last = await store().read(location, 'race');
  expect(last).toBeDefined();
  if (!atomicServer) {
    // s3rver writes concurrent PUTs of one key into the same file, so even the object left can mix
    // writers (seen once in a clean-clone run). Real S3 replaces objects atomically, which cannot be
    // shown here: check that the race broke nothing and that the next write reads back whole.
    const next = randomBytes(150_000);
    await write(next, 5);
    expect((await store().read(location, 'race'))?.equals(next)).toBe(true);
    return;
  }
  for (const data of [...reads, last].filter((r) => r !== undefined)) {
    expect(written.some((w) => w.equals(data))).toBe(true);
  }
}

describe('cache mount stores', () => {
  test('registry: an OCI artifact at <cache tag>.mounts', async () => {
    const repo = uniqueRepo(engine, 'mount-store');
    const options = parseOptions({ cache: { backend: 'registry', ref: repo, keys: { branch: 'feat/x' } } });
    const where = mountLocations(options, backends.registry, resolveCacheKeys(options.cache.keys, 'auto'), '.', true)!;
    expect(where).toEqual({ reads: [`${repo}:feat-x.mounts`, `${repo}:main.mounts`], write: `${repo}:feat-x.mounts` });
    await roundTrip(registryMountStore([], 30_000), where.write!, where.reads[1]!);
    // A fresh store (no memo) reads what the last write left.
    expect((await registryMountStore([], 30_000).read(where.write!, 'apt'))?.length).toBe(3000);
    await concurrentWriters(() => registryMountStore([], 30_000), where.write!, true);
  });

  test('s3: one object per mount under <prefix>mounts/<slug>/, pruned with its branch cache', async () => {
    const options = parseOptions({ cache: { backend: 'harness', harness, keys: { branch: 'feat' } } });
    const where = mountLocations(options, backends.s3, resolveCacheKeys(options.cache.keys, 'auto'), '.', true)!;
    const [feat, main] = ['s3://dlc/acct/app/mounts/feat/', 's3://dlc/acct/app/mounts/main/'];
    expect(where).toEqual({ reads: [feat, main], write: feat });
    await roundTrip(s3MountStore(harness, 30_000), where.write!, where.reads[1]!);
    await concurrentWriters(() => s3MountStore(harness, 30_000), where.write!, false);
    // A branch cache (BuildKit's s3 layout) beside it; pruning the branch takes its mounts too.
    await s3.fetch(`${bucketUrl}/${PREFIX}manifests/feat`, {
      method: 'PUT',
      body: JSON.stringify({ layers: [], records: [] }),
    });
    await s3.fetch(`${bucketUrl}/${PREFIX}manifests/main`, {
      method: 'PUT',
      body: JSON.stringify({ layers: [], records: [] }),
    });
    await s3MountStore(harness, 30_000).write('s3://dlc/acct/app/mounts/main/', [
      { id: 'apt', data: randomBytes(10), digest: 'sha256:x' },
    ]);
    const result = await pruneCache({ backend: 'harness', harness, removeBranches: ['feat'] });
    expect(result.warnings).toEqual([]);
    const keys = [
      ...(await (await s3.fetch(`${bucketUrl}?list-type=2&prefix=${encodeURIComponent(PREFIX)}`)).text()).matchAll(
        /<Key>([^<]+)<\/Key>/g
      ),
    ].map((m) => m[1]!.slice(PREFIX.length));
    expect(keys.filter((k) => k.includes('feat'))).toEqual([]);
    expect(keys.filter((k) => k.startsWith('mounts/main/'))).toHaveLength(1);
  });
});
