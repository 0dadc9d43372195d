// layercache doctor against the real engine, registry and a local cache directory.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cachedBuild, parseOptions } from '../src/index.js';
import { runDoctor } from '../src/doctor/run.js';
import { copyFixture, testEngine, uniqueRepo, type TestEngine } from '../../../test-support/engine.js';

const EXAMPLE = path.resolve(import.meta.dirname, '../../../examples/app');
let engine: TestEngine;
beforeAll(() => {
  engine = testEngine();
});
const quiet = { info: () => {}, warn: () => {} };

describe('layercache doctor on the real engine', () => {
  test('registry: engine facts, registry reachable, refs present or absent', async () => {
    const context = await copyFixture(EXAMPLE);
    const ref = uniqueRepo(engine, 'doctor');
    await cachedBuild(
      { context, network: 'none', buildArgs: { BASE_IMAGE: engine.baseImage }, cache: { backend: 'registry', ref } },
      { env: engine.env, cwd: context, logger: quiet }
    );
    const items = await runDoctor({
      options: parseOptions({ context, cache: { backend: 'registry', ref, keys: { branch: 'feat/new' } } }),
      env: { ...engine.env, GITLAB_CI: 'true' },
      cwd: context,
    });
    const byId = Object.fromEntries(items.map((i) => [i.id, i]));
    expect(byId.daemon!.status).toBe('pass');
    expect(byId.exporters!.detail).toMatch(/registry/);
    // Both test engines' docker driver reports BuildKit v0.0.0+unknown: doctor says how it got a version,
    // and that buildx's own feature probe backs the exporters (docker --debug buildx inspect).
    expect(byId.buildx!.detail).toMatch(
      /BuildKit (\d+\.\d+\.\d+ \(reported v0\.0\.0\+unknown; taken from Docker Engine \d|v?\d+\.\d+\.\d+,)/
    );
    expect(byId.exporters!.detail).toMatch(/probed: buildx reports Cache export: true/);
    expect(byId[`registry:${engine.registry}`]!.status).toBe('pass');
    expect(byId[`ref:${ref}:main`]!.detail).toBe('exists');
    expect(byId[`ref:${ref}:feat-new`]!.detail).toMatch(/absent: a cold start/);
    expect(byId.keys!.detail).toMatch(/GitLab CI; branch build/);
    expect(byId['cache-sizes']!.detail).toMatch(
      /^main: [\d.]+ [KM]iB own \+ 0 B shared, written .*; total [\d.]+ [KM]iB, of which 0 B shared/
    );
    expect(items.every((i) => i.status === 'pass')).toBe(true);
  });

  test('local: a healthy cache passes, a truncated index.json warns, a dead daemon fails', async () => {
    const context = await copyFixture(EXAMPLE);
    const dir = path.join(context, 'cache');
    await cachedBuild(
      { context, network: 'none', buildArgs: { BASE_IMAGE: engine.baseImage }, cache: { backend: 'local', dir } },
      { env: engine.env, cwd: context, logger: quiet }
    );
    const options = parseOptions({ context, cache: { backend: 'local', dir } });
    const healthy = (await runDoctor({ options, env: engine.env, cwd: context })).find((i) =>
      i.id.startsWith('local:')
    )!;
    expect(healthy.status).toBe('pass');
    expect(healthy.detail).toMatch(/healthy, \d+\.\d MB/);
    expect(
      (await runDoctor({ options, env: engine.env, cwd: context })).find((i) => i.id === 'cache-sizes')?.detail
    ).toMatch(/^main: [\d.]+ [KM]iB own/);
    await writeFile(path.join(dir, 'main', 'current', 'index.json'), '{"manif');
    const broken = (await runDoctor({ options, env: engine.env, cwd: context })).find((i) =>
      i.id.startsWith('local:')
    )!;
    expect(broken.status).toBe('warn');
    const dead = await runDoctor({
      options,
      env: { ...engine.env, DOCKER_HOST: `unix://${await mkdtemp(path.join(os.tmpdir(), 'x'))}/none.sock` },
      cwd: context,
    });
    expect(dead.find((i) => i.id === 'daemon')).toMatchObject({
      status: 'fail',
      detail: expect.stringContaining('DOCKER_HOST'),
    });
  });
});
