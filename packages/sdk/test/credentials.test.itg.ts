// Registry credentials a CI job already has, on a real docker-registry with htpasswd auth: a
// `docker login` done beforehand, a credential helper on PATH (credHelpers), and an explicit
// (adapter) login. In each case buildx exports the cache, and layercache's own registry calls
// work: the build record is read (the miss is explained) and the previous generation is found
// (`:main.prev` is read). A base image behind a helper still pulls while an explicit login is
// given for another registry. No credential shows in any argv, log or report.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyFixture, docker, resetBuilder } from '../../../test-support/engine.js';
import type { BuildOptionsInput } from '../src/index.js';
import { credentialSource } from '../src/credentials/source.js';
import { registryClientFor } from '../src/registry/client.js';
import {
  dockerConfigDir,
  startHtpasswdRegistry,
  writeCredentialHelper,
  type AuthRegistry,
  type FakeHelper,
} from './support/auth-registry.js';
import { startTokenRegistry, type TokenRegistry } from './support/token-registry.js';
import { APP, buildApp, engine } from './reliability/support/build.js';
import { watchProcesses } from './reliability/support/proc-watch.js';

const hex = () => randomBytes(12).toString('hex');
const PASSWORD = `lcCredPw${hex()}`;
const BASE_PASSWORD = `lcBasePw${hex()}`;
const TOKEN_PASSWORD = `lcTokenPw${hex()}`;
const REFRESH_TOKEN = `lcRefresh${hex()}`;
const b64 = (s: string) => Buffer.from(s).toString('base64');
const SECRETS = [
  { label: 'cache registry password', value: PASSWORD },
  { label: 'cache registry auth (base64)', value: b64(`ci:${PASSWORD}`) },
  { label: 'base registry password', value: BASE_PASSWORD },
  { label: 'base registry auth (base64)', value: b64(`puller:${BASE_PASSWORD}`) },
  { label: 'token registry password', value: TOKEN_PASSWORD },
  { label: 'token registry auth (base64)', value: b64(`tok:${TOKEN_PASSWORD}`) },
  { label: 'identity token', value: REFRESH_TOKEN },
];
const leaksIn = (texts: Array<{ what: string; text: string }>) =>
  texts.flatMap((t) => SECRETS.filter((s) => t.text.includes(s.value)).map((s) => `${s.label} in ${t.what}`));

let cacheRegistry: AuthRegistry;
let baseRegistry: AuthRegistry;
let helper: FakeHelper;
let tokenRegistry: TokenRegistry;

/** `docker login` into a fresh DOCKER_CONFIG, password on stdin, as a CI script would do it. */
async function dockerLogin(registry: string, user: string, password: string): Promise<string> {
  const dir = await dockerConfigDir({});
  await new Promise<void>((resolve, reject) => {
    const child = execFile(
      'docker',
      ['login', registry, '--username', user, '--password-stdin'],
      { env: { ...engine().env, DOCKER_CONFIG: dir } },
      (error) => (error ? reject(error) : resolve())
    );
    child.stdin?.end(password);
  });
  return dir;
}

beforeAll(async () => {
  [cacheRegistry, baseRegistry, tokenRegistry] = await Promise.all([
    startHtpasswdRegistry({ ci: PASSWORD }),
    startHtpasswdRegistry({ puller: BASE_PASSWORD }),
    startTokenRegistry('tok', TOKEN_PASSWORD, REFRESH_TOKEN),
  ]);
  helper = await writeCredentialHelper('lctest', {
    [cacheRegistry.address]: { Username: 'ci', Secret: PASSWORD },
    [baseRegistry.address]: { Username: 'puller', Secret: BASE_PASSWORD },
    [tokenRegistry.address]: { Username: '<token>', Secret: REFRESH_TOKEN },
  });
  // The base image, copied into the login-protected base registry.
  const pushConfig = await dockerLogin(baseRegistry.address, 'puller', BASE_PASSWORD);
  const env = { ...engine().env, DOCKER_CONFIG: pushConfig };
  await docker(['pull', engine().baseImage], env);
  await docker(['tag', engine().baseImage, `${baseRegistry.address}/base/busybox:1`], env);
  await docker(['push', `${baseRegistry.address}/base/busybox:1`], env);
});
afterAll(async () => {
  await Promise.all([cacheRegistry?.stop(), baseRegistry?.stop(), tokenRegistry?.stop()]);
});

test('the registries really demand a login (so the builds below prove the credentials were used)', async () => {
  for (const r of [cacheRegistry, baseRegistry, tokenRegistry])
    expect((await fetch(`http://${r.address}/v2/`)).status).toBe(401);
  expect((await fetch(`http://${tokenRegistry.address}/v2/`)).headers.get('www-authenticate')).toMatch(
    /^Bearer realm=/
  );
});

interface Source {
  name: string;
  /** The registry the cache lives in (default: the htpasswd one). */
  registry?: () => AuthRegistry;
  /** DOCKER_CONFIG and PATH for the job, and the options' logins. */
  setup(): Promise<{ env: Record<string, string | undefined>; registryAuth: BuildOptionsInput['registryAuth'] }>;
  /** The helper was asked for the cache registry. */
  helperAsked?: boolean;
}

const SOURCES: Source[] = [
  {
    name: 'docker login done beforehand (auths)',
    setup: async () => ({
      env: { ...engine().env, DOCKER_CONFIG: await dockerLogin(cacheRegistry.address, 'ci', PASSWORD) },
      registryAuth: [],
    }),
  },
  {
    name: 'credential helper (credHelpers, docker-credential-lctest on PATH)',
    helperAsked: true,
    setup: async () => ({
      env: {
        ...engine().env,
        DOCKER_CONFIG: await dockerConfigDir({ credHelpers: { [cacheRegistry.address]: 'lctest' } }),
        PATH: `${helper.binDir}${path.delimiter}${process.env.PATH}`,
      },
      registryAuth: [],
    }),
  },
  {
    name: 'explicit adapter login (registryAuth), over a wrong docker login',
    setup: async () => ({
      // The user's own login is stale: the explicit one must win.
      env: {
        ...engine().env,
        DOCKER_CONFIG: await dockerConfigDir({
          auths: { [cacheRegistry.address]: { auth: b64('ci:stale-password') } },
        }),
      },
      registryAuth: [{ registry: cacheRegistry.address, username: 'ci', password: PASSWORD }],
    }),
  },
  {
    name: 'token-auth registry (Bearer realm) with an explicit login',
    registry: () => tokenRegistry,
    setup: async () => ({
      env: { ...engine().env, DOCKER_CONFIG: await dockerConfigDir({}) },
      registryAuth: [{ registry: tokenRegistry.address, username: 'tok', password: TOKEN_PASSWORD }],
    }),
  },
];

describe.each(SOURCES)('$name', (source) => {
  test('cache export, build record and previous generation all authenticate; nothing leaks', async () => {
    const { env, registryAuth } = await source.setup();
    const context = await copyFixture(APP);
    const ref = `${(source.registry?.() ?? cacheRegistry).address}/app/cache-${hex().slice(0, 8)}`;
    const options: BuildOptionsInput = { registryAuth, cache: { backend: 'registry', ref } };
    const calls = await readFile(helper.callsFile, 'utf8');
    const watcher = await watchProcesses(SECRETS);
    const texts: Array<{ what: string; text: string }> = [];
    const build = async (what: string) => {
      await resetBuilder();
      const { result, log } = await buildApp(context, options, env);
      texts.push(
        { what: `${what} log`, text: log.join('\n') },
        { what: `${what} result`, text: JSON.stringify(result) }
      );
      return result.report;
    };

    const cold = await build('cold build');
    expect(cold.exportStatus, cold.warnings.join('\n')).toBe('ok');
    await writeFile(path.join(context, 'src', 'main.txt'), `changed ${hex()}\n`);
    const changed = await build('changed build');
    expect(changed.warnings).toEqual([]);
    expect(changed.cachedSteps).toBeGreaterThan(0); // buildx imported the cache with the credentials
    expect(changed.missReason?.kind).toBe('sources-changed'); // the record was read through the registry client
    await writeFile(path.join(context, 'src', 'main.txt'), `changed again ${hex()}\n`);
    const again = await build('third build');
    expect(again.reads).toContain(`${ref}:main.prev`); // the previous generation was found (manifest HEAD with credentials)
    expect(again.exportStatus).toBe('ok');

    const procs = await watcher.stop();
    if (source.helperAsked)
      expect((await readFile(helper.callsFile, 'utf8')).slice(calls.length)).toContain(cacheRegistry.address);
    expect(procs.dockerProcesses).toBeGreaterThan(0);
    expect([...procs.leaks.map((l) => `${l.label} in the argv of pid ${l.pid}`), ...leaksIn(texts)]).toEqual([]);
  });
});

test('a base image behind a credential helper pulls while an explicit login is given for the cache registry', async () => {
  const env = {
    ...engine().env,
    DOCKER_CONFIG: await dockerConfigDir({ credHelpers: { [baseRegistry.address]: 'lctest' } }),
    PATH: `${helper.binDir}${path.delimiter}${process.env.PATH}`,
  };
  const context = await copyFixture(APP);
  const watcher = await watchProcesses(SECRETS);
  await resetBuilder();
  const { result, log } = await buildApp(
    context,
    {
      buildArgs: { BASE_IMAGE: `${baseRegistry.address}/base/busybox:1` },
      registryAuth: [{ registry: cacheRegistry.address, username: 'ci', password: PASSWORD }],
      cache: { backend: 'registry', ref: `${cacheRegistry.address}/app/base-${hex().slice(0, 8)}` },
    },
    env
  );
  const procs = await watcher.stop();
  expect(result.imageDigest).toMatch(/^sha256:/);
  expect(result.report.exportStatus).toBe('ok');
  expect(await readFile(helper.callsFile, 'utf8')).toContain(baseRegistry.address);
  expect([
    ...procs.leaks.map((l) => l.label),
    ...leaksIn([
      { what: 'log', text: log.join('\n') },
      { what: 'result', text: JSON.stringify(result) },
    ]),
  ]).toEqual([]);
});

test('token auth with an identity token from a helper: the refresh-token grant, one token per scope for the run', async () => {
  const env = {
    ...engine().env,
    DOCKER_CONFIG: await dockerConfigDir({ credHelpers: { [tokenRegistry.address]: 'lctest' } }),
    PATH: `${helper.binDir}${path.delimiter}${process.env.PATH}`,
  };
  const credentials = credentialSource({ logins: [], env });
  const before = tokenRegistry.tokenRequests.length;
  const { client, repository } = registryClientFor(`${tokenRegistry.address}/app/identity:main`, credentials);
  expect((await client.manifestExists(repository, 'main')).status).toBe('not-found'); // authenticated: absent, not 401
  expect((await client.manifestExists(repository, 'other')).status).toBe('not-found');
  const asked = tokenRegistry.tokenRequests.slice(before);
  expect(asked).toEqual([{ grant: 'refresh_token', granted: true, scope: `repository:${repository}:pull` }]);
});
