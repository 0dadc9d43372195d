// The daemon is unreachable: the one fault that fails the build (exit code 1), with an error that
// names DOCKER_HOST and how to fix it. Nothing dials the engine after `docker info` fails: no build or inspect
// starts (`buildx version` may, alongside: it is local and dials nothing).
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cachedBuild, EngineError } from '../../src/index.js';
import { runProcess, type ProcessRunner } from '../../src/exec/process.js';
import { freePort } from './support/registry.js';
import { APP, runCli } from './support/build.js';
import { record } from './support/figures.js';

describe('an unreachable Docker daemon', () => {
  test.each([
    {
      what: 'a missing socket',
      host: async () => `unix://${path.join(os.tmpdir(), 'layercache-no-such-dir', 'docker.sock')}`,
    },
    { what: 'a closed TCP port', host: async () => `tcp://127.0.0.1:${await freePort()}` },
  ])('$what: the CLI exits 1 naming DOCKER_HOST and the fix', async ({ what, host }) => {
    const dockerHost = await host();
    const run = await runCli(
      ['build', '.', '--backend', 'none', '--network', 'none', '--build-arg', 'BASE_IMAGE=busybox'],
      APP,
      { ...process.env, DOCKER_HOST: dockerHost }
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`DOCKER_HOST=${dockerHost}`);
    expect(run.stderr).toMatch(/Fix: start Docker, or set DOCKER_HOST/);
    expect(run.stderr.split('\n').filter((l) => l.startsWith('error:'))).toHaveLength(1);
    expect(run.stdout).toBe('');
    record('fault', `daemon unreachable (${what})`, { builds: 1, exitCode: run.code ?? -1, namesDockerHost: 1 });
  });

  test('cachedBuild throws EngineError after docker info: no buildx build or inspect starts', async () => {
    const started: string[] = [];
    const dockerHost = `unix://${path.join(os.tmpdir(), 'layercache-no-such-dir', 'docker.sock')}`;
    // The spy records every child and lets it run: docker info must really fail against the dead socket.
    const run: ProcessRunner = (cmd, args, options) => {
      started.push([cmd, ...args].join(' '));
      return runProcess(cmd, args, options);
    };
    const attempt = cachedBuild(
      { context: APP, network: 'none', cache: { backend: 'none' } },
      { env: { ...process.env, DOCKER_HOST: dockerHost }, cwd: APP, logger: { info: () => {}, warn: () => {} }, run }
    );
    await expect(attempt).rejects.toBeInstanceOf(EngineError);
    await expect(attempt).rejects.toMatchObject({
      exitCode: 1,
      message: expect.stringContaining(`DOCKER_HOST=${dockerHost}`),
    });
    expect(started).toContain('docker info --format {{json .}}');
    const local = ['docker info --format {{json .}}', 'docker buildx version'];
    expect(started.filter((c) => !local.includes(c))).toEqual([]);
  });
});
