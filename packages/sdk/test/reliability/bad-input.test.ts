// Bad input, table-driven: every case ends with exit code 2 and a message naming the field, before
// Docker is touched. Each options case runs through both entries: cachedBuild() (a spy process
// runner proves no process starts; the unreachable DOCKER_HOST means a Docker call would give
// EngineError, exit 1) and the CLI with the same options as a --config file. Compose files go
// through `layercache bake`. CI environments: packages/adapter-contract/test/reliability/bad-env.test.ts.
// These complement src/cli/invalid-input.test.ts (flag parsing) without repeating its cases.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { cachedBuild, ConfigError, type BuildOptionsInput } from '../../src/index.js';
import { record } from './support/figures.js';

const project = mkdtempSync(path.join(os.tmpdir(), 'layercache-bad-input-'));
writeFileSync(path.join(project, 'Dockerfile'), 'FROM scratch\n');
writeFileSync(path.join(project, 'a-file'), 'not a directory\n');
mkdirSync(path.join(project, 'a-dir'));
const NO_DOCKER = { DOCKER_HOST: 'unix:///nonexistent/docker.sock', PATH: '/nonexistent' };
const PASSWORD = 'hunter2-very-secret-password';
const REG = 'registry.example.test/app';
const long = (n: number) => 'x'.repeat(n);
const tally = { cases: 0, exit2: 0 };

// [case, options, the field the message must name]
const optionCases: Array<[string, BuildOptionsInput | Record<string, unknown>, string]> = [
  // malformed image refs and tags
  ['tag with an upper-case repository', { tags: ['Registry.Example.Test/App:1'] }, 'tags.0'],
  ['tag with an empty path component', { tags: ['registry.example.test//app:1'] }, 'tags.0'],
  ['tag ending in a colon', { tags: [`${REG}:`] }, 'tags.0'],
  ['tag with a malformed digest', { tags: [`${REG}@sha256:xyz`] }, 'tags.0'],
  ['second of two tags broken', { tags: [`${REG}:ok`, `${REG}:-bad`] }, 'tags.1'],
  ['tags not a list', { tags: `${REG}:1` }, 'tags'],
  ['cache ref ending in a slash', { cache: { backend: 'registry', ref: `${REG}/` } }, 'cache.ref'],
  [
    'cache ref with a parent component',
    { cache: { backend: 'registry', ref: 'registry.example.test/../app' } },
    'cache.ref',
  ],
  ['empty cache ref', { cache: { backend: 'registry', ref: '' } }, 'cache.ref'],
  ['cache ref with a tab', { cache: { backend: 'registry', ref: `${REG}\tcache` } }, 'cache.ref'],
  // unknown backend
  ['backend with different case', { cache: { backend: 'Registry', ref: REG } }, 'cache.backend'],
  ['backend with a trailing space', { cache: { backend: 'registry ', ref: REG } }, 'cache.backend'],
  ['backend gcs (not a layercache backend)', { cache: { backend: 'gcs' } }, 'cache.backend'],
  ['backend not a string', { cache: { backend: 1 } }, 'cache.backend'],
  // cache dir outside the workspace
  [
    'relative cache dir climbing out',
    { workspace: project, cache: { backend: 'local', dir: '../elsewhere' } },
    'cache.dir',
  ],
  [
    'cache dir climbing out after a detour',
    { workspace: project, cache: { backend: 'local', dir: 'a/../../b' } },
    'cache.dir',
  ],
  [
    'absolute cache dir elsewhere',
    { workspace: project, cache: { backend: 'local', dir: '/var/tmp/layercache' } },
    'cache.dir',
  ],
  ['cache dir with a newline', { cache: { backend: 'local', dir: 'cache\n--push' } }, 'cache.dir'],
  // newlines and NUL (argv and log injection)
  ['build arg value with a carriage return', { buildArgs: { A: 'x\r--push' } }, 'buildArgs.A'],
  ['label value with NUL', { labels: { a: 'x\u0000y' } }, 'labels.a'],
  ['label key with a newline', { labels: { 'a\nb': 'x' } }, 'labels.a\\nb'],
  ['build arg name with a space', { buildArgs: { 'A B': 'x' } }, 'buildArgs.A B'],
  ['secret id with a newline', { secrets: [{ id: 'npm\ntoken', env: 'NPM_TOKEN' }] }, 'secrets.0.id'],
  ['raw cache-from with a newline', { cache: { extraFrom: ['type=registry,ref=x\ntype=local'] } }, 'cache.extraFrom.0'],
  ['branch with a newline', { cache: { keys: { branch: 'feat\nmain' } } }, 'cache.keys.branch'],
  ['Dockerfile path with NUL', { dockerfile: 'Dockerfile\u0000.evil' }, 'dockerfile'],
  ['context with a newline', { context: '.\n--push' }, 'context'],
  // oversized values
  ['tag of 40 000 characters', { tags: [`${REG}:${long(40_000)}`] }, 'tags.0'],
  ['label value over 32 KiB', { labels: { big: long(33 * 1024) } }, 'labels.big'],
  ['101 tags', { tags: Array.from({ length: 101 }, (_, i) => `${REG}:t${i}`) }, 'tags'],
  ['cache ref of 40 000 characters', { cache: { backend: 'registry', ref: `${REG}/${long(40_000)}` } }, 'cache.ref'],
  ['secret id of 129 characters', { secrets: [{ id: long(129), env: 'TOKEN' }] }, 'secrets.0.id'],
  ['target of 129 characters', { target: `a${long(128)}` }, 'target'],
  [
    'size cap over 1 TiB',
    { cache: { backend: 'local', dir: 'c', local: { maxSizeMb: 2 * 1024 * 1024 } } },
    'cache.local.maxSizeMb',
  ],
  ['keeping 21 old snapshots', { cache: { backend: 'local', dir: 'c', local: { keep: 21 } } }, 'cache.local.keep'],
  // conflicting options
  [
    'push and load on three platforms',
    { push: true, load: true, platforms: ['linux/amd64', 'linux/arm64', 'linux/arm/v7'] },
    'load',
  ],
  ['fork on a branch build', { cache: { keys: { branch: 'feat', fork: true } } }, 'cache.keys.fork'],
  [
    'two secrets with one id',
    {
      secrets: [
        { id: 'tok', env: 'A' },
        { id: 'tok', env: 'B' },
      ],
    },
    'secrets.1.id',
  ],
  ['secret with neither src nor env', { secrets: [{ id: 'tok' }] }, 'secrets.0'],
  ['registry backend given only a local dir', { cache: { backend: 'registry', dir: 'c' } }, 'cache.ref'],
  [
    'harness settings without the secret key',
    { cache: { backend: 'harness', harness: { bucket: 'b', accessKeyId: 'AKIA' } } },
    'cache.harness.secretAccessKey',
  ],
  [
    'harness endpoint that is not a URL',
    {
      cache: {
        backend: 'harness',
        harness: { bucket: 'b', accessKeyId: 'AKIA', secretAccessKey: 's', endpointUrl: 'minio:9000' },
      },
    },
    'cache.harness.endpointUrl',
  ],
  [
    'registry login without a password',
    { registryAuth: [{ registry: 'r.test', username: 'u' }] },
    'registryAuth.0.password',
  ],
  [
    'registry password with a newline (the value stays out of the message)',
    { registryAuth: [{ registry: 'r.test', username: 'u', password: `${PASSWORD}\nx` }] },
    'registryAuth.0.password',
  ],
  ['misspelt top-level field', { cach: { backend: 'local' } }, '"cach"'],
  ['write policy yes', { cache: { write: 'yes' } }, 'cache.write'],
  ['network bridge', { network: 'bridge' }, 'network'],
  ['platform without an architecture', { platforms: ['linux'] }, 'platforms.0'],
  ['sha of non-hex digits', { cache: { keys: { sha: 'g'.repeat(40) } } }, 'cache.keys.sha'],
  // empty context, missing Dockerfile
  ['empty context', { context: '' }, 'context'],
  ['blank context', { context: '   ' }, 'context'],
  ['context that is a file', { context: 'a-file' }, 'context'],
  ['Dockerfile that is a directory', { dockerfile: 'a-dir' }, 'dockerfile'],
  ['Dockerfile missing in the context', { context: 'a-dir' }, 'dockerfile'],
  ['secret file missing', { secrets: [{ id: 'npm', src: 'no-such-npmrc' }] }, 'secrets.0.src'],
];

async function cli(args: string[], env: Record<string, string> = NO_DOCKER) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    env,
    cwd: project,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

describe('bad options: exit code 2 naming the field, before Docker is touched', () => {
  test.each(optionCases)('%s', async (name, options, field) => {
    tally.cases++;
    const started: string[] = [];
    const error = await cachedBuild(options as BuildOptionsInput, {
      env: NO_DOCKER,
      cwd: project,
      logger: { info: () => {}, warn: () => {} },
      run: async (command, args) => {
        started.push([command, ...args].join(' '));
        return { exitCode: 0, stdout: '', stderrTail: '' };
      },
    }).then(
      () => undefined,
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).exitCode).toBe(2);
    expect((error as ConfigError).message).toContain(field);
    expect((error as ConfigError).message).not.toContain(PASSWORD);
    expect(started).toEqual([]);

    const file = path.join(project, `case-${optionCases.findIndex((c) => c[0] === name)}.json`);
    writeFileSync(file, JSON.stringify(options));
    const run = await cli(['build', '--config', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(field);
    expect(run.stderr).not.toContain(PASSWORD);
    expect(run.stdout).toBe('');
    tally.exit2++;
  });
});

// Compose files through `layercache bake` (parsed in-process: no docker process for Compose).
const composeCases: Array<[string, string, string]> = [
  ['YAML that does not parse', 'services:\n  web:\n    build: [unclosed\n', 'is not valid YAML'],
  ['no services key', 'version: "3"\n', 'services'],
  ['services not a mapping', 'services: [web]\n', 'services'],
  ['build that is a number', 'services:\n  web:\n    build: 42\n', 'services.web.build'],
  ['service name with a slash', 'services:\n  "web/api":\n    build: .\n', 'web/api'],
  ['required variable unset', 'services:\n  web:\n    build:\n      context: ${APP_DIR:?set APP_DIR}\n', 'APP_DIR'],
  [
    'build args neither list nor mapping',
    'services:\n  web:\n    build:\n      context: .\n      args: 12\n',
    'services.web.build',
  ],
  ['context directory missing', 'services:\n  web:\n    build: ./missing-dir\n', 'services.web.build.context'],
  [
    'Dockerfile missing',
    'services:\n  web:\n    build:\n      context: .\n      dockerfile: Nope.Dockerfile\n',
    'services.web.build.dockerfile',
  ],
];

describe('invalid compose files (layercache bake): exit code 2 naming the field', () => {
  test.each(composeCases)('%s', async (_name, yaml, field) => {
    tally.cases++;
    const file = path.join(project, `compose-${composeCases.findIndex((c) => c[1] === yaml)}.yaml`);
    writeFileSync(file, yaml);
    const run = await cli(['bake', '-f', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(field);
    expect(run.stdout).toBe('');
    tally.exit2++;
  });
});

describe('figures', () => {
  test('figures', () => {
    record('bad-input', 'bad input (options x API+CLI, compose)', {
      cases: tally.cases,
      exit2: tally.exit2,
      options: optionCases.length,
      compose: composeCases.length,
    });
    expect(optionCases.length + composeCases.length).toBeGreaterThanOrEqual(30);
  });
});
