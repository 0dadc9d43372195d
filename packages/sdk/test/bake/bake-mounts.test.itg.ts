// cachedBake with cache mounts: each service's mounts are saved to, and restored from, that
// service's own cache (local backend: <dir>/<service>/<branch>/mounts). Fresh runners: an emptied
// builder each time. The mount of each service must come back holding what that service wrote.
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { cachedBake, type BakeResult } from '../../src/bake/index.js';
import { resetBuilder, testEngine, writeFiles, type TestEngine } from '../../../../test-support/engine.js';

let engine: TestEngine;
beforeAll(() => {
  engine = testEngine();
});

const dockerfile = (name: string) => `ARG BASE_IMAGE
FROM \${BASE_IMAGE}
COPY ${name}.txt /dep.txt
RUN --mount=type=cache,id=${name}-pkgs,target=/cache \\
  if [ -f /cache/${name} ]; then echo warm > /state; else echo ${name} > /cache/${name} && echo cold > /state; fi
`;

const COMPOSE = `services:
  api:
    build: { context: ., dockerfile: api.Dockerfile, network: none, args: { BASE_IMAGE: "\${BASE_IMAGE}" } }
  web:
    build: { context: ., dockerfile: web.Dockerfile, network: none, args: { BASE_IMAGE: "\${BASE_IMAGE}" } }
`;

test('each service keeps its own mounts in its own cache', async () => {
  const project = await mkdtemp(path.join(os.tmpdir(), 'lc-bake-mounts-'));
  await writeFiles(project, {
    'compose.yaml': COMPOSE,
    'api.Dockerfile': dockerfile('api'),
    'web.Dockerfile': dockerfile('web'),
    'api.txt': '1',
    'web.txt': '1',
  });
  const bake = async (): Promise<BakeResult> => {
    await resetBuilder();
    return cachedBake(
      { cache: { backend: 'local', dir: '.layercache' } },
      { env: { ...engine.env, BASE_IMAGE: engine.baseImage }, cwd: project, logger: { info: () => {}, warn: () => {} } }
    );
  };
  const mountsOf = (r: BakeResult) =>
    Object.fromEntries(
      r.report.services.map((s) => [s.service, s.report.mounts?.map((m) => [m.id, m.restore.status, m.save?.status])])
    );

  const cold = await bake();
  expect(mountsOf(cold)).toEqual({ api: [['api-pkgs', 'missing', 'saved']], web: [['web-pkgs', 'missing', 'saved']] });
  for (const name of ['api', 'web'])
    expect(await readdir(path.join(project, '.layercache', name, 'main', 'mounts'))).toHaveLength(1);

  await writeFile(path.join(project, 'api.txt'), '2');
  await writeFile(path.join(project, 'web.txt'), '2');
  const warm = await bake();
  expect(mountsOf(warm)).toEqual({
    api: [['api-pkgs', 'restored', 'unchanged']],
    web: [['web-pkgs', 'restored', 'unchanged']],
  });
  expect(warm.report.services.map((s) => s.report.mounts?.[0]?.restore.from)).toEqual([
    path.join(project, '.layercache', 'api', 'main', 'mounts'),
    path.join(project, '.layercache', 'web', 'main', 'mounts'),
  ]);
});
