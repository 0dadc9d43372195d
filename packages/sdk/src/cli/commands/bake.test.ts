// The bake command's argv handling and exit codes. --dry-run on a Compose file touches no Docker,
// so these run anywhere; real builds are in test/bake/*.test.itg.ts.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigError } from '../../errors.js';
import { parseBakeArgs, runBakeCommand } from './bake.js';

async function run(argv: string[], cwd = os.tmpdir(), env: Record<string, string> = {}) {
  const out = { stdout: '', stderr: '' };
  const code = await runBakeCommand(argv, {
    env,
    cwd,
    stdout: { write: (c: string) => (out.stdout += c) },
    stderr: { write: (c: string) => (out.stderr += c) },
  });
  return { code, ...out };
}

describe('parseBakeArgs', () => {
  test("-f repeats, positionals are targets, cache and key flags map like build's", () => {
    const c = parseBakeArgs([
      '-f',
      'compose.yaml',
      'api',
      '--file=compose.ci.yaml',
      '--backend',
      'registry',
      '--cache-ref',
      'reg.test/c',
      '--branch',
      'feat/x',
      '--push',
      'web',
      '--report-json',
      'r.json',
      '-q',
    ]);
    expect(c.options).toEqual({
      files: ['compose.yaml', 'compose.ci.yaml'],
      targets: ['api', 'web'],
      push: true,
      cache: { backend: 'registry', ref: 'reg.test/c', keys: { branch: 'feat/x' } },
    });
    expect(c).toMatchObject({ reportJson: 'r.json', quiet: true, dryRun: false });
  });

  test.each([
    ['--tag', 'x'],
    ['-t', 'x'],
    ['--network', 'none'],
    ['--build-arg', 'A=1'],
    ['--target', 'api'],
  ])('%s is per service: refused', (flag, value) => {
    expect(() => parseBakeArgs([flag, value])).toThrow(ConfigError);
    expect(() => parseBakeArgs([flag, value])).toThrow(/is set per service/);
  });

  test('an unknown flag is bad input', () => {
    expect(() => parseBakeArgs(['--cache-reff', 'x'])).toThrow(/argv: Unknown option '--cache-reff'/);
  });
});

describe('runBakeCommand exit codes', () => {
  test('--help: 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: layercache bake/);
  });

  test('bad input: 2, naming the field and the fix', async () => {
    const r = await run(['--backend', 'registry', '--dry-run'], await mkdtemp(path.join(os.tmpdir(), 'lc-empty-')));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/files: no compose.yaml/);
  });

  test("--dry-run --json prints each service's refs, with the env given (not process.env)", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lc-bake-'));
    await mkdir(path.join(dir, 'api'));
    await writeFile(path.join(dir, 'api', 'Dockerfile'), 'FROM scratch\n');
    await writeFile(path.join(dir, 'compose.yaml'), 'services:\n  api:\n    build: ${API_DIR:-./missing}\n');
    const r = await run(
      ['--dry-run', '--json', '--backend', 'registry', '--cache-ref', 'reg.test/c', '--branch', 'main'],
      dir,
      { API_DIR: './api' }
    );
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.cwd).toBe(dir);
    expect(plan.services).toEqual([
      expect.objectContaining({
        service: 'api',
        slug: 'api',
        reads: ['reg.test/c/api:main'],
        writes: 'reg.test/c/api:main',
      }),
    ]);
    expect(plan.args.slice(-3)).toEqual([
      '--set',
      expect.stringMatching(/^api\.cache-to=type=registry,ref=reg\.test\/c\/api:main,/),
      'api',
    ]);
    expect((await run(['--dry-run', '--backend', 'none'], dir)).code).toBe(2); // without API_DIR the default ./missing has no Dockerfile
  });
});
