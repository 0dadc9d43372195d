// End to end: the job snippets of docs/semaphore.md, run command by command in bash with a
// Semaphore-like environment, against the real engine and registry. For each backend a cold job,
// then a warm job on a fresh runner (empty builder, empty HOME) that must take every cacheable step
// from the cache, read from the JSON report the snippet writes.
//
// Stand-ins for what only exists on a Semaphore VM, declared here and nowhere else:
//   checkout  (Semaphore toolbox) -> a bash function that enters a fresh copy of examples/app
//   npm install --global @layercache/semaphore@<version> -> a no-op function: this package's bin is on PATH
//   sem-version node 20 (Semaphore toolbox) -> a no-op function: this machine's node is 20+
//   artifact push job FILE (Semaphore toolbox) -> a function copying FILE into a temp "artifacts" dir
//   cache     (Semaphore toolbox) -> test/cache-cli-stand-in/cache, archives in a temp "server" dir
// The snippet's registry address is replaced by the test registry; everything else runs as written.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, mkdir, mkdtemp, readFile, readdir, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  copyFixture,
  resetBuilder,
  testEngine,
  type TestEngine,
  cachedBeyondWorkdir,
} from '../../../test-support/engine.js';

const PACKAGE = path.resolve(import.meta.dirname, '..');
const ROOT = path.resolve(PACKAGE, '../..');
const EXAMPLE = path.join(ROOT, 'examples/app');
const STAND_IN_CACHE = path.join(PACKAGE, 'test/cache-cli-stand-in');
const SHA = '5c84719708b9b649b9ef3b56af214f38cee6acde';

let engine: TestEngine;
let binDir: string;

beforeAll(async () => {
  engine = testEngine();
  if (!existsSync(path.join(ROOT, 'packages/sdk/dist/index.js')))
    throw new Error('build the SDK first: pnpm -C packages/sdk build');
  await run('pnpm', ['exec', 'tsup'], { cwd: PACKAGE, env: process.env });
  binDir = await mkdtemp(path.join(os.tmpdir(), 'layercache-semaphore-bin-'));
  await symlink(path.join(PACKAGE, 'bin/layercache-semaphore.js'), path.join(binDir, 'layercache-semaphore'));
});

interface Snippet {
  commands: string[];
  /** epilogue.always: runs after the commands whatever they returned, in the same shell. */
  always: string[];
  envVars: Record<string, string>;
}

/** The yaml block after `<!-- snippet: NAME -->` in docs/semaphore.md: its first job's commands and the task's env_vars. */
async function snippet(name: string): Promise<Snippet> {
  const doc = await readFile(path.join(ROOT, 'docs/semaphore.md'), 'utf8');
  const block = new RegExp(`<!-- snippet: ${name} -->\\s*\`\`\`yaml\\n([\\s\\S]*?)\`\`\``).exec(doc)?.[1];
  if (!block) throw new Error(`docs/semaphore.md has no "${name}" snippet`);
  const task = parseYaml(block).blocks[0].task;
  const envVars = Object.fromEntries(
    (task.env_vars ?? []).map((v: { name: string; value: string }) => [v.name, String(v.value)])
  );
  return { commands: task.jobs[0].commands, always: task.epilogue?.always?.commands ?? [], envVars };
}

interface JobResult {
  exitCode: number | null;
  output: string;
  /** Files the job pushed with `artifact push job`. */
  artifacts: string[];
  report: {
    backend: string;
    totalSteps: number;
    cachedSteps: number;
    firstMiss: string | null;
    importFound: boolean;
    exportStatus: string;
    warnings: string[];
    steps: Array<{ name: string; cached: boolean }>;
  };
}

/** One Semaphore job on a fresh VM: a new checkout and an empty HOME. */
async function runJob(
  s: Snippet,
  semaphoreEnv: Record<string, string>,
  overrides: Record<string, string>,
  edit?: (checkout: string) => Promise<void>
): Promise<JobResult> {
  const vm = await mkdtemp(path.join(os.tmpdir(), 'layercache-semaphore-vm-'));
  const home = path.join(vm, 'home');
  await mkdir(home);
  const checkoutDir = await copyFixture(EXAMPLE);
  const artifacts = path.join(vm, 'artifacts');
  await mkdir(artifacts);
  await edit?.(checkoutDir);
  const script = [
    'set -eo pipefail',
    'checkout() { cd "$TEST_CHECKOUT_DIR"; }',
    // The pin itself is checked against the next release by version-pins.test.ts.
    'npm() { case "$*" in "install --global @layercache/semaphore@"[0-9]*) ;; *) echo "stand-in npm: unexpected: npm $*" >&2; return 1;; esac; }',
    'sem-version() { [ "$1" = node ] && [ "${2%%.*}" -ge 20 ] || { echo "stand-in sem-version: unexpected: $*" >&2; return 1; }; }',
    'artifact() { [ "$1 $2" = "push job" ] && cp "$3" "$TEST_ARTIFACTS/" || { echo "stand-in artifact: unexpected: $*" >&2; return 1; }; }',
    // Semaphore runs epilogue.always after the job's commands, pass or fail, in the same shell.
    `trap 'rc=$?; set +e; ${s.always.join('; ')}; exit $rc' EXIT`,
    ...s.commands,
  ].join('\n');
  const env = {
    PATH: `${binDir}:${STAND_IN_CACHE}:${process.env.PATH}`,
    DOCKER_HOST: engine.env.DOCKER_HOST,
    HOME: home,
    TEST_CHECKOUT_DIR: checkoutDir,
    TEST_ARTIFACTS: artifacts,
    ...s.envVars,
    ...semaphoreEnv,
    ...overrides,
  };
  const { exitCode, output } = await run('bash', ['-c', script], { cwd: vm, env });
  const report =
    exitCode === 0 ? JSON.parse(await readFile(path.join(checkoutDir, 'layercache-report.json'), 'utf8')) : undefined;
  return { exitCode, output, report, artifacts: await readdir(artifacts) };
}

function run(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string | undefined> }
): Promise<{ exitCode: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, output }));
  });
}

const semaphore = (jobId: string, git: Record<string, string>) => ({
  SEMAPHORE: 'true',
  CI: 'true',
  SEMAPHORE_PROJECT_NAME: 'shop',
  SEMAPHORE_GIT_REPO_SLUG: 'acme/shop',
  SEMAPHORE_GIT_SHA: SHA,
  SEMAPHORE_WORKFLOW_ID: `wf-${jobId}`,
  SEMAPHORE_WORKFLOW_NUMBER: '7',
  SEMAPHORE_PIPELINE_ID: `pl-${jobId}`,
  SEMAPHORE_JOB_ID: jobId,
  ...git,
});
const onMain = { SEMAPHORE_GIT_REF_TYPE: 'branch', SEMAPHORE_GIT_BRANCH: 'main', SEMAPHORE_GIT_WORKING_BRANCH: 'main' };
const onFeature = {
  SEMAPHORE_GIT_REF_TYPE: 'branch',
  SEMAPHORE_GIT_BRANCH: 'feature/login',
  SEMAPHORE_GIT_WORKING_BRANCH: 'feature/login',
};
const pullRequest = {
  SEMAPHORE_GIT_REF_TYPE: 'pull-request',
  SEMAPHORE_GIT_BRANCH: 'main',
  SEMAPHORE_GIT_WORKING_BRANCH: 'feature/cart',
  SEMAPHORE_GIT_PR_BRANCH: 'feature/cart',
  SEMAPHORE_GIT_PR_NUMBER: '17',
  SEMAPHORE_GIT_PR_SLUG: 'acme/shop',
};

function expectCold(job: JobResult, backend: string): void {
  expect(job.exitCode, job.output).toBe(0);
  expect(job.report.backend).toBe(backend);
  expect(job.report.totalSteps).toBeGreaterThanOrEqual(5);
  expect(cachedBeyondWorkdir(job.report)).toEqual([]);
  expect(job.report.exportStatus).toBe('ok');
  expect(job.artifacts).toEqual(['layercache-report.json']);
}

function expectWarm(job: JobResult): void {
  expect(job.exitCode, job.output).toBe(0);
  expect(job.report.importFound).toBe(true);
  expect(job.report.totalSteps).toBeGreaterThanOrEqual(5);
  expect(job.report.cachedSteps).toBe(job.report.totalSteps);
  expect(job.report.firstMiss).toBeNull();
}

describe('docs/semaphore.md snippets, cold then warm on a fresh runner', () => {
  test('registry: main builds cold; a new branch on a fresh runner falls back to main and is fully cached', async () => {
    const s = await snippet('registry');
    const [host, port] = engine.registry.split(':');
    const image = `test/semaphore-${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
    const overrides = {
      REGISTRY_URL: host!,
      REGISTRY_PORT: port!,
      DOCKER_IMAGE_NAME: image,
      DOCKER_USERNAME: 'ci',
      DOCKER_PASSWORD: 'not-a-real-password',
      LAYERCACHE_NETWORK: 'none',
      LAYERCACHE_BUILD_ARG_BASE_IMAGE: engine.baseImage,
    };
    await resetBuilder();
    const cold = await runJob(s, semaphore('job-cold', onMain), overrides);
    expectCold(cold, 'registry');
    expect(cold.output).not.toContain('not-a-real-password');

    await resetBuilder();
    const warm = await runJob(s, semaphore('job-warm', onFeature), overrides);
    expectWarm(warm);
    expect(warm.output).toContain(`${engine.registry}/${image}/cache:main`);
  });

  test('local: main builds cold and stores; a pull request on a fresh runner restores main and is fully cached', async () => {
    const s = await snippet('local');
    const server = await mkdtemp(path.join(os.tmpdir(), 'layercache-semaphore-cache-server-'));
    const overrides = {
      LAYERCACHE_STANDIN_CACHE_ROOT: server,
      LAYERCACHE_NETWORK: 'none',
      LAYERCACHE_BUILD_ARG_BASE_IMAGE: engine.baseImage,
    };
    await resetBuilder();
    const cold = await runJob(s, semaphore('job-cold', onMain), overrides);
    expectCold(cold, 'local');
    expect(await readdir(server)).toEqual(['layercache_image_main_job-cold.tgz']);

    await resetBuilder();
    const warm = await runJob(s, semaphore('job-warm', pullRequest), overrides);
    expectWarm(warm);
    expect(warm.output).toContain('restored the local layer cache from key layercache_image_main_job-cold');
    // A same-repository PR writes its source branch, never the target's key.
    expect((await readdir(server)).sort()).toEqual([
      'layercache_image_feature-cart_job-warm.tgz',
      'layercache_image_main_job-cold.tgz',
    ]);
  });

  test('local: a failed build exits 1 and stores nothing', async () => {
    const s = await snippet('local');
    const server = await mkdtemp(path.join(os.tmpdir(), 'layercache-semaphore-cache-server-'));
    const overrides = {
      LAYERCACHE_STANDIN_CACHE_ROOT: server,
      LAYERCACHE_NETWORK: 'none',
      LAYERCACHE_BUILD_ARG_BASE_IMAGE: engine.baseImage,
    };
    const broken = (dir: string) => appendFile(path.join(dir, 'Dockerfile'), '\nRUN exit 3\n');
    const job = await runJob(s, semaphore('job-broken', onMain), overrides, broken);
    expect(job.exitCode, job.output).toBe(1);
    expect(await readdir(server)).toEqual([]);
  });
});
