// Bad input through the real CLI entry (in-process): every case exits 2 with a message naming the
// field, before Docker is touched (the spy runner proves no process was started).
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from './main.js';

const project = mkdtempSync(path.join(os.tmpdir(), 'layercache-cli-'));
writeFileSync(path.join(project, 'Dockerfile'), 'FROM scratch\n');
writeFileSync(path.join(project, 'bad.json'), '{ not json');
writeFileSync(path.join(project, 'array.json'), '[1,2]');

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  // No DOCKER_HOST that works and no PATH: reaching Docker would fail with exit 1, not 2.
  const code = await main(args, {
    env: { DOCKER_HOST: 'unix:///nonexistent/docker.sock', PATH: '/nonexistent' },
    cwd: project,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

const REG = 'registry.example.test/app';

describe('layercache build: invalid input exits 2 naming the field', () => {
  test.each<[string, string[], string]>([
    ['unknown backend', ['--backend', 's4'], 'cache.backend'],
    ['registry backend without ref', ['--backend', 'registry'], 'cache.ref'],
    ['local backend without dir', ['--backend', 'local'], 'cache.dir'],
    ['harness backend without settings', ['--backend', 'harness'], 'cache.harness'],
    ['inline without ref or tag', ['--backend', 'inline'], 'cache.ref'],
    ['cache ref with upper case', ['--backend', 'registry', '--cache-ref', 'Registry.test/App'], 'cache.ref'],
    ['cache ref with a digest', ['--backend', 'registry', '--cache-ref', `${REG}@sha256:${'a'.repeat(64)}`], 'cache.ref'],
    ['cache ref with a space', ['--cache-ref', 'reg.test/app cache'], 'cache.ref'],
    ['tag with a bad character', ['--tag', `${REG}:v1!`], 'tags.0'],
    ['tag starting with a dot', ['--tag', `${REG}:.hidden`], 'tags.0'],
    ['tag longer than 128', ['--tag', `${REG}:${'x'.repeat(129)}`], 'tags.0'],
    ['tag with a newline', ['--tag', `${REG}:v1\n--push`], 'tags.0'],
    ['empty tag', ['--tag', ''], 'tags.0'],
    ['build arg with newline', ['--build-arg', 'A=1\n2'], 'buildArgs.A'],
    ['build arg with NUL', ['--build-arg', 'A=1\u00002'], 'buildArgs.A'],
    ['build arg bad name', ['--build-arg', '1A=x'], 'buildArgs.1A'],
    ['build arg not K=V', ['--build-arg', 'NOVALUE'], 'buildArgs'],
    ['label with newline', ['--label', 'a=b\nc'], 'labels.a'],
    ['oversized build arg', ['--build-arg', `A=${'x'.repeat(40_000)}`], 'buildArgs.A'],
    ['unknown cache mode', ['--cache-mode', 'all'], 'cache.mode'],
    ['unknown write policy', ['--cache-write', 'sometimes'], 'cache.write'],
    ['bad platform', ['--platform', 'amd64'], 'platforms.0'],
    ['push+load on multi-platform', ['--push', '--load', '--platform', 'linux/amd64,linux/arm64'], 'load'],
    ['cache dir outside the workspace', ['--backend', 'local', '--cache-dir', '../../elsewhere', '--workspace', '.'], 'cache.dir'],
    ['bad network', ['--network', 'bridge0'], 'network'],
    ['bad target', ['--target', '-stage'], 'target'],
    ['bad sha', ['--sha', 'not-a-sha'], 'cache.keys.sha'],
    ['fork without a PR', ['--fork'], 'cache.keys.fork'],
    ['secret without id', ['--secret', 'src=foo'], 'secrets.0'],
    ['secret file missing', ['--secret', 'id=npm,src=missing.txt'], 'secrets.0.src'],
    ['secret with both src and env', ['--secret', 'id=npm,src=Dockerfile,env=TOKEN'], 'secrets.0'],
    ['missing context', ['does-not-exist'], 'context'],
    ['missing Dockerfile', ['--file', 'Nope.Dockerfile'], 'dockerfile'],
    ['two contexts', ['a', 'b'], 'context'],
    ['unknown flag', ['--cache-reff', 'x'], 'argv'],
    ['unreadable config file', ['--config', 'missing.json'], 'config'],
    ['config file not JSON', ['--config', 'bad.json'], 'config'],
    ['config file not an object', ['--config', 'array.json'], 'config'],
    ['size cap not a number', ['--cache-max-size-mb', 'lots'], 'cache.local.maxSizeMb'],
    ['size cap zero', ['--backend', 'local', '--cache-dir', 'c', '--cache-max-size-mb', '0'], 'cache.local.maxSizeMb'],
    ['empty branch', ['--branch', ' '], 'cache.keys.branch'],
    ['cache timeout not a number', ['--cache-timeout', 'soon'], 'cache.timeout'],
    ['cache timeout negative', ['--cache-timeout=-5'], 'cache.timeout'],
    ['cache timeout not whole seconds', ['--cache-timeout', '1.5'], 'cache.timeout'],
    ['cache mounts with an empty id', ['--cache-mounts', 'a,,b'], 'cache.mounts'],
    ['cache mounts empty', ['--cache-mounts', ''], 'cache.mounts'],
    ['cache mount id the Dockerfile lacks', ['--cache-mounts', '/root/.npm'], 'cache.mounts'],
    ['cache mounts size cap not a number', ['--cache-mounts-max-size-mb', 'big'], 'cache.mountsMaxSizeMb'],
    ['cache mounts size cap zero', ['--cache-mounts-max-size-mb', '0'], 'cache.mountsMaxSizeMb'],
  ])('%s', async (_name, args, field) => {
    const result = await cli(['build', ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(field);
    expect(result.stderr).toMatch(/\[layercache\]|fix:/);
    expect(result.stdout).toBe('');
  });

  test('unknown config fields are named', async () => {
    writeFileSync(path.join(project, 'typo.json'), JSON.stringify({ cache: { backnd: 'registry' } }));
    const result = await cli(['build', '--config', 'typo.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"backnd"');
  });

  test('several bad fields are all listed at once', async () => {
    const result = await cli(['build', '--backend', 'registry', '--tag', 'UPPER:x', '--cache-mode', 'all']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cache.mode');
    // cross-field checks run once the schema passes; the schema error is reported first
    const second = await cli(['build', '--backend', 'registry', '--tag', 'UPPER:x']);
    expect(second.stderr).toContain('tags.0');
    expect(second.stderr).toContain('cache.ref');
  });

  test('a valid dry run exits 0 and prints the argv', async () => {
    const result = await cli(['build', '--backend', 'registry', '--cache-ref', REG, '--branch', 'feat/x', '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`--cache-from type=registry,ref=${REG}:feat-x`);
    expect(result.stdout).toContain(`--cache-from type=registry,ref=${REG}:main`);
  });

  test('no command prints help and exits 2; unknown command exits 2', async () => {
    expect((await cli([])).code).toBe(2);
    const unknown = await cli(['biuld']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "biuld"');
  });
});
