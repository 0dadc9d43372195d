// The storage side of managed mode against a real S3-compatible server (s3rver): the bucket and
// the exact prefix/name the plan uses are reachable with the step's credentials, and wrong ones are
// refused. SigV4 requests (as BuildKit's AWS SDK signs them) check the access key id on s3rver;
// the secret key is checked with a V2-signed request (see support/sigv2.ts for why). BuildKit's s3 cache itself cannot run here: this engine's
// BuildKit has no s3 exporter ("unknown cache exporter: s3"), see docs/harness.md.
import { createRequire } from 'node:module';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { AwsClient } from 'aws4fetch';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { planBuild } from '@layercache/sdk';
import { fromHarnessEnv } from '../src/env.js';
import { fetchSigV2 } from './support/sigv2.js';

const require = createRequire(import.meta.url);
const accessKey = `AKIA${randomBytes(8).toString('hex').toUpperCase()}`;
const secretKey = randomBytes(24).toString('base64url');
let server: S3rver;
let endpoint: string;

beforeAll(async () => {
  // s3rver verifies SigV4 against its accounts; register this run's key pair on its dummy account.
  const { DUMMY_ACCOUNT } = require('s3rver/lib/models/account.js') as {
    DUMMY_ACCOUNT: { createKeyPair(id: string, secret: string): void };
  };
  DUMMY_ACCOUNT.createKeyPair(accessKey, secretKey);
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: await mkdtemp(path.join(os.tmpdir(), 's3rver-')),
    configureBuckets: [{ name: 'harness-dlc', configs: [] }],
  });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await server?.close();
});

function stepEnv(overrides: Record<string, string> = {}) {
  return {
    PLUGIN_REPO: 'acme/app',
    HARNESS_ACCOUNT_ID: 'acct42',
    PLUGIN_CACHE_S3_ENDPOINT: endpoint,
    PLUGIN_CACHE_S3_BUCKET: 'harness-dlc',
    PLUGIN_CACHE_S3_REGION: 'us-east-1',
    PLUGIN_CACHE_S3_ACCESS_KEY: accessKey,
    PLUGIN_CACHE_S3_SECRET_KEY: secretKey,
    DRONE_BRANCH: 'feature/x',
    DRONE_REPO_BRANCH: 'main',
    ...overrides,
  };
}

/** What BuildKit's s3 cache would be handed: endpoint, bucket, region, prefix, name, and the AWS_* keys. */
function managedTarget(env: Record<string, string>) {
  const plan = planBuild(fromHarnessEnv(env));
  const to = Object.fromEntries(plan.cacheTo[0]!.split(',').map((f) => f.split('=') as [string, string]));
  const client = new AwsClient({
    accessKeyId: plan.secretEnv.AWS_ACCESS_KEY_ID!,
    secretAccessKey: plan.secretEnv.AWS_SECRET_ACCESS_KEY!,
    service: 's3',
    region: to.region!,
  });
  const base = `${to.endpoint_url}/${to.bucket}`; // path style, as the plan asks (use_path_style=true)
  return { to, client, base, manifestKey: `${to.prefix}manifests/${to.name}` };
}

describe('managed cache storage on s3rver', () => {
  test("the bucket and the plan's prefix are reachable with the step's credentials", async () => {
    const { to, client, base, manifestKey } = managedTarget(stepEnv());
    expect(to).toMatchObject({
      bucket: 'harness-dlc',
      prefix: 'acct42/acme/app/',
      name: 'feature-x',
      use_path_style: 'true',
    });

    const put = await client.fetch(`${base}/${manifestKey}`, { method: 'PUT', body: '{"layers":[]}' });
    expect(put.status).toBe(200);
    const get = await client.fetch(`${base}/${manifestKey}`);
    expect(await get.text()).toBe('{"layers":[]}');
    const list = await client.fetch(`${base}?list-type=2&prefix=${encodeURIComponent(to.prefix!)}`);
    expect(list.status).toBe(200);
    expect(await list.text()).toContain(`<Key>${manifestKey}</Key>`);
  });

  test('an unknown access key id is refused (SigV4)', async () => {
    const { client, base, manifestKey } = managedTarget(stepEnv({ PLUGIN_CACHE_S3_ACCESS_KEY: 'AKIAUNKNOWNKEY0000' }));
    const res = await client.fetch(`${base}/${manifestKey}`, { method: 'PUT', body: 'x' });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('InvalidAccessKeyId');
  });

  test('the secret key is accepted, and a wrong one refused (V2 signature)', async () => {
    const { base, manifestKey } = managedTarget(stepEnv());
    const plan = planBuild(fromHarnessEnv(stepEnv()));
    const keys = {
      accessKeyId: plan.secretEnv.AWS_ACCESS_KEY_ID!,
      secretAccessKey: plan.secretEnv.AWS_SECRET_ACCESS_KEY!,
    };
    const ok = await fetchSigV2(`${base}/${manifestKey}-v2`, { method: 'PUT', body: 'v2', ...keys });
    expect(ok.status, await ok.clone().text()).toBe(200);
    const bad = await fetchSigV2(`${base}/${manifestKey}-v2`, {
      method: 'PUT',
      body: 'v2',
      ...keys,
      secretAccessKey: randomBytes(24).toString('base64url'),
    });
    expect(bad.status).toBe(403);
    expect(await bad.text()).toContain('SignatureDoesNotMatch');
  });

  test('an unknown bucket is reported as such, not as a credentials problem', async () => {
    const { client, to } = managedTarget(stepEnv({ PLUGIN_CACHE_S3_BUCKET: 'no-such-bucket' }));
    const res = await client.fetch(`${to.endpoint_url}/no-such-bucket?list-type=2`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('NoSuchBucket');
  });
});
