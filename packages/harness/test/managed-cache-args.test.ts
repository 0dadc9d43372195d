// The S3 cache arguments managed mode produces (the SDK's planBuild on fromHarnessEnv's options),
// checked against the format Harness itself generates for Docker Layer Caching. Harness
// (harness-core, CIDockerLayerCachingConfigService.getCacheFromArg / getCacheToArg) writes:
//   cache-from: type=s3,endpoint_url=E,bucket=B,region=R,access_key_id=K,secret_access_key=S,prefix=<account>/<repo>/
//   cache-to:   type=s3,endpoint_url=E,bucket=B,mode=max,region=R,access_key_id=K,secret_access_key=S,ignore-error=true,prefix=…
// and appends that cache-from to the step's list while the cache-to replaces the step's.
// layercache keeps every location attribute, adds `name=<branch slug>` (branch-aware keys) and
// path-style addressing, and moves the two keys out of argv into buildx's environment.
import { describe, expect, test } from 'vitest';
import { planBuild } from '@layercache/sdk';
import { fromHarnessEnv } from '../src/env.js';

const ENV = {
  PLUGIN_REPO: 'acme/app',
  HARNESS_ACCOUNT_ID: 'kmpySmUISimoRrJL6NL73w',
  PLUGIN_CACHE_S3_ENDPOINT: 'https://storage.googleapis.com',
  PLUGIN_CACHE_S3_BUCKET: 'harness-dlc',
  PLUGIN_CACHE_S3_REGION: 'us-central1',
  PLUGIN_CACHE_S3_ACCESS_KEY: 'GOOG1EXAMPLEACCESS',
  PLUGIN_CACHE_S3_SECRET_KEY: 'bGF5ZXJjYWNoZS10ZXN0LXNlY3JldA',
  PLUGIN_CACHE_FROM: 'type=registry,ref=r.example/acme/app:buildcache',
  PLUGIN_CACHE_TO: 'type=registry,ref=r.example/acme/app:buildcache,mode=max',
  DRONE_BUILD_EVENT: 'push',
  DRONE_BRANCH: 'feature/Login',
  DRONE_REPO_BRANCH: 'main',
};

/** Harness's format with the keys taken out (they travel as AWS_* variables instead). */
const harnessLocation = {
  type: 's3',
  endpoint_url: 'https://storage.googleapis.com',
  bucket: 'harness-dlc',
  region: 'us-central1',
  prefix: 'kmpySmUISimoRrJL6NL73w/acme/app/',
};

function attrs(entry: string): Record<string, string> {
  return Object.fromEntries(entry.split(',').map((f) => [f.slice(0, f.indexOf('=')), f.slice(f.indexOf('=') + 1)]));
}

const plan = planBuild(fromHarnessEnv(ENV));

describe('managed mode cache arguments', () => {
  test('exact --cache-from / --cache-to values', () => {
    const loc =
      'type=s3,endpoint_url=https://storage.googleapis.com,bucket=harness-dlc,region=us-central1,prefix=kmpySmUISimoRrJL6NL73w/acme/app/,use_path_style=true';
    expect(plan.cacheFrom).toEqual([
      `${loc},name=feature-login`,
      `${loc},name=main`,
      'type=registry,ref=r.example/acme/app:buildcache', // the user's cache_from stays, the managed reads are added
    ]);
    expect(plan.cacheTo).toEqual([`${loc},name=feature-login,mode=max,ignore-error=true`]); // the user's cache_to is replaced
  });

  test("every attribute of Harness's format is there with the same value", () => {
    const from = plan.cacheFrom.filter((e) => e.startsWith('type=s3'));
    expect(from.length).toBeGreaterThan(0);
    for (const entry of from) expect(attrs(entry)).toMatchObject(harnessLocation);
    expect(attrs(plan.cacheTo[0]!)).toMatchObject({ ...harnessLocation, mode: 'max', 'ignore-error': 'true' });
  });

  test("the keys are in buildx's environment, never in argv", () => {
    expect(plan.secretEnvNames.sort()).toEqual(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY']);
    expect(plan.secretEnv).toMatchObject({
      AWS_ACCESS_KEY_ID: ENV.PLUGIN_CACHE_S3_ACCESS_KEY,
      AWS_SECRET_ACCESS_KEY: ENV.PLUGIN_CACHE_S3_SECRET_KEY,
    });
    const argv = plan.args.join(' ');
    for (const secret of [
      ENV.PLUGIN_CACHE_S3_ACCESS_KEY,
      ENV.PLUGIN_CACHE_S3_SECRET_KEY,
      'access_key_id',
      'secret_access_key',
    ])
      expect(argv).not.toContain(secret);
    expect(JSON.stringify(plan)).not.toContain(ENV.PLUGIN_CACHE_S3_SECRET_KEY);
  });

  test('a pull request reads its branch, the target and the default, and writes only its own', () => {
    const pr = planBuild(
      fromHarnessEnv({
        ...ENV,
        DRONE_BUILD_EVENT: 'pull_request',
        DRONE_PULL_REQUEST: '12',
        DRONE_BRANCH: 'develop',
        DRONE_SOURCE_BRANCH: 'fix/x',
        DRONE_TARGET_BRANCH: 'develop',
      })
    );
    expect(pr.cacheFrom.filter((e) => e.startsWith('type=s3')).map((e) => attrs(e).name)).toEqual([
      'fix-x',
      'develop',
      'main',
    ]);
    expect(pr.cacheTo.map((e) => attrs(e).name)).toEqual(['fix-x']);
  });
});
