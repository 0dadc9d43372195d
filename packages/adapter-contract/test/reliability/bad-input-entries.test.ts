// Bad input through every entry point as a user runs it: the CLI's build and bake, and the four
// adapters' mains (GitLab, Harness, Semaphore, CircleCI, each in single-build and compose mode).
// Every case asserts: exit code 2; the message names the setting as that entry's user knows it
// (flag, option path or the adapter's own variable); no stack trace; no docker/buildx process
// started (recording stand-ins: docker on PATH, the buildx plugin in DOCKER_CONFIG, see
// support/sandbox.ts); nothing written in the project. Complements bad-input.test.ts (options
// through cachedBuild and --config, adapters' pure env mappings) with the checks that need the file
// system and the engine settings.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../../sdk/src/cli/main.js';
import { findBuildxPlugin, forgetBuildxPlugins } from '../../../sdk/src/engine/buildx-plugin.js';
import { adapterEntries, type AdapterName, type EntryRun } from './support/adapters.js';
import { adapterEnv, CACHE_REF, COMPOSE_VARIABLE } from './support/adapter-envs.js';
import { record } from '../../../sdk/test/reliability/support/figures.js';
import { openSandbox, snapshot, STACK_FRAME, type Sandbox } from '../../../sdk/test/reliability/support/sandbox.js';

type Entry = 'cli' | 'bake' | AdapterName;
interface Case {
  name: string;
  entry: Entry;
  /** Adapters: run in compose mode (their compose-file variable set). */
  compose?: boolean;
  env?: Record<string, string | undefined>;
  args?: string[];
  /** Expected in the message. */
  setting: string;
}

const REF = CACHE_REF;
// "@/" stands for the case's project directory. /sys refuses new files even for root: a read-only place.
const READ_ONLY = '/sys/layercache-read-only';
const ADAPTERS: AdapterName[] = ['gitlab', 'harness', 'semaphore', 'circleci'];
const ENTRIES: Entry[] = ['cli', 'bake', ...ADAPTERS];

const CONTEXT_VARIABLE: Record<AdapterName, string> = {
  gitlab: 'LAYERCACHE_CONTEXT',
  harness: 'PLUGIN_CONTEXT',
  semaphore: 'LAYERCACHE_CONTEXT',
  circleci: 'LAYERCACHE_CONTEXT',
};
const DOCKERFILE_VARIABLE: Record<AdapterName, string> = {
  gitlab: 'LAYERCACHE_DOCKERFILE',
  harness: 'PLUGIN_DOCKERFILE',
  semaphore: 'LAYERCACHE_DOCKERFILE',
  circleci: 'LAYERCACHE_DOCKERFILE',
};

const cases: Case[] = [];
const add = (c: Case) => cases.push(c);

// The engine settings, on every entry (and the adapters' compose mode).
const BAD_HOSTS: Array<[string, string]> = [
  ['without a scheme', 'docker.sock'],
  ['with a port that is not a number', 'tcp://docker:port'],
  ['with a relative unix path', 'unix://run/docker.sock'],
  ['with an unknown scheme', 'ftp://docker:2375'],
  ['with a newline', 'unix:///var/run/docker.sock\n--push'],
  ['with a port out of range', 'tcp://docker:99999'],
];
for (const entry of ENTRIES) {
  for (const [what, host] of BAD_HOSTS)
    add({ name: `DOCKER_HOST ${what}`, entry, env: { DOCKER_HOST: host }, setting: 'DOCKER_HOST' });
  add({ name: 'no docker CLI on PATH', entry, env: { PATH: '@/empty-bin' }, setting: 'PATH' });
}
for (const entry of ADAPTERS) {
  // Found by the property test: no child process can get a NUL byte in its environment.
  add({
    name: 'a NUL byte in an unrelated variable',
    entry,
    env: { SOME_CI_VARIABLE: 'a\u0000b' },
    setting: 'SOME_CI_VARIABLE',
  });
  add({
    name: 'DOCKER_HOST without a scheme',
    entry,
    compose: true,
    env: { DOCKER_HOST: 'docker.sock' },
    setting: 'DOCKER_HOST',
  });
  add({ name: 'no docker CLI on PATH', entry, compose: true, env: { PATH: '@/empty-bin' }, setting: 'PATH' });
}

// The context and the Dockerfile.
add({ name: 'context missing', entry: 'cli', args: ['missing-dir'], setting: 'context' });
add({ name: 'context is a file', entry: 'cli', args: ['a-file'], setting: 'context' });
add({ name: 'Dockerfile missing', entry: 'cli', args: ['--file', 'Nope.Dockerfile'], setting: 'dockerfile' });
add({ name: 'Dockerfile is a directory', entry: 'cli', args: ['--file', 'a-dir'], setting: 'dockerfile' });
for (const entry of ADAPTERS) {
  add({
    name: 'context missing',
    entry,
    env: { [CONTEXT_VARIABLE[entry]]: 'missing-dir' },
    setting: CONTEXT_VARIABLE[entry],
  });
  add({
    name: 'context is a file',
    entry,
    env: { [CONTEXT_VARIABLE[entry]]: 'a-file' },
    setting: CONTEXT_VARIABLE[entry],
  });
  add({
    name: 'Dockerfile missing',
    entry,
    env: { [DOCKERFILE_VARIABLE[entry]]: 'Nope.Dockerfile' },
    setting: DOCKERFILE_VARIABLE[entry],
  });
  add({
    name: 'Dockerfile is a directory',
    entry,
    env: { [DOCKERFILE_VARIABLE[entry]]: 'a-dir' },
    setting: DOCKERFILE_VARIABLE[entry],
  });
}

// An unusable local cache directory: a file, under a file, read-only.
const BAD_CACHE_DIRS: Array<[string, string]> = [
  ['is a file', 'a-file'],
  ['lies under a file', 'a-file/cache'],
  ['is read-only', `${READ_ONLY}/cache`],
];
for (const [what, dir] of BAD_CACHE_DIRS) {
  add({
    name: `cache dir ${what}`,
    entry: 'cli',
    args: ['--backend', 'local', '--cache-dir', dir],
    setting: 'cache.dir',
  });
  add({
    name: `cache dir ${what}`,
    entry: 'bake',
    args: ['--backend', 'local', '--cache-dir', dir],
    setting: 'cache.dir',
  });
  add({
    name: `cache dir ${what}`,
    entry: 'gitlab',
    env: { LAYERCACHE_BACKEND: 'local', LAYERCACHE_CACHE_DIR: dir },
    setting: 'LAYERCACHE_CACHE_DIR',
  });
  add({
    name: `cache dir ${what}`,
    entry: 'gitlab',
    compose: true,
    env: { LAYERCACHE_BACKEND: 'local', LAYERCACHE_CACHE_DIR: dir },
    setting: 'LAYERCACHE_CACHE_DIR',
  });
  add({
    name: `cache dir ${what}`,
    entry: 'semaphore',
    env: { LAYERCACHE_CACHE_REF: undefined, LAYERCACHE_BACKEND: 'local', LAYERCACHE_CACHE_DIR: dir },
    setting: 'LAYERCACHE_CACHE_DIR',
  });
}

// A local cache inside the context is left out of it (cache-in-context.test.itg.ts); one that
// is the context itself cannot be.
add({
  name: 'local cache dir that is the context itself',
  entry: 'cli',
  args: ['--backend', 'local', '--cache-dir', '.'],
  setting: 'cache.dir',
});
add({
  name: 'local cache dir that is the service context itself',
  entry: 'bake',
  args: ['--backend', 'local', '--cache-dir', '.'],
  setting: 'services.web.build.context',
});
add({
  name: 'local cache dir that is the service context itself',
  entry: 'gitlab',
  compose: true,
  env: { LAYERCACHE_BACKEND: 'local', LAYERCACHE_CACHE_DIR: '.' },
  setting: 'services.web.build.context',
});

// Output paths that cannot be written: checked before the build, named by their setting.
const BAD_OUTPUTS: Array<[string, string]> = [
  ['is a directory', 'a-dir'],
  ['lies under a file', 'a-file/report.json'],
  ['is in a read-only directory', `${READ_ONLY}/report.json`],
];
for (const [what, file] of BAD_OUTPUTS) {
  add({ name: `--report-json ${what}`, entry: 'cli', args: ['--report-json', file], setting: '--report-json' });
  add({
    name: `--report-markdown ${what}`,
    entry: 'cli',
    args: ['--report-markdown', file],
    setting: '--report-markdown',
  });
  add({ name: `--report-json ${what}`, entry: 'bake', args: ['--report-json', file], setting: '--report-json' });
  add({ name: `--report-json ${what}`, entry: 'semaphore', args: ['--report-json', file], setting: '--report-json' });
  add({
    name: `DRONE_OUTPUT ${what}`,
    entry: 'harness',
    env: { DRONE_OUTPUT: file.startsWith('/') ? file : `@/${file}` },
    setting: 'DRONE_OUTPUT',
  });
  add({
    name: `BASH_ENV ${what}`,
    entry: 'circleci',
    env: { BASH_ENV: file.startsWith('/') ? file : `@/${file}` },
    setting: 'BASH_ENV',
  });
}
add({
  name: 'LAYERCACHE_DOTENV_FILE is a directory',
  entry: 'gitlab',
  env: { LAYERCACHE_DOTENV_FILE: 'a-dir' },
  setting: 'LAYERCACHE_DOTENV_FILE',
});
add({
  name: 'LAYERCACHE_METRICS_FILE lies under a file',
  entry: 'gitlab',
  env: { LAYERCACHE_METRICS_FILE: 'a-file/metrics.txt' },
  setting: 'LAYERCACHE_METRICS_FILE',
});
add({
  name: 'LAYERCACHE_REPORT_JSON is read-only',
  entry: 'gitlab',
  env: { LAYERCACHE_REPORT_JSON: `${READ_ONLY}/r.json` },
  setting: 'LAYERCACHE_REPORT_JSON',
});
add({
  name: 'LAYERCACHE_DOTENV_FILE is a directory',
  entry: 'gitlab',
  compose: true,
  env: { LAYERCACHE_DOTENV_FILE: 'a-dir' },
  setting: 'LAYERCACHE_DOTENV_FILE',
});
add({
  name: 'LAYERCACHE_REPORT_JSON lies under a file',
  entry: 'gitlab',
  compose: true,
  env: { LAYERCACHE_REPORT_JSON: 'a-file/r.json' },
  setting: 'LAYERCACHE_REPORT_JSON',
});
add({
  name: 'DRONE_OUTPUT is a directory',
  entry: 'harness',
  compose: true,
  env: { DRONE_OUTPUT: '@/a-dir' },
  setting: 'DRONE_OUTPUT',
});
add({
  name: '--report-json is a directory',
  entry: 'semaphore',
  compose: true,
  args: ['--report-json', 'a-dir'],
  setting: '--report-json',
});
add({
  name: 'LAYERCACHE_REPORT_DIR is a file',
  entry: 'circleci',
  env: { LAYERCACHE_REPORT_DIR: '@/a-file' },
  setting: 'LAYERCACHE_REPORT_DIR',
});
add({
  name: 'LAYERCACHE_REPORT_DIR lies under a file',
  entry: 'circleci',
  env: { LAYERCACHE_REPORT_DIR: '@/a-file/reports' },
  setting: 'LAYERCACHE_REPORT_DIR',
});
add({
  name: 'LAYERCACHE_REPORT_DIR is read-only',
  entry: 'circleci',
  env: { LAYERCACHE_REPORT_DIR: READ_ONLY },
  setting: 'LAYERCACHE_REPORT_DIR',
});
add({
  name: 'BASH_ENV is a directory',
  entry: 'circleci',
  compose: true,
  env: { BASH_ENV: '@/a-dir' },
  setting: 'BASH_ENV',
});

// Settings each entry validates itself.
add({ name: 'unknown backend', entry: 'cli', args: ['--backend', 's4'], setting: 'cache.backend' });
add({ name: 'unknown cache mode', entry: 'cli', args: ['--cache-mode', 'all'], setting: 'cache.mode' });
add({
  name: 'dockerPath that does not exist',
  entry: 'cli',
  args: ['--config', 'docker-path-missing.json'],
  setting: 'dockerPath',
});
add({
  name: 'dockerPath that is not executable',
  entry: 'cli',
  args: ['--config', 'docker-path-not-executable.json'],
  setting: 'dockerPath',
});
add({ name: 'compose file that is not YAML', entry: 'bake', args: ['-f', 'broken.yaml'], setting: 'broken.yaml' });
add({
  name: 'compose build that is a number',
  entry: 'bake',
  args: ['-f', 'build-42.yaml'],
  setting: 'services.web.build',
});
add({ name: 'compose file missing', entry: 'bake', args: ['-f', 'missing.yaml'], setting: 'files.0' });
add({ name: 'unknown backend', entry: 'gitlab', env: { LAYERCACHE_BACKEND: 's4' }, setting: 'LAYERCACHE_BACKEND' });
add({
  name: 'push neither true nor false',
  entry: 'gitlab',
  env: { LAYERCACHE_PUSH: 'maybe' },
  setting: 'LAYERCACHE_PUSH',
});
add({
  name: 'unknown cache mode',
  entry: 'gitlab',
  env: { LAYERCACHE_CACHE_MODE: 'all' },
  setting: 'LAYERCACHE_CACHE_MODE',
});
add({
  name: 'no DRONE_* variable at all (not a Harness step)',
  entry: 'harness',
  env: { DRONE_BRANCH: undefined, DRONE_REPO_BRANCH: undefined, DRONE_BUILD_EVENT: undefined },
  setting: 'DRONE_BRANCH',
});
add({
  name: 'unknown backend',
  entry: 'harness',
  env: { PLUGIN_CACHE_BACKEND: 's4' },
  setting: 'PLUGIN_CACHE_BACKEND',
});
add({ name: 'unknown network', entry: 'harness', env: { PLUGIN_NETWORK: 'bridge0' }, setting: 'PLUGIN_NETWORK' });
add({
  name: 'inline backend (not offered)',
  entry: 'semaphore',
  env: { LAYERCACHE_BACKEND: 'inline' },
  setting: 'LAYERCACHE_BACKEND',
});
add({
  name: 'push neither true nor false',
  entry: 'semaphore',
  env: { LAYERCACHE_PUSH: 'maybe' },
  setting: 'LAYERCACHE_PUSH',
});
add({
  name: 'unknown network',
  entry: 'semaphore',
  env: { LAYERCACHE_NETWORK: 'bridge0' },
  setting: 'LAYERCACHE_NETWORK',
});
add({
  name: 'image with a tag',
  entry: 'circleci',
  env: { LAYERCACHE_IMAGE: 'registry.example.test/app:latest' },
  setting: 'LAYERCACHE_IMAGE',
});
add({
  name: 'build number that is not a number',
  entry: 'circleci',
  env: { CIRCLE_BUILD_NUM: 'abc' },
  setting: 'CIRCLE_BUILD_NUM',
});
add({
  name: 'push neither true nor false',
  entry: 'circleci',
  env: { LAYERCACHE_PUSH: 'maybe' },
  setting: 'LAYERCACHE_PUSH',
});

let sandbox: Sandbox;
let adapters: Record<AdapterName, EntryRun>;
let projects = 0;
const tally = { cases: 0, exit2: 0, dockerCalls: 0, written: 0, stackTraces: 0 };

beforeAll(async () => {
  sandbox = await openSandbox();
  adapters = await adapterEntries();
}, 120_000); // loading the four adapters' sources takes a while on a busy machine
afterAll(async () => {
  await sandbox.close();
});

function newProject(): string {
  const project = path.join(sandbox.root, `project-${++projects}`);
  mkdirSync(path.join(project, 'a-dir'), { recursive: true });
  mkdirSync(path.join(project, 'empty-bin'));
  writeFileSync(path.join(project, 'Dockerfile'), 'FROM scratch\n');
  writeFileSync(path.join(project, 'a-file'), 'not a directory\n');
  writeFileSync(path.join(project, 'compose.yaml'), 'services:\n  web:\n    build: .\n');
  writeFileSync(path.join(project, 'broken.yaml'), 'services:\n  web:\n    build: [unclosed\n');
  writeFileSync(path.join(project, 'build-42.yaml'), 'services:\n  web:\n    build: 42\n');
  writeFileSync(
    path.join(project, 'docker-path-missing.json'),
    JSON.stringify({ dockerPath: '/nonexistent/bin/docker' })
  );
  writeFileSync(path.join(project, 'docker-path-not-executable.json'), JSON.stringify({ dockerPath: './a-file' }));
  return project;
}

async function run(c: Pick<Case, 'entry' | 'compose' | 'env' | 'args'>, project: string) {
  const local = (v: string | undefined) => (v?.startsWith('@/') ? path.join(project, v.slice(2)) : v);
  const base = c.entry === 'cli' || c.entry === 'bake' ? {} : adapterEnv(c.entry, project);
  const compose =
    c.compose && c.entry !== 'cli' && c.entry !== 'bake' ? { [COMPOSE_VARIABLE[c.entry]]: 'compose.yaml' } : {};
  const engine = { DOCKER_HOST: sandbox.dockerHost, DOCKER_CONFIG: sandbox.dockerConfig };
  const merged: Record<string, string | undefined> = {
    PATH: sandbox.path,
    ...engine,
    HOME: project,
    ...base,
    ...compose,
    ...c.env,
  };
  const env = Object.fromEntries(
    Object.entries(merged)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, local(v)!])
  );
  const args = c.args ?? [];
  if (c.entry === 'cli' || c.entry === 'bake') {
    let output = '';
    const sink = { write: (s: string) => (output += s) };
    const cacheArgs = args.includes('--backend') ? [] : ['--backend', 'registry', '--cache-ref', REF];
    const code = await main([c.entry === 'cli' ? 'build' : 'bake', ...cacheArgs, '--branch', 'feat', ...args], {
      env,
      cwd: project,
      stdout: sink,
      stderr: sink,
    });
    return { code, output };
  }
  return adapters[c.entry](c.entry === 'semaphore' ? ['build', ...args] : args, env, project);
}

describe('the stand-in docker records a build that gets past the checks (control)', () => {
  test.each(ENTRIES)(
    '%s: a valid input reaches the docker CLI',
    async (entry) => {
      const before = sandbox.dockerCalls().length;
      const result = await run({ entry }, newProject());
      expect(result.code, result.output).toBe(1); // the stand-in buildx fails: an engine error, not bad input
      // Preflight asks the stand-in socket for the engine's facts (it answers), then starts buildx as the
      // plugin binary: the recording plugin must see that call, or a build could start unseen.
      expect(sandbox.dockerCalls().slice(before).join('\n')).toMatch(/^plugin: (--debug )?buildx (version|inspect)/m);
    },
    60_000
  );

  test('the recording plugin is the buildx binary layercache runs', () => {
    forgetBuildxPlugins();
    expect(findBuildxPlugin({ DOCKER_CONFIG: sandbox.dockerConfig, HOME: sandbox.root })).toBe(sandbox.buildxPlugin);
  });
});

describe('bad input through every entry: exit 2, the setting named, no stack trace, no docker process, nothing written', () => {
  test.each(cases.map((c) => [`${c.entry}${c.compose ? ' (compose)' : ''}: ${c.name}`, c] as const))(
    '%s',
    async (_title, c) => {
      tally.cases++;
      const project = newProject();
      const before = snapshot(project);
      const calls = sandbox.dockerCalls().length;
      const result = await run(c, project);
      expect(result.code, result.output).toBe(2);
      expect(result.output).toContain(c.setting);
      expect(result.output).not.toMatch(STACK_FRAME);
      expect(result.output).not.toContain('unexpected');
      expect(sandbox.dockerCalls().slice(calls)).toEqual([]);
      expect(snapshot(project)).toEqual(before);
      tally.exit2++;
    }
  );

  test('figures', () => {
    const perEntry = Object.fromEntries(ENTRIES.map((e) => [e, cases.filter((c) => c.entry === e).length]));
    record('bad-input', 'bad input through every entry (exit 2, named, no trace, no docker, nothing written)', {
      cases: tally.cases,
      exit2: tally.exit2,
      ...perEntry,
    });
    expect(cases.length).toBeGreaterThanOrEqual(120);
  });
});
