// The zero-install promise (issue #14): every package packs to a self-contained tarball (no
// runtime dependency, no native addon, no install script), the tarballs install offline into an
// empty directory, and every bin runs from there. No engine is needed: --help, --dry-run and the
// adapters' bad-input exits touch nothing; this lives with the integration tests since it needs
// the built packages. (Install time and sizes are measured by `pnpm bench`, not asserted here.)
import { execFile } from 'node:child_process';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { installOffline, packAll, type Packed } from './packed.js';

const run = promisify(execFile);
const MAX_PACKED_BYTES = 5 * 1024 * 1024;
let packed: Packed;
let installed: Awaited<ReturnType<typeof installOffline>>;

beforeAll(async () => {
  packed = await packAll();
  installed = await installOffline(Object.values(packed.tarballs));
}, 120_000);

/** Runs an installed bin with only PATH and HOME: nothing from this workspace or the CI env. */
async function bin(name: string, args: string[], env: Record<string, string> = {}) {
  const clean = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: installed.dir, ...env };
  return run(installed.bin(name), args, { cwd: installed.dir, env: clean }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code?: number; stdout?: string; stderr?: string }) => ({
      code: e.code ?? -1,
      stdout: e.stdout ?? '',
      stderr: e.stderr ?? '',
    })
  );
}

describe('the packed packages', () => {
  test('carry no runtime dependency, install script or native addon, and stay under 5 MB', async () => {
    for (const [name, tarball] of Object.entries(packed.tarballs)) {
      expect((await stat(tarball)).size, name).toBeLessThanOrEqual(MAX_PACKED_BYTES);
      const { stdout: files } = await run('tar', ['-tzf', tarball]);
      expect(
        files.split('\n').filter((f) => f.endsWith('.node')),
        name
      ).toEqual([]);
      const manifest = JSON.parse((await run('tar', ['-xzOf', tarball, 'package/package.json'])).stdout);
      expect(manifest.dependencies ?? {}, name).toEqual({});
      for (const hook of ['preinstall', 'install', 'postinstall'])
        expect(manifest.scripts?.[hook], `${name} ${hook}`).toBeUndefined();
      expect(manifest.exports['.'].types, name).toBe('./dist/index.d.ts');
      expect(files, name).toContain('package/dist/index.d.ts');
    }
    // npm installed exactly our five packages: nothing else was needed (the cache was empty).
    const lock = JSON.parse(await readFile(path.join(installed.dir, 'package-lock.json'), 'utf8'));
    expect(
      Object.keys(lock.packages)
        .filter((k) => k !== '')
        .sort()
    ).toEqual(['circleci', 'gitlab', 'harness', 'sdk', 'semaphore'].map((n) => `node_modules/@layercache/${n}`));
  });

  test('layercache: --help, --version and a build --dry-run', async () => {
    const help = await bin('layercache', ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage:');
    const version = await bin('layercache', ['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const ctx = path.join(installed.dir, 'app');
    await mkdir(ctx, { recursive: true });
    await writeFile(path.join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY Dockerfile /\n');
    const dry = await bin('layercache', [
      'build',
      'app',
      '--backend',
      'local',
      '--cache-dir',
      path.join(installed.dir, 'cache'),
      '--tag',
      'example.test/app:1',
      '--dry-run',
    ]);
    expect(dry.stderr).toContain('# backend local');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^docker buildx build .*--cache-from type=local,src=/m);
    const json = await bin('layercache', [
      'build',
      'app',
      '--backend',
      'inline',
      '--tag',
      'example.test/app:1',
      '--dry-run',
      '--json',
    ]);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    expect(JSON.stringify(JSON.parse(json.stdout))).toContain('example.test/app:1');
  });

  test('each adapter bin runs from the install', async () => {
    for (const name of ['layercache-gitlab', 'layercache-semaphore']) {
      const help = await bin(name, ['--help']);
      expect(help.code, name).toBe(0);
      expect(help.stdout, name).toContain(`Usage: ${name}`);
    }
    // These two take their settings from the platform's variables only: with none set they must
    // name the missing setting and exit 2 (bad input) — which proves the bundle loaded and ran.
    for (const name of ['layercache-circleci', 'layercache-harness']) {
      const result = await bin(name, []);
      expect(result.code, name).toBe(2);
      expect(result.stderr, name).toContain('invalid options');
    }
  });
});
