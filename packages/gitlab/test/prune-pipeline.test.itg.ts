// The `prune` component template (templates/prune.yml) end to end with gitlab-ci-local (shell
// executor), the real engine and the test registry: three branches build caches, the project's
// git remote keeps two of them, and a scheduled pipeline prunes the third. The remote is a bare
// repository on disk (the live_branches_remote input), standing in for the GitLab project.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { cachedBuild } from '@layercache/sdk';
import { testEngine, uniqueRepo, type TestEngine } from '../../../test-support/engine.js';
import { buildAdapter, commitAll, git, manifestDigest, packageDir } from './support/sample-project.js';

const run = promisify(execFile);
const repoRoot = path.resolve(packageDir, '../..');
let engine: TestEngine;

beforeAll(async () => {
  engine = testEngine();
  await buildAdapter();
}, 300_000);

async function buildBranch(context: string, ref: string, branch: string): Promise<void> {
  await cachedBuild(
    {
      context,
      network: 'none',
      buildArgs: { BASE_IMAGE: engine.baseImage, BRANCH: branch },
      cache: { backend: 'registry', ref, keys: { branch, defaultBranch: 'main' } },
    },
    { env: engine.env, cwd: context, logger: { info: () => undefined, warn: () => undefined } }
  );
}

/** A project including templates/prune.yml, whose git remote has main and feature/keep. */
async function pruneProject(inputs: Record<string, string | boolean | number>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'layercache-prune-project-'));
  await mkdir(path.join(dir, '.gitlab'));
  await copyFile(path.join(repoRoot, 'templates/prune.yml'), path.join(dir, '.gitlab/prune.yml'));
  await writeFile(path.join(dir, '.gitlab-ci.yml'), stringify({ include: [{ local: '.gitlab/prune.yml', inputs }] }));
  await writeFile(path.join(dir, '.gitignore'), '.gitlab-ci-local/\nlayercache-prune.json\n');
  await git(dir, ['init', '-q', '-b', 'main']);
  await commitAll(dir, 'initial');
  await git(dir, ['branch', 'feature/keep']);
  const bare = path.join(dir, '.git', 'remote.git');
  await git(dir, ['init', '-q', '--bare', bare]);
  await git(dir, ['push', '-q', bare, 'main', 'feature/keep']);
  await git(dir, ['remote', 'add', 'origin', 'https://gitlab.example.com/group/app.git']);
  await git(dir, ['update-ref', 'refs/remotes/origin/main', 'HEAD']);
  await git(dir, ['remote', 'set-head', 'origin', 'main']);
  return dir;
}

async function schedule(
  dir: string,
  variables: Record<string, string>
): Promise<{
  exitCode: number;
  log: string;
  result?: { caches: Array<{ slug: string; remove: boolean }>; removed: string[] };
}> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(CI_|GITLAB_|LAYERCACHE_(?!TEST_|ENGINE_))/.test(k) && k !== 'CI')
  );
  const args = [
    '--no-color',
    '--json-schema-validation',
    '--variable',
    'CI_PIPELINE_SOURCE=schedule',
    ...Object.entries(variables).flatMap(([k, v]) => ['--variable', `${k}=${v}`]),
  ];
  const res = await run(path.join(repoRoot, 'node_modules/.bin/gitlab-ci-local'), args, {
    cwd: dir,
    env,
    maxBuffer: 64 * 1024 * 1024,
  }).then(
    ({ stdout, stderr }) => ({ exitCode: 0, log: stdout + stderr }),
    (err: { code?: number; stdout?: string; stderr?: string }) => ({
      exitCode: typeof err.code === 'number' ? err.code : 1,
      log: `${err.stdout ?? ''}${err.stderr ?? ''}`,
    })
  );
  const text = await readFile(path.join(dir, 'layercache-prune.json'), 'utf8').catch(() => '');
  return { ...res, result: text ? JSON.parse(text) : undefined };
}

describe('the prune component under gitlab-ci-local', () => {
  test('a scheduled pipeline removes the caches of branches the repository no longer has', async () => {
    const ref = uniqueRepo(engine, 'gitlab-prune');
    const password = `pw-${randomBytes(12).toString('hex')}`;
    const repository = ref.slice(engine.registry.length + 1);
    const context = await mkdtemp(path.join(os.tmpdir(), 'layercache-prune-ctx-'));
    await writeFile(
      path.join(context, 'Dockerfile'),
      'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nARG BRANCH\nRUN echo "$BRANCH" > /branch\n'
    );
    for (const branch of ['main', 'feature/keep', 'feature/merged']) await buildBranch(context, ref, branch);
    const before = {
      main: await manifestDigest(engine.registry, repository, 'main'),
      keep: await manifestDigest(engine.registry, repository, 'feature-keep'),
    };

    const dir = await pruneProject({
      runner: 'shell',
      cli: `node ${path.join(packageDir, 'bin/layercache-gitlab.js')}`,
      cache_ref: ref,
      live_branches_remote: '.git/remote.git',
      fresh_minutes: 0,
      dry_run: true,
    });
    const dry = await schedule(dir, {
      CI_REGISTRY: engine.registry,
      CI_REGISTRY_USER: 'gitlab-ci-token',
      CI_REGISTRY_PASSWORD: password,
    });
    expect(dry.exitCode, dry.log).toBe(0);
    expect(dry.result?.caches.filter((c) => c.remove).map((c) => c.slug)).toEqual(['feature-merged']);
    expect(await manifestDigest(engine.registry, repository, 'feature-merged')).toBeDefined();

    const real = await pruneProject({
      runner: 'shell',
      cli: `node ${path.join(packageDir, 'bin/layercache-gitlab.js')}`,
      cache_ref: ref,
      live_branches_remote: '.git/remote.git',
      fresh_minutes: 0,
    });
    const pruned = await schedule(real, {
      CI_REGISTRY: engine.registry,
      CI_REGISTRY_USER: 'gitlab-ci-token',
      CI_REGISTRY_PASSWORD: password,
    });
    expect(pruned.exitCode, pruned.log).toBe(0);
    expect(pruned.result?.removed).toContain(`${ref}:feature-merged`);
    expect(await manifestDigest(engine.registry, repository, 'feature-merged')).toBeUndefined();
    expect(await manifestDigest(engine.registry, repository, 'main')).toBe(before.main);
    expect(await manifestDigest(engine.registry, repository, 'feature-keep')).toBe(before.keep);
    expect(pruned.log).not.toContain(password);
  });
});
