// cachedBake against the real engine and registry: a Compose project with two services sharing a
// base stage. Cold, then warm on a fresh runner (every cacheable step of both services cached),
// then a change to one service (only its changed steps rebuild). Plus a failing service via the CLI.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cachedBake, type BakeResult } from '../../src/bake/index.js';
import { runBakeCommand } from '../../src/cli/commands/bake.js';
import type { BakeOptionsInput } from '../../src/bake/index.js';
import {
  copyFixture,
  resetBuilder,
  testEngine,
  uniqueRepo,
  writeFiles,
  type TestEngine,
} from '../../../../test-support/engine.js';

const FIXTURE = path.resolve(import.meta.dirname, 'fixtures/two-services');
let engine: TestEngine;
const lines: string[] = [];
const logger = { info: (l: string) => lines.push(l), warn: (l: string) => lines.push(`warning: ${l}`) };

beforeAll(() => {
  engine = testEngine();
});

function bake(cwd: string, options: BakeOptionsInput): Promise<BakeResult> {
  return cachedBake(options, { env: { ...engine.env, BASE_IMAGE: engine.baseImage }, cwd, logger });
}

const service = (r: BakeResult, name: string) => {
  const s = r.report.services.find((x) => x.service === name);
  if (!s) throw new Error(`no report for service ${name}`);
  return s;
};

describe('compose project with two services sharing a base stage (registry backend)', () => {
  test('cold, warm on a fresh runner, then one service changed', async () => {
    const project = await copyFixture(FIXTURE);
    const ref = uniqueRepo(engine, 'bake');
    const options: BakeOptionsInput = { cache: { backend: 'registry', ref, keys: { branch: 'main' } } };

    await resetBuilder();
    const cold = await bake(project, options);
    expect(cold.report.services.map((s) => s.service)).toEqual(['api', 'web']);
    expect(cold.plan.ignored).toEqual(['db']);
    for (const name of ['api', 'web']) {
      const s = service(cold, name);
      expect(s.status).toBe('ok');
      expect(s.report.writes).toBe(`${ref}/${name}:main`);
      expect(s.report.exportStatus).toBe('ok');
      expect(s.report.totalSteps).toBe(5); // WORKDIR, COPY base, RUN base, COPY src, RUN src
      expect(s.imageDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
      // Nothing came from the (empty) registry cache; at most the base stage is shared in-run.
      expect(s.report.steps.filter((st) => st.cached && !st.name.startsWith('[base')).map((st) => st.name)).toEqual([]);
    }
    expect(cold.report.totalSteps).toBe(10);

    await resetBuilder();
    const warm = await bake(project, options);
    for (const name of ['api', 'web']) {
      const s = service(warm, name).report;
      expect(s.imports.map((i) => i.status)).toEqual(['found']);
      expect(s.totalSteps).toBe(5);
      expect(s.cachedSteps).toBe(s.totalSteps);
      expect(s.firstMiss).toBeNull();
      // fully cached: the service's tag keeps the cache it had (backends.md)
      expect(s.notes?.join('\n')).toMatch(/keeps the cache it had/);
    }
    expect(warm.report).toMatchObject({ totalSteps: 10, cachedSteps: 10, hitRatio: 1, failed: [] });

    await writeFile(path.join(project, 'api', 'main.txt'), 'api source v2\n');
    await resetBuilder();
    const changed = await bake(project, options);
    const web = service(changed, 'web').report;
    expect(web.cachedSteps).toBe(web.totalSteps);
    const api = service(changed, 'api').report;
    expect(api.notes).toBeUndefined(); // it built steps: its export replaces the cache
    expect(api.steps.filter((s) => s.name.startsWith('[base')).every((s) => s.cached)).toBe(true);
    expect(api.steps.filter((s) => s.name.startsWith('[api')).map((s) => s.cached)).toEqual([false, false]);
    expect(api.firstMiss).toMatch(/^\[api 1\/2\] COPY api\//);
    expect(changed.report).toMatchObject({ totalSteps: 10, cachedSteps: 8 });
  });
});

describe('local backend: one snapshot per service', () => {
  test('cold writes <dir>/<service>/main, warm on a fresh runner reads it back for both services', async () => {
    const project = await copyFixture(FIXTURE);
    const options: BakeOptionsInput = { cache: { backend: 'local', dir: '.layercache' } };
    await resetBuilder();
    const cold = await bake(project, options);
    expect(cold.report.services.map((s) => s.report.writes)).toEqual([
      expect.stringContaining(path.join(project, '.layercache', 'api', 'main', 'snapshots')),
      expect.stringContaining(path.join(project, '.layercache', 'web', 'main', 'snapshots')),
    ]);
    await resetBuilder();
    const warm = await bake(project, options);
    expect(warm.report.services.map((s) => s.report.reads)).toEqual([
      [path.join(project, '.layercache/api/main/current')],
      [path.join(project, '.layercache/web/main/current')],
    ]);
    expect(warm.report).toMatchObject({ totalSteps: 10, cachedSteps: 10 });
    expect(warm.report.services.map((s) => /stays as it is/.test(s.report.notes?.join('\n') ?? ''))).toEqual([
      true,
      true,
    ]);
  });
});

describe('the bake command on the real engine', () => {
  test('a failing service fails the run with exit 1, and the JSON report says which', async () => {
    const project = await copyFixture(FIXTURE);
    await writeFiles(project, {
      'Dockerfile.broken': 'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nRUN echo about to fail && exit 3\n',
      'compose.yaml': [
        'services:',
        '  api:',
        '    build: { context: ., target: api, network: none, args: { BASE_IMAGE: "${BASE_IMAGE}" } }',
        '  broken:',
        '    build: { context: ., dockerfile: Dockerfile.broken, network: none, args: { BASE_IMAGE: "${BASE_IMAGE}" } }',
        '',
      ].join('\n'),
    });
    const out = { stdout: '', stderr: '' };
    const code = await runBakeCommand(
      ['--backend', 'registry', '--cache-ref', uniqueRepo(engine, 'bake-fail'), '--report-json', 'report.json', '-q'],
      {
        env: { ...engine.env, BASE_IMAGE: engine.baseImage },
        cwd: project,
        stdout: { write: (c: string) => (out.stdout += c) },
        stderr: { write: (c: string) => (out.stderr += c) },
      }
    );
    expect(code).toBe(1);
    expect(out.stderr).toMatch(/service broken did not build/);
    expect(out.stderr).toMatch(/RUN echo about to fail/);
    const report = JSON.parse(await readFile(path.join(project, 'report.json'), 'utf8'));
    expect(report.failed).toEqual(['broken']);
    expect(report.services.map((s: { service: string; status: string }) => [s.service, s.status])).toContainEqual([
      'broken',
      'failed',
    ]);
    expect(`${out.stdout}\n${out.stderr}`.split('\n').filter((l) => /^::[a-z-]+/.test(l.trim()))).toEqual([]);
  });
});
