// Security: builds with known secret values (a registry password, a CI job token, S3 keys and a
// build secret) must not put any of them in a child's argv (/proc/<pid>/cmdline, polled while the
// builds run), stdout, stderr, reports, platform outputs, image layers or caches. Fork pull
// requests never write a cache ref.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyFixture, resetBuilder, uniqueRepo } from '../../../../test-support/engine.js';
import { renderMarkdown, renderSummary, reportMetrics, type BuildOptionsInput } from '../../../sdk/src/index.js';
import { gitLabEntry, harnessEntry } from './support/adapters.js';
import { APP, buildApp, engine, runCli } from '../../../sdk/test/reliability/support/build.js';
import { record } from '../../../sdk/test/reliability/support/figures.js';
import { watchProcesses } from '../../../sdk/test/reliability/support/proc-watch.js';
import { imageContents, listTags, splitRef } from '../../../sdk/test/reliability/support/registry-api.js';
import {
  freePort,
  requireLogin,
  startProxy,
  startScratchRegistry,
  type Proxy,
  type ScratchRegistry,
} from '../../../sdk/test/reliability/support/registry.js';

const SECRET_APP = path.resolve(import.meta.dirname, '../../../sdk/test/reliability/fixtures/secret-app');
const hex = () => randomBytes(12).toString('hex');
const SECRETS = {
  registryPassword: `lcRegPw${hex()}`,
  jobToken: `lcJobToken${hex()}`,
  s3AccessKeyId: `AKIALC${hex().toUpperCase()}`,
  s3SecretAccessKey: `lcS3Secret${hex()}`,
  s3SessionToken: `lcS3Session${hex()}`,
  buildSecret: `lcBuildSecret${hex()}`,
};
const b64 = (s: string) => Buffer.from(s).toString('base64');
/** Each value, and the base64 `user:password` forms a docker config.json would hold. */
const FORMS = [
  ...Object.entries(SECRETS).map(([label, value]) => ({ label, value })),
  { label: 'registry auth (base64)', value: b64(`ci-user:${SECRETS.registryPassword}`) },
  { label: 'job token auth (base64)', value: b64(`gitlab-ci-token:${SECRETS.jobToken}`) },
];

let registry: ScratchRegistry;
let login: Proxy;
let jobLogin: Proxy;
beforeAll(async () => {
  registry = await startScratchRegistry();
  login = await startProxy(registry.address, { decide: requireLogin('ci-user', SECRETS.registryPassword) });
  jobLogin = await startProxy(registry.address, { decide: requireLogin('gitlab-ci-token', SECRETS.jobToken) });
});
afterAll(async () => {
  await login?.close();
  await jobLogin?.close();
  await registry?.kill();
});

/** Every file under dir, as text. */
async function filesUnder(dir: string): Promise<Array<{ what: string; text: string }>> {
  const out: Array<{ what: string; text: string }> = [];
  for (const entry of await readdir(dir, { recursive: true })) {
    const file = path.join(dir, entry);
    if ((await stat(file)).isFile()) out.push({ what: `file ${entry}`, text: await readFile(file, 'latin1') });
  }
  return out;
}

/** Where a secret form shows up in what the builds produced. */
function leaksIn(produced: Array<{ what: string; text: string }>): string[] {
  return produced.flatMap((p) => FORMS.filter((f) => p.text.includes(f.value)).map((f) => `${f.label} in ${p.what}`));
}

const pushedWithAuth = (p: Proxy) =>
  p.requests.some((r) => r.method === 'PUT' && r.url.includes('/manifests/') && r.status === 201);

describe('secrets never leak', () => {
  test("the /proc watcher catches a value in a short-lived child's argv (so a leak cannot go unseen)", async () => {
    const { spawn } = await import('node:child_process');
    const marker = `lcMarker${hex()}`;
    const watcher = await watchProcesses([{ label: 'marker', value: marker }]);
    // `; true` keeps sh itself (whose argv holds the marker) alive for the 0.1 s: a shell may exec
    // a lone command in place.
    await new Promise((resolve) => spawn('sh', ['-c', 'sleep 0.1; true', marker]).on('close', resolve));
    const report = await watcher.stop();
    // Seen at least once (a pid can show twice, as /proc reads it mid-exec): labels, deduplicated.
    expect([...new Set(report.leaks.map((l) => l.label))]).toEqual(['marker']);
    expect(leaksIn([{ what: 'a log', text: `token=${b64(`ci-user:${SECRETS.registryPassword}`)}` }])).toEqual([
      'registry auth (base64) in a log',
    ]);
  });

  test('registry password, job token, S3 keys and a build secret: not in argv, output, reports, outputs, layers or caches', async () => {
    const produced: Array<{ what: string; text: string }> = [];
    const watcher = await watchProcesses(FORMS);
    const base = engine().baseImage;
    const env = { ...engine().env, LC_BUILD_TOKEN: SECRETS.buildSecret };
    const configDir = await mkdtemp(path.join(os.tmpdir(), 'lc-reliab-secret-config-')); // input, not output
    await resetBuilder();

    // 1. CLI: registry cache and image push through a login-protected registry, a build secret.
    const cliContext = await copyFixture(SECRET_APP);
    const cliOptions: BuildOptionsInput = {
      network: 'none',
      buildArgs: { BASE_IMAGE: base },
      tags: [`${login.address}/app/image:1`],
      push: true,
      secrets: [{ id: 'build_token', env: 'LC_BUILD_TOKEN' }],
      registryAuth: [{ registry: login.address, username: 'ci-user', password: SECRETS.registryPassword }],
      cache: { backend: 'registry', ref: `${login.address}/app/cache` },
    };
    await writeFile(path.join(configDir, 'registry.json'), JSON.stringify(cliOptions));
    const cli = await runCli(
      [
        'build',
        '.',
        '--config',
        path.join(configDir, 'registry.json'),
        '--report-json',
        'out/report.json',
        '--report-markdown',
        'out/report.md',
      ],
      cliContext,
      env
    );
    produced.push(
      { what: 'CLI stdout (registry)', text: cli.stdout },
      { what: 'CLI stderr (registry)', text: cli.stderr },
      ...(await filesUnder(path.join(cliContext, 'out')))
    );
    expect(cli.code, cli.stderr).toBe(0);
    expect(pushedWithAuth(login)).toBe(true); // the password was used: the login proxy accepted it

    // 2. CLI: the managed S3 cache with keys and a session token (its endpoint is down: a warning).
    await writeFile(
      path.join(configDir, 'harness.json'),
      JSON.stringify({
        network: 'none',
        buildArgs: { BASE_IMAGE: base },
        cache: {
          backend: 'harness',
          harness: {
            endpointUrl: `http://127.0.0.1:${await freePort()}`,
            bucket: 'cache',
            accessKeyId: SECRETS.s3AccessKeyId,
            secretAccessKey: SECRETS.s3SecretAccessKey,
            sessionToken: SECRETS.s3SessionToken,
          },
        },
      })
    );
    const s3Context = await copyFixture(APP);
    const s3 = await runCli(
      ['build', '.', '--config', path.join(configDir, 'harness.json'), '--report-json', 'out/report.json'],
      s3Context,
      env
    );
    produced.push(
      { what: 'CLI stdout (harness)', text: s3.stdout },
      { what: 'CLI stderr (harness)', text: s3.stderr },
      ...(await filesUnder(path.join(s3Context, 'out')))
    );
    expect(s3.code, s3.stderr).toBe(0);

    // 3. The GitLab adapter: registry login with CI_JOB_TOKEN, GitLab's outputs (dotenv, metrics, JSON).
    const glContext = await copyFixture(APP);
    let glOut = '';
    let glErr = '';
    const runGitLab = await gitLabEntry();
    const glCode = await runGitLab([], {
      env: {
        ...engine().env,
        CI_DEFAULT_BRANCH: 'main',
        CI_COMMIT_BRANCH: 'main',
        CI_COMMIT_REF_NAME: 'main',
        CI_PROJECT_DIR: glContext,
        CI_REGISTRY: jobLogin.address,
        CI_REGISTRY_IMAGE: `${jobLogin.address}/group/app`,
        CI_JOB_TOKEN: SECRETS.jobToken,
        LAYERCACHE_BACKEND: 'registry',
        LAYERCACHE_NETWORK: 'none',
        LAYERCACHE_BUILD_ARGS: `BASE_IMAGE=${base}`,
      },
      cwd: glContext,
      stdout: { write: (s: string) => (glOut += s) },
      stderr: { write: (s: string) => (glErr += s) },
    });
    produced.push(
      { what: 'GitLab stdout', text: glOut },
      { what: 'GitLab stderr', text: glErr },
      ...(await filesUnder(glContext))
    );
    expect(glCode, glErr).toBe(0);
    expect(pushedWithAuth(jobLogin)).toBe(true);

    // 4. The Harness adapter: a buildx plugin step whose type=s3 cache entries carry the keys
    // inline (moved into buildx's environment); its endpoint is down, so the cache is a warning.
    const hsContext = await copyFixture(APP);
    const hsLog: string[] = [];
    const s3Entry = `type=s3,endpoint_url=http://127.0.0.1:${await freePort()},bucket=cache,region=us-east-1,name=app`;
    const inlineKeys = `access_key_id=${SECRETS.s3AccessKeyId},secret_access_key=${SECRETS.s3SecretAccessKey},session_token=${SECRETS.s3SessionToken}`;
    const runHarness = await harnessEntry();
    const hsCode = await runHarness(
      {
        ...engine().env,
        DRONE_BRANCH: 'main',
        DRONE_REPO_BRANCH: 'main',
        DRONE_OUTPUT: path.join(hsContext, 'drone-output.env'),
        PLUGIN_CACHE_BACKEND: 'none',
        PLUGIN_NETWORK: 'none',
        PLUGIN_BUILD_ARGS: `BASE_IMAGE=${base}`,
        PLUGIN_CACHE_FROM: `${s3Entry},${inlineKeys}`,
        PLUGIN_CACHE_TO: `${s3Entry},mode=max,${inlineKeys}`,
      },
      {
        cwd: hsContext,
        logger: {
          info: (l) => hsLog.push(l),
          warn: (l) => hsLog.push(`warning: ${l}`),
          error: (l) => hsLog.push(`error: ${l}`),
        },
      }
    );
    produced.push({ what: 'Harness step log', text: hsLog.join('\n') }, ...(await filesUnder(hsContext)));
    expect(hsCode, hsLog.join('\n')).toBe(0);
    expect(hsLog.join('\n')).toContain('taken out of the entries');

    // 5. The SDK API: inline cache in a pushed image, with the build secret; everything it returns.
    const apiContext = await copyFixture(SECRET_APP);
    await writeFile(path.join(apiContext, 'main.txt'), 'inline variant\n');
    const api = await buildApp(
      apiContext,
      {
        tags: [`${login.address}/app/inline:1`],
        push: true,
        secrets: [{ id: 'build_token', env: 'LC_BUILD_TOKEN' }],
        registryAuth: [{ registry: login.address, username: 'ci-user', password: SECRETS.registryPassword }],
        cache: { backend: 'inline' },
      },
      env
    );
    produced.push(
      { what: 'SDK log', text: api.log.join('\n') },
      { what: 'BuildResult JSON', text: JSON.stringify(api.result) },
      { what: 'renderSummary', text: renderSummary(api.result) },
      { what: 'renderMarkdown', text: renderMarkdown(api.result) },
      { what: 'reportMetrics', text: JSON.stringify(reportMetrics(api.result)) }
    );
    expect(api.result.report.exportStatus).toBe('ok');

    const procs = await watcher.stop();

    // Layers, configs (history) and caches: the images and the registry cache, read directly.
    const direct = (ref: string) => ref.replace(login.address, registry.address);
    const layers = [
      ...(await imageContents(direct(cliOptions.tags![0]!))).map((c) => ({ what: `image ${c.what}`, text: c.text })),
      ...(await imageContents(`${registry.address}/app/cache:main`)).map((c) => ({
        what: `registry cache ${c.what}`,
        text: c.text,
      })),
      ...(await imageContents(direct(`${login.address}/app/inline:1`))).map((c) => ({
        what: `inline image ${c.what}`,
        text: c.text,
      })),
    ];
    // The secret did reach the RUN step: its hash is in the layer, its value nowhere.
    const secretHash = createHash('sha256').update(SECRETS.buildSecret).digest('hex');
    expect(layers.some((l) => l.text.includes(secretHash))).toBe(true);
    expect(layers.some((l) => l.text.includes('moby.buildkit.cache.v0'))).toBe(true); // the inline cache metadata was searched

    const leaks = [
      ...procs.leaks.map((l) => `${l.label} in the argv of pid ${l.pid}`),
      ...leaksIn(produced),
      ...leaksIn(layers),
    ];
    record('security', 'secrets in argv, output, reports, outputs, layers, caches', {
      secretValues: FORMS.length,
      builds: 5,
      processesSeen: procs.processes,
      dockerProcessesSeen: procs.dockerProcesses,
      procPolls: procs.polls,
      textsSearched: produced.length,
      blobsSearched: layers.length,
      secretsLeaked: leaks.length,
    });
    expect(procs.dockerProcesses).toBeGreaterThan(0); // the watcher did see the builds' children
    expect(leaks).toEqual([]);
  }, 600_000); // five builds, one after the other, on a shared 2-core machine
});

describe('pull requests from forks never write a cache ref', () => {
  const fork = { branch: 'feature', prId: '7', prSourceBranch: 'feature', prTargetBranch: 'main', fork: true };

  test.each<{ name: string; options: (repo: string, dir: string) => BuildOptionsInput }>([
    { name: 'registry', options: (repo) => ({ cache: { backend: 'registry', ref: repo, keys: fork } }) },
    {
      name: 'registry, write always',
      options: (repo) => ({ cache: { backend: 'registry', ref: repo, write: 'always', keys: fork } }),
    },
    {
      name: 'inline with push',
      options: (repo) => ({ tags: [`${repo}:pr-7`], push: true, cache: { backend: 'inline', keys: fork } }),
    },
    { name: 'local', options: (_repo, dir) => ({ cache: { backend: 'local', dir, keys: fork } }) },
  ])('$name', async ({ options }) => {
    const repo = uniqueRepo(engine(), 'fork');
    const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'lc-reliab-fork-')), 'cache');
    const context = await copyFixture(APP);
    const { result } = await buildApp(context, options(repo, dir));
    expect(result.imageDigest).toMatch(/^sha256:/);
    expect(result.report.writes).toBeUndefined();
    expect(result.report.exportStatus).toBe('skipped');
    expect(result.plan.args.join(' ')).not.toContain('--cache-to');
    const { host, repo: name } = splitRef(repo);
    const tags = await listTags(host, name);
    // Only the image tag the user asked for: no branch cache tag, no build record.
    expect(tags.filter((t) => t !== 'pr-7')).toEqual([]);
    expect(await readdir(dir).catch(() => [])).toEqual([]);
    record(
      'security',
      `fork PR (${result.report.backend}${options(repo, dir).cache?.write === 'always' ? ', write always' : ''})`,
      { builds: 1, green: 1, cacheRefsWritten: tags.filter((t) => t !== 'pr-7').length }
    );
  });
});
