// fromHarnessEnv over plain env objects: both caching modes, pull requests, tags, `;`-lists whose
// entries hold commas, and the errors for bad settings. No process.env, no Docker.
import { describe, expect, test } from 'vitest';
import { ConfigError } from '@layercache/sdk';
import { fromHarnessEnv, ignoredSettings, registryHost, settingNotes } from '../src/env.js';
import { PUSH, S3 } from './support/env-fixtures.js';

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('build settings with the buildx plugin names', () => {
  test.each([
    [
      'repo + comma tags -> full refs, pushed',
      { PLUGIN_REPO: 'registry.example.com/team/app', PLUGIN_TAGS: '1.2.3, latest' },
      { tags: ['registry.example.com/team/app:1.2.3', 'registry.example.com/team/app:latest'], push: true },
    ],
    [
      'repo without tags -> latest (as drone-buildx)',
      { PLUGIN_REPO: 'team/app' },
      { tags: ['team/app:latest'], push: true },
    ],
    [
      'a tag with a slash is taken as a full reference',
      { PLUGIN_REPO: 'team/app', PLUGIN_TAGS: 'other.example/x/y:9' },
      { tags: ['other.example/x/y:9'] },
    ],
    [
      'no_push keeps the tags but does not push',
      { PLUGIN_REPO: 'team/app', PLUGIN_NO_PUSH: 'true' },
      { tags: ['team/app:latest'], push: false },
    ],
    ["dry_run is the buildx plugin's no-push", { PLUGIN_REPO: 'team/app', PLUGIN_DRY_RUN: 'true' }, { push: false }],
    ['no repo: nothing tagged or pushed', {}, { tags: [], push: false, context: '.' }],
    [
      'dockerfile, context, target, platform',
      {
        PLUGIN_DOCKERFILE: 'docker/Dockerfile.prod',
        PLUGIN_CONTEXT: 'app',
        PLUGIN_TARGET: 'runtime',
        PLUGIN_PLATFORM: 'linux/amd64,linux/arm64',
      },
      {
        dockerfile: 'docker/Dockerfile.prod',
        context: 'app',
        target: 'runtime',
        platforms: ['linux/amd64', 'linux/arm64'],
      },
    ],
    [
      'build_args (comma) and build_args_new (; keeps commas in values)',
      { PLUGIN_BUILD_ARGS: 'A=1,B=two', PLUGIN_BUILD_ARGS_NEW: 'C=x,y;D=z' },
      { buildArgs: { A: '1', B: 'two', C: 'x,y', D: 'z' } },
    ],
    [
      'custom_labels',
      { PLUGIN_CUSTOM_LABELS: 'org.opencontainers.image.vendor=acme,tier=web' },
      { labels: { 'org.opencontainers.image.vendor': 'acme', tier: 'web' } },
    ],
    [
      'buildx_load, no_cache, pull_image, network, builder',
      {
        PLUGIN_BUILDX_LOAD: 'true',
        PLUGIN_NO_CACHE: 'true',
        PLUGIN_PULL_IMAGE: 'true',
        PLUGIN_NETWORK: 'none',
        PLUGIN_BUILDER_NAME: 'ci',
      },
      { load: true, noCache: true, pull: true, network: 'none', builder: 'ci' },
    ],
    [
      'blank settings count as unset',
      { PLUGIN_REPO: 'team/app', PLUGIN_TAGS: '', PLUGIN_TARGET: '  ' },
      { tags: ['team/app:latest'] },
    ],
  ])('%s', (_name, env, expected) => {
    expect(fromHarnessEnv(env)).toMatchObject(expected);
  });

  test('username + password become a registry login, never a setting elsewhere', () => {
    const o = fromHarnessEnv({
      PLUGIN_REPO: 'ghcr.io/acme/app',
      PLUGIN_USERNAME: 'bot',
      PLUGIN_PASSWORD: 's3cr3t-token',
    });
    expect(o.registryAuth).toEqual([{ registry: 'ghcr.io', username: 'bot', password: 's3cr3t-token' }]);
    const { registryAuth: _auth, ...rest } = o;
    expect(JSON.stringify(rest)).not.toContain('s3cr3t-token');
  });

  test.each([
    [{ PLUGIN_REGISTRY: 'https://index.docker.io/v1/' }, 'https://index.docker.io/v1/'],
    [{ PLUGIN_REPO: 'acme/app' }, 'https://index.docker.io/v1/'],
    [{ PLUGIN_REPO: 'localhost:5000/acme/app' }, 'localhost:5000'],
    [{ PLUGIN_REGISTRY: 'https://registry.example.com/', PLUGIN_REPO: 'acme/app' }, 'registry.example.com'],
  ])('registry login key for %o is %s', (env, host) => {
    expect(registryHost(env)).toBe(host);
  });
});

describe('cache_from / cache_to: `;`-separated lists of comma-holding entries', () => {
  test.each([
    [
      'two entries, commas inside each',
      'type=registry,ref=r.example/app:cache,mode=max;type=local,src=/cache',
      ['type=registry,ref=r.example/app:cache,mode=max', 'type=local,src=/cache'],
    ],
    ['one entry', 'type=registry,ref=r.example/app:main', ['type=registry,ref=r.example/app:main']],
    [
      'spaces and empty entries are dropped',
      ' type=local,src=/a ;; type=local,src=/b ; ',
      ['type=local,src=/a', 'type=local,src=/b'],
    ],
    [
      'a quoted CSV field with a comma stays whole',
      '"type=registry","ref=r.example/a,b:c";type=local,src=/x',
      ['"type=registry","ref=r.example/a,b:c"', 'type=local,src=/x'],
    ],
  ])('%s', (_name, value, entries) => {
    const o = fromHarnessEnv({ PLUGIN_CACHE_FROM: value, PLUGIN_CACHE_TO: value });
    expect(o.cache?.extraFrom).toEqual(entries);
    expect(o.cache?.extraTo).toEqual(entries);
  });

  test('inline S3 keys are taken out of the entries and go to the environment', () => {
    const o = fromHarnessEnv({
      PLUGIN_CACHE_FROM: 'type=s3,bucket=b,region=r,access_key_id=AKIAX,secret_access_key=TOPSECRET',
      PLUGIN_CACHE_TO: 'type=s3,bucket=b,region=r,mode=max,access_key_id=AKIAX,secret_access_key=TOPSECRET',
    });
    expect(o.cache?.extraFrom).toEqual(['type=s3,bucket=b,region=r']);
    expect(o.cache?.extraTo).toEqual(['type=s3,bucket=b,region=r,mode=max']);
    expect(o.cache?.extraCredentials).toEqual({ accessKeyId: 'AKIAX', secretAccessKey: 'TOPSECRET' });
    const notes = settingNotes({
      PLUGIN_CACHE_FROM: 'type=s3,bucket=b,access_key_id=AKIAX,secret_access_key=TOPSECRET',
    }).join('\n');
    expect(notes).toContain('PLUGIN_CACHE_FROM entry 1');
    expect(notes).not.toMatch(/AKIAX|TOPSECRET/);
  });

  test('the self-hosted DLC placeholders take the harness_self_hosted_s3_* keys, as in the plugin', () => {
    const o = fromHarnessEnv({
      PLUGIN_CACHE_FROM:
        'type=s3,bucket=b,access_key_id=harness_placeholder_aws_creds,secret_access_key=harness_placeholder_aws_creds',
      PLUGIN_HARNESS_SELF_HOSTED_S3_ACCESS_KEY: 'AKIASELF',
      PLUGIN_HARNESS_SELF_HOSTED_S3_SECRET_KEY: 'selfsecret',
    });
    expect(o.cache?.extraFrom).toEqual(['type=s3,bucket=b']);
    expect(o.cache?.extraCredentials).toEqual({ accessKeyId: 'AKIASELF', secretAccessKey: 'selfsecret' });
  });

  test('path_style and cache_tls_insecure add their attribute to the entries, as in the plugin', () => {
    const o = fromHarnessEnv({
      PLUGIN_CACHE_FROM: 'type=s3,bucket=b;type=registry,ref=r.example/c',
      PLUGIN_PATH_STYLE: 'true',
      PLUGIN_CACHE_TLS_INSECURE: 'true',
    });
    expect(o.cache?.extraFrom).toEqual([
      'type=s3,bucket=b,use_path_style=true,tls_insecure_skip_verify=true',
      'type=registry,ref=r.example/c,tls_insecure_skip_verify=true',
    ]);
  });

  test.each([
    [
      'two entries with different keys',
      'type=s3,bucket=a,access_key_id=K1,secret_access_key=S1;type=s3,bucket=b,access_key_id=K2,secret_access_key=S2',
      'different S3 keys',
    ],
    ['half a key pair', 'type=s3,bucket=a,access_key_id=K1', 'only half'],
    ['keys on a registry entry', 'type=registry,ref=r.example/c,access_key_id=K1,secret_access_key=S1', 'not type=s3'],
    ['azure keys, which only argv could carry', 'type=azblob,name=c,account_key=AZSECRET', 'account_key'],
  ])('%s is refused without echoing the keys', (_name, value, words) => {
    const err = errorOf(() => fromHarnessEnv({ PLUGIN_CACHE_FROM: value }));
    expect(err.issues[0]?.path).toBe('PLUGIN_CACHE_FROM');
    expect(err.message).toContain(words);
    expect(err.message).not.toMatch(/S1|S2|AZSECRET/);
  });
});

describe('remote cache image mode -> registry backend', () => {
  test('the image becomes cache.ref; branch facts go to the SDK', () => {
    const o = fromHarnessEnv({
      ...PUSH,
      PLUGIN_REPO: 'r.example/app',
      PLUGIN_REMOTE_CACHE_IMAGE: 'r.example/app-cache',
      PLUGIN_CACHE_FROM: 'type=registry,ref=r.example/base:cache',
    });
    expect(o.cache).toMatchObject({
      backend: 'registry',
      ref: 'r.example/app-cache',
      extraFrom: ['type=registry,ref=r.example/base:cache'],
      keys: { branch: 'feature/login', defaultBranch: 'main', sha: 'a1b2c3d4e5f6a7b8' },
    });
    expect(o.cache?.harness).toBeUndefined();
  });

  test.each([
    ['write never', { PLUGIN_CACHE_WRITE: 'never' }, { write: 'never' }],
    ['mode min, strict', { PLUGIN_CACHE_MODE: 'MIN', PLUGIN_CACHE_STRICT: 'true' }, { mode: 'min', strict: true }],
    ['explicit backend wins', { PLUGIN_CACHE_BACKEND: 'inline' }, { backend: 'inline' }],
  ])('%s', (_name, extra, expected) => {
    expect(fromHarnessEnv({ PLUGIN_REMOTE_CACHE_IMAGE: 'r.example/app-cache', ...extra }).cache).toMatchObject(
      expected
    );
  });

  test('without any cache setting the SDK picks (auto)', () => {
    expect(fromHarnessEnv({}).cache?.backend).toBe('auto');
  });
});

describe('branches, pull requests and tags from the DRONE_* variables', () => {
  test.each([
    ['push to a branch', PUSH, { branch: 'feature/login', defaultBranch: 'main' }, ['prId', 'prTargetBranch', 'tag']],
    [
      "pull request: DRONE_BRANCH is the target, the source branch is the PR's own",
      {
        DRONE_BUILD_EVENT: 'pull_request',
        DRONE_PULL_REQUEST: '42',
        DRONE_BRANCH: 'main',
        DRONE_SOURCE_BRANCH: 'feature/login',
        DRONE_TARGET_BRANCH: 'main',
        DRONE_REPO_BRANCH: 'main',
      },
      {
        branch: 'feature/login',
        prSourceBranch: 'feature/login',
        prTargetBranch: 'main',
        prId: '42',
        defaultBranch: 'main',
      },
      ['tag'],
    ],
    [
      'pull request without DRONE_TARGET_BRANCH falls back to DRONE_BRANCH',
      { DRONE_PULL_REQUEST: '7', DRONE_BRANCH: 'develop', DRONE_SOURCE_BRANCH: 'fix/x' },
      { branch: 'fix/x', prTargetBranch: 'develop', prId: '7' },
      [],
    ],
    [
      'tag build: no branch, so the SDK reads the default branch and does not write',
      { DRONE_BUILD_EVENT: 'tag', DRONE_TAG: 'v1.2.0', DRONE_REPO_BRANCH: 'trunk' },
      { tag: 'v1.2.0', defaultBranch: 'trunk' },
      ['branch', 'prId'],
    ],
    [
      'default_branch setting overrides DRONE_REPO_BRANCH',
      { ...PUSH, PLUGIN_DEFAULT_BRANCH: 'release' },
      { defaultBranch: 'release' },
      [],
    ],
    ['a manual build without git facts', {}, {}, ['branch', 'prId', 'tag', 'sha']],
  ])('%s', (_name, env, keys, absent) => {
    const got = fromHarnessEnv(env).cache?.keys ?? {};
    expect(got).toMatchObject(keys);
    for (const field of absent) expect(got).not.toHaveProperty(field);
  });
});

describe('managed mode -> s3 backend', () => {
  test.each(['s3', 'harness', 'S3'])('PLUGIN_CACHE_BACKEND=%s is the managed cache on the s3 backend', (backend) => {
    const o = fromHarnessEnv({ ...S3, PLUGIN_CACHE_BACKEND: backend });
    expect(o.cache).toMatchObject({ backend: 's3', harness: { bucket: 'dlc-bucket' } });
  });

  test('S3 settings map onto cache.harness; Harness-style prefix <account>/<repo>/', () => {
    const o = fromHarnessEnv({
      ...S3,
      ...PUSH,
      HARNESS_ACCOUNT_ID: 'acc123',
      PLUGIN_REPO: 'acme/app',
      PLUGIN_CACHE_FROM: 'type=registry,ref=r.example/app:cache',
      PLUGIN_CACHE_TO: 'type=registry,ref=r.example/app:cache,mode=max',
    });
    expect(o.cache).toMatchObject({
      backend: 's3',
      extraFrom: ['type=registry,ref=r.example/app:cache'], // the user's list is kept; the managed entry is added by the SDK
      extraTo: [], // the managed cache-to replaces the user's
      harness: {
        endpointUrl: S3.PLUGIN_CACHE_S3_ENDPOINT,
        bucket: 'dlc-bucket',
        region: 'eu-west-1',
        prefix: 'acc123/acme/app/',
        accessKeyId: S3.PLUGIN_CACHE_S3_ACCESS_KEY,
        secretAccessKey: S3.PLUGIN_CACHE_S3_SECRET_KEY,
      },
    });
    expect(ignoredSettings({ ...S3, PLUGIN_CACHE_TO: 'type=local,dest=/x' })).toEqual([
      "PLUGIN_CACHE_TO is replaced by the managed cache's own cache-to",
    ]);
  });

  test.each([
    [
      'explicit prefix, path style, session token',
      {
        PLUGIN_CACHE_S3_PREFIX: 'team/app/',
        PLUGIN_CACHE_S3_PATH_STYLE: 'false',
        PLUGIN_CACHE_S3_SESSION_TOKEN: 'FwoGZXIvYXdzEJr',
      },
      { prefix: 'team/app/', usePathStyle: false, sessionToken: 'FwoGZXIvYXdzEJr' },
    ],
    [
      "drone-buildx's self-hosted key names are accepted",
      {
        PLUGIN_CACHE_S3_BUCKET: 'b',
        PLUGIN_CACHE_S3_ACCESS_KEY: undefined,
        PLUGIN_CACHE_S3_SECRET_KEY: undefined,
        PLUGIN_HARNESS_SELF_HOSTED_S3_ACCESS_KEY: 'AKIAALIAS',
        PLUGIN_HARNESS_SELF_HOSTED_S3_SECRET_KEY: 'aliassecretvalue',
      },
      { accessKeyId: 'AKIAALIAS', secretAccessKey: 'aliassecretvalue' },
    ],
    [
      'region defaults to us-east-1, prefix empty without account/repo',
      { PLUGIN_CACHE_S3_REGION: '' },
      { region: 'us-east-1', prefix: '' },
    ],
  ])('%s', (_name, extra, expected) => {
    expect(fromHarnessEnv({ ...S3, ...extra }).cache?.harness).toMatchObject(expected);
  });

  test.each([
    ['missing access key', { PLUGIN_CACHE_S3_ACCESS_KEY: '' }, 'PLUGIN_CACHE_S3_ACCESS_KEY'],
    ['missing secret key', { PLUGIN_CACHE_S3_SECRET_KEY: undefined }, 'PLUGIN_CACHE_S3_SECRET_KEY'],
    [
      'unresolved Harness expression',
      { PLUGIN_CACHE_S3_SECRET_KEY: '<+secrets.getValue("dlc_secret")>' },
      'PLUGIN_CACHE_S3_SECRET_KEY',
    ],
    ['template placeholder', { PLUGIN_CACHE_S3_ACCESS_KEY: '<ACCESS_KEY_ID>' }, 'PLUGIN_CACHE_S3_ACCESS_KEY'],
    ['filler word', { PLUGIN_CACHE_S3_ACCESS_KEY: 'changeme' }, 'PLUGIN_CACHE_S3_ACCESS_KEY'],
    ['masked value', { PLUGIN_CACHE_S3_SECRET_KEY: '********' }, 'PLUGIN_CACHE_S3_SECRET_KEY'],
    ['shell variable never expanded', { PLUGIN_CACHE_S3_SECRET_KEY: '${DLC_SECRET}' }, 'PLUGIN_CACHE_S3_SECRET_KEY'],
    [
      'placeholder in the alias names the alias',
      { PLUGIN_CACHE_S3_ACCESS_KEY: undefined, PLUGIN_HARNESS_SELF_HOSTED_S3_ACCESS_KEY: 'xxxx' },
      'PLUGIN_HARNESS_SELF_HOSTED_S3_ACCESS_KEY',
    ],
    [
      'backend harness without a bucket',
      { PLUGIN_CACHE_S3_BUCKET: undefined, PLUGIN_CACHE_BACKEND: 'harness' },
      'PLUGIN_CACHE_S3_BUCKET',
    ],
    [
      'backend s3 without a bucket',
      { PLUGIN_CACHE_S3_BUCKET: undefined, PLUGIN_CACHE_BACKEND: 's3' },
      'PLUGIN_CACHE_S3_BUCKET',
    ],
    ['endpoint that is not a URL', { PLUGIN_CACHE_S3_ENDPOINT: 's3.example.com' }, 'PLUGIN_CACHE_S3_ENDPOINT'],
  ])('%s -> ConfigError naming %s', (_name, override, path) => {
    const err = errorOf(() => fromHarnessEnv({ ...S3, ...override }));
    expect(err.exitCode).toBe(2);
    expect(err.issues.map((i) => i.path)).toContain(path);
    expect(err.issues.every((i) => i.hint)).toBe(true);
    // the real secret next to the bad one never shows up in the message
    expect(err.message).not.toContain(S3.PLUGIN_CACHE_S3_SECRET_KEY);
    expect(err.message).not.toContain(S3.PLUGIN_CACHE_S3_ACCESS_KEY);
  });
});

describe('bad settings name the variable', () => {
  test.each([
    [{ PLUGIN_NO_PUSH: 'maybe' }, 'PLUGIN_NO_PUSH'],
    [{ PLUGIN_CACHE_BACKEND: 'gha' }, 'PLUGIN_CACHE_BACKEND'],
    [{ PLUGIN_CACHE_WRITE: 'sometimes' }, 'PLUGIN_CACHE_WRITE'],
    [{ PLUGIN_NETWORK: 'bridge' }, 'PLUGIN_NETWORK'],
    [{ PLUGIN_BUILD_ARGS: 'NOEQUALS' }, 'PLUGIN_BUILD_ARGS'],
    [{ PLUGIN_PLATFORM: 'amd64' }, 'PLUGIN_PLATFORM'],
    [{ PLUGIN_REPO: 'Bad Repo' }, 'PLUGIN_TAGS'],
    [{ PLUGIN_REMOTE_CACHE_IMAGE: 'r.example/cache@sha256:' + 'a'.repeat(64) }, 'PLUGIN_REMOTE_CACHE_IMAGE'],
    [{ PLUGIN_CACHE_BACKEND: 'registry' }, 'PLUGIN_REMOTE_CACHE_IMAGE'],
    [{ PLUGIN_USERNAME: 'bot' }, 'PLUGIN_PASSWORD'],
    [{ PLUGIN_PASSWORD: 'tok' }, 'PLUGIN_USERNAME'],
    [{ DRONE_COMMIT_SHA: 'not-a-sha' }, 'DRONE_COMMIT_SHA'],
  ])('%o -> %s', (env, path) => {
    expect(errorOf(() => fromHarnessEnv(env)).issues.map((i) => i.path)).toContain(path);
  });
});
