// runLintCommand on real temporary directories (the file system is cheap; nothing is mocked).
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parseLintArgs, runLintCommand } from './lint.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'layercache-lint-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(argv: string[], cwd = dir) {
  let stdout = '';
  let stderr = '';
  const code = await runLintCommand(argv, {
    cwd,
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  });
  return { code, stdout, stderr };
}

const clean =
  'FROM node:20.11-alpine\nCOPY package.json package-lock.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci\nCOPY . .\n';
const bad = 'FROM node:20\nCOPY . .\nRUN npm ci\n';

describe('exit codes', () => {
  test('0 when there is no error finding', async () => {
    await writeFile(join(dir, 'Dockerfile'), clean);
    await writeFile(join(dir, '.dockerignore'), '.git\nnode_modules\n');
    const { code, stdout } = await run([]);
    expect(code).toBe(0);
    expect(stdout).toBe('Dockerfile: no cache problems found\n');
  });

  test('0 with only warnings and infos', async () => {
    await writeFile(join(dir, 'Dockerfile'), 'FROM node\nRUN npm ci\n');
    const { code, stdout } = await run([]);
    expect(code).toBe(0);
    expect(stdout).toContain('floating-base-image');
  });

  test('1 when there is an error finding', async () => {
    await writeFile(join(dir, 'Dockerfile'), bad);
    const { code, stdout } = await run(['Dockerfile']);
    expect(code).toBe(1);
    expect(stdout).toContain('Dockerfile:2 error copy-context-before-install');
  });

  test.each([
    [['missing/Dockerfile'], 'no Dockerfile at'],
    [['--format', 'sarif'], 'unknown format "sarif"'],
    [['--backend', 'gcs'], 'unknown backend "gcs"'],
    [['--bogus'], "Unknown option '--bogus'"],
    [['a', 'b'], 'expected one Dockerfile'],
  ])('2 for bad input %j', async (argv, message) => {
    await writeFile(join(dir, 'Dockerfile'), clean);
    const { code, stderr, stdout } = await run(argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain('layercache lint --help');
    expect(stdout).toBe('');
  });
});

test('--help prints usage and every rule', async () => {
  const { code, stdout } = await run(['--help']);
  expect(code).toBe(0);
  expect(stdout).toContain('Usage: layercache lint [Dockerfile]');
  expect(stdout).toContain('secret-build-arg');
  expect(stdout).toContain('--format FORMAT');
});

test('--format gitlab --output writes the Code Quality file and prints text', async () => {
  await mkdir(join(dir, 'services', 'api'), { recursive: true });
  await writeFile(join(dir, 'services', 'api', 'Dockerfile'), bad);
  await mkdir(join(dir, 'services', 'api', '.git'));
  const { code, stdout } = await run([
    'services/api/Dockerfile',
    '--format',
    'gitlab',
    '--output',
    'gl-code-quality-report.json',
  ]);
  expect(code).toBe(1);
  expect(stdout).toContain('services/api/Dockerfile:2 error copy-context-before-install');
  const report = JSON.parse(await readFile(join(dir, 'gl-code-quality-report.json'), 'utf8'));
  const paths = report.map((i: { location: { path: string } }) => i.location.path);
  expect(paths).toContain('services/api/Dockerfile');
  // No .dockerignore in the context (the Dockerfile's directory) while it holds .git.
  expect(report.map((i: { check_name: string }) => i.check_name)).toContain('layercache/dockerignore-missing');
});

test('--format json to stdout, --context and --backend are used', async () => {
  await writeFile(
    join(dir, 'app.Dockerfile'),
    'FROM golang:1.22 AS build\nRUN --mount=type=cache,target=/go/pkg/mod go build -o /a .\nFROM alpine:3.20\nCOPY --from=build /a /a\nCOPY . .\n'
  );
  await mkdir(join(dir, 'ctx', 'node_modules'), { recursive: true });
  await writeFile(join(dir, 'ctx', '.dockerignore'), 'dist\n');
  const { code, stdout } = await run(['app.Dockerfile', '--format', 'json', '--backend', 'inline', '--context', 'ctx']);
  expect(code).toBe(0);
  const report = JSON.parse(stdout);
  expect(report.file).toBe('app.Dockerfile');
  expect(report.findings.map((f: { ruleId: string; file: string }) => `${f.file}:${f.ruleId}`)).toEqual([
    'app.Dockerfile:inline-cache-multi-stage',
    'ctx/.dockerignore:context-not-ignored',
  ]);
});

test('a Dockerfile-specific ignore file wins over the context one', async () => {
  await writeFile(join(dir, 'Dockerfile'), 'FROM node:20\nCOPY . .\n');
  await mkdir(join(dir, '.git'));
  await writeFile(join(dir, '.dockerignore'), '.git\n');
  await writeFile(join(dir, 'Dockerfile.dockerignore'), 'dist\n');
  const { stdout } = await run(['--format', 'json']);
  const report = JSON.parse(stdout);
  expect(report.findings.map((f: { file: string; ruleId: string }) => `${f.file}:${f.ruleId}`)).toEqual([
    'Dockerfile.dockerignore:context-not-ignored',
  ]);
});

test('parseLintArgs defaults', () => {
  expect(parseLintArgs([])).toEqual({
    dockerfile: 'Dockerfile',
    format: 'text',
    help: false,
    output: undefined,
    backend: undefined,
    context: undefined,
  });
  expect(parseLintArgs(['-f', 'json', '-o', 'x.json', 'df'])).toMatchObject({
    dockerfile: 'df',
    format: 'json',
    output: 'x.json',
  });
});

test('2 when the --output file cannot be written', async () => {
  await writeFile(join(dir, 'Dockerfile'), clean);
  const { code, stderr } = await run(['--output', 'no/such/dir/report.json']);
  expect(code).toBe(2);
  expect(stderr).toContain('--output: cannot write');
});
