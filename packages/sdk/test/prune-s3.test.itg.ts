/// <reference path="../../harness/test/support/s3rver.d.ts" />
// layercache prune on an S3-compatible server (s3rver), for the harness backend. This engine's
// BuildKit has no s3 cache exporter (docs/harness.md), so the six branches' caches are written
// here in BuildKit's s3 layout (<prefix>manifests/<name>: the cache config naming its blobs;
// <prefix>blobs/<digest>), each holding the shared base blob and one of its own. A build racing
// the prune cannot run here for the same reason.
import { createHash, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AwsClient } from 'aws4fetch';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pruneCache, type PruneOptionsInput } from '../src/index.js';
import { parseLsRemote } from '../src/prune/live-refs.js';
import { runProcess } from '../src/exec/process.js';
import { DEAD_SLUGS, gitRemote, LIVE_SLUGS } from './support/prune-scenario.js';

const require = createRequire(import.meta.url);
const accessKeyId = `AKIA${randomBytes(8).toString('hex').toUpperCase()}`;
const secretAccessKey = randomBytes(24).toString('base64url');
const PREFIX = 'acct/app/';
let server: S3rver;
let harness: PruneOptionsInput['harness'];
let s3: AwsClient;
let base: string;
let live: string[];

const digestOf = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
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
  base = `http://127.0.0.1:${port}/dlc`;
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
  const shared = randomBytes(32 * 1024);
  await s3.fetch(`${base}/${PREFIX}blobs/${digestOf(shared)}`, { method: 'PUT', body: shared });
  // Oldest first, each a second apart (S3 keeps LastModified to the second): dead ones, then live ones.
  for (const slug of [...DEAD_SLUGS, ...LIVE_SLUGS]) {
    const own = randomBytes(16 * 1024);
    await s3.fetch(`${base}/${PREFIX}blobs/${digestOf(own)}`, { method: 'PUT', body: own });
    const config = {
      layers: [
        { blob: digestOf(shared), parent: -1 },
        { blob: digestOf(own), parent: 0 },
      ],
      records: [],
    };
    await s3.fetch(`${base}/${PREFIX}manifests/${slug}`, { method: 'PUT', body: JSON.stringify(config) });
    await sleep(1100);
  }
  live = parseLsRemote((await runProcess('git', ['ls-remote', '--heads', await gitRemote()])).stdout);
});

afterAll(async () => {
  await server?.close();
});

async function objects(): Promise<Record<string, string>> {
  const xml = await (await s3.fetch(`${base}?list-type=2&prefix=${encodeURIComponent(PREFIX)}`)).text();
  return Object.fromEntries(
    [...xml.matchAll(/<Key>([^<]+)<\/Key>[\s\S]*?<ETag>([^<]+)<\/ETag>/g)].map((m) => [
      m[1]!.slice(PREFIX.length),
      m[2]!,
    ])
  );
}
const manifests = (o: Record<string, string>) =>
  Object.keys(o)
    .filter((k) => k.startsWith('manifests/'))
    .map((k) => k.slice(10))
    .sort();
/** The clock one second after the newest cache was written: with 1.5 s counted fresh, only it is. */
async function justAfterNewest(): Promise<() => number> {
  const xml = await (await s3.fetch(`${base}?list-type=2&prefix=${encodeURIComponent(`${PREFIX}manifests/`)}`)).text();
  const newest = Math.max(...[...xml.matchAll(/<LastModified>([^<]+)<\/LastModified>/g)].map((m) => Date.parse(m[1]!)));
  return () => newest + 1000;
}
const later = () => Date.now() + 3 * 3_600_000;

describe('s3 (harness) prune', () => {
  test('--dry-run lists the dead branches with sizes, the shared blob once, and changes nothing', async () => {
    const before = await objects();
    const result = await pruneCache({ backend: 'harness', harness, liveBranches: live, dryRun: true }, { now: later });
    expect(
      result.caches
        .filter((c) => c.remove)
        .map((c) => c.slug)
        .sort()
    ).toEqual([...DEAD_SLUGS].sort());
    for (const c of result.caches) expect(c.ownBytes).toBeGreaterThan(16 * 1024);
    expect(result.sharedBytes).toBe(32 * 1024);
    expect(await objects()).toEqual(before);
  });

  test('the budget removes the oldest first and skips the default branch and a fresh cache (dry runs)', async () => {
    const now = await justAfterNewest();
    const fresh = { freshMinutes: 1.5 / 60 };
    const all = await pruneCache({ backend: 'harness', harness, maxSize: '1', dryRun: true, ...fresh }, { now });
    const gone = (r: typeof all) =>
      r.caches
        .filter((c) => c.remove)
        .map((c) => c.slug)
        .sort();
    expect(gone(all)).toEqual(['dead-a', 'dead-b', 'dead-c', 'live-a']); // main: default; live-b (newest): fresh
    expect(
      gone(
        await pruneCache(
          { backend: 'harness', harness, maxSize: String(all.totalBytes - 1), dryRun: true, ...fresh },
          { now }
        )
      )
    ).toEqual(['dead-a']);
  });

  test('prune removes exactly the dead manifests and the blobs only they held; the rest stays byte-identical', async () => {
    const before = await objects();
    const result = await pruneCache({ backend: 'harness', harness, liveBranches: live }, { now: later });
    const after = await objects();
    expect(manifests(after)).toEqual([...LIVE_SLUGS].sort());
    const goneKeys = Object.keys(before).filter((k) => !(k in after));
    expect(goneKeys.filter((k) => k.startsWith('blobs/'))).toHaveLength(3); // each dead cache's own blob
    expect(Object.fromEntries(Object.entries(before).filter(([k]) => k in after))).toEqual(after);
    expect(result.removed).toHaveLength(6);
    expect(result.warnings).toEqual([]);
  });
});
