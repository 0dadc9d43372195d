// A run parses its options once: the zod schemas are spied on and counted through cachedBuild and
// cachedBake. The engine is a stand-in (a process seam that answers every buildx call with exit 0,
// and preflight facts handed in): this counts the SDK's own work, not Docker's.
import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { bakeOptionsSchema } from '../bake/options.js';
import { cachedBake } from '../bake/bake.js';
import { cachedBuild } from '../build.js';
import { buildOptionsSchema } from '../options/schema.js';
import { STAND_IN_ENGINE, standInBuildx } from '../../../../test-support/stand-in-engine.js';



async function project(files: Record<string, string>) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'layercache-parse-once-'));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  // The docker CLI the input checks look for; the stand-in runner never starts it.
  const docker = path.join(dir, 'docker');
  await writeFile(docker, '#!/bin/sh\nexit 1\n');
  await chmod(docker, 0o755);
  return { dir, docker, env: { PATH: process.env.PATH, DOCKER_HOST: 'unix:///stand-in.sock' } };
}

afterEach(() => vi.restoreAllMocks());

test('cachedBuild parses its options once, from input to plan', async () => {
  const { dir, docker, env } = await project({ Dockerfile: 'FROM scratch\nCOPY a /a\n', a: 'x' });
  const parses = vi.spyOn(buildOptionsSchema, 'safeParse');
  const options = { context: '.', dockerPath: docker, cache: { backend: 'local' as const, dir: '.cache', keys: { branch: 'main' } } };
  const result = await cachedBuild(options, { env, cwd: dir, run: standInBuildx, preflight: STAND_IN_ENGINE });
  expect(result.plan.backend).toBe('local');
  expect(parses).toHaveBeenCalledTimes(1);
});

test('cachedBake parses the bake options once, and each service once', async () => {
  const compose = 'services:\n  api:\n    build: ./api\n  web:\n    build: ./web\n';
  const { dir, docker, env } = await project({ 'compose.yaml': compose });
  for (const s of ['api', 'web']) {
    await import('node:fs/promises').then((fs) => fs.mkdir(path.join(dir, s)));
    await writeFile(path.join(dir, s, 'Dockerfile'), 'FROM scratch\n');
  }
  const bakeParses = vi.spyOn(bakeOptionsSchema, 'safeParse');
  const serviceParses = vi.spyOn(buildOptionsSchema, 'safeParse');
  const options = { dockerPath: docker, cache: { backend: 'local' as const, dir: '.cache', keys: { branch: 'main' } } };
  const result = await cachedBake(options, { env, cwd: dir, run: standInBuildx, preflight: STAND_IN_ENGINE });
  expect(result.plan.services.map((s) => s.service)).toEqual(['api', 'web']);
  expect(bakeParses).toHaveBeenCalledTimes(1);
  expect(serviceParses).toHaveBeenCalledTimes(2);
});
