// Per-service reports from progress captured on the real engine (test/bake/fixtures/progress):
// two-services-shared-base: `bake` of api + web sharing a base stage, cold (registry refs not there yet);
// one-service-fails: a target whose RUN exits 3 next to one that builds (compose name "My_Svc.v2").
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { JsonObjectSplitter } from '../report/json-stream.js';
import { ProgressTracker, type SolveStatus } from '../report/progress.js';
import type { ServicePlan } from './plan.js';
import { stripTarget, TargetRouter, targetVertices } from './progress-routing.js';
import { buildBakeReport, renderBakeMarkdown, renderBakeSummary } from './report.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../test/bake/fixtures/progress');

/** Feeds a capture in small chunks, as the process seam would. */
function track(file: string, targets: string[]) {
  const text = readFileSync(path.join(FIXTURES, file), 'utf8');
  const splitter = new JsonObjectSplitter();
  const router = new TargetRouter(targets);
  const tracker = new ProgressTracker();
  for (let i = 0; i < text.length; i += 333) {
    for (const json of splitter.push(text.slice(i, i + 333)).objects) {
      // buildx's error text can hold braces (a Dockerfile excerpt with ${ARG}); cachedBake skips those too.
      if (json.startsWith('{\n')) tracker.apply(router.route(JSON.parse(json) as SolveStatus));
    }
  }
  return tracker.vertices();
}

const plan = (service: string, target = service) =>
  ({
    service,
    target,
    slug: service,
    sets: [],
    build: {
      backend: 'registry',
      cacheFrom: [`type=registry,ref=reg/${service}:main`],
      cacheTo: ['x'],
      reads: [`reg/${service}:main`],
      writes: `reg/${service}:main`,
    },
  } as unknown as ServicePlan);

describe('progress of one bake run -> one report per service', () => {
  test('each service gets its own steps, imports and exports, though the two share vertex digests', () => {
    const vertices = track('two-services-shared-base.rawjson', ['api', 'web']);
    const api = targetVertices(vertices, 'api');
    expect(
      api.every((v) => !v.name.startsWith('[api ') || v.name.startsWith('[api 1/2]') || v.name.startsWith('[api 2/2]'))
    ).toBe(true);
    expect(api.map((v) => v.name)).toContain('importing cache manifest from 127.0.0.1:5067/explore/bk1/api:main');
    expect(api.map((v) => v.name)).not.toContain('importing cache manifest from 127.0.0.1:5067/explore/bk1/web:main');

    const r = buildBakeReport({
      vertices,
      services: [plan('api'), plan('web')],
      runSucceeded: true,
      metadata: { api: { 'containerimage.digest': 'sha256:aa' } },
      warnings: {},
    });
    const steps = (name: string) =>
      r.services.find((s) => s.service === name)!.report.steps.map((s) => [s.name.replace(/ \|.*/, ''), s.cached]);
    expect(steps('api')).toEqual([
      ['[base 2/4] WORKDIR /app', false],
      ['[base 3/4] COPY base/ ./base/', false],
      ['[base 4/4] RUN cat base/*', false],
      ['[api 1/2] COPY api/ ./api/', false],
      ['[api 2/2] RUN cat api/* base.sum', false],
    ]);
    // web reused the base steps api was running (BuildKit solved them once for both).
    expect(steps('web')).toEqual([
      ['[base 2/4] WORKDIR /app', false],
      ['[base 3/4] COPY base/ ./base/', true],
      ['[base 4/4] RUN cat base/*', true],
      ['[web 1/2] COPY web/ ./web/', false],
      ['[web 2/2] RUN cat web/* base.sum', false],
    ]);
    expect(r).toMatchObject({ totalSteps: 10, cachedSteps: 2, hitRatio: 0.2, failed: [] });
    expect(r.services.map((s) => [s.service, s.status, s.imageDigest, s.report.imports.map((i) => i.status)])).toEqual([
      ['api', 'ok', 'sha256:aa', ['missing']],
      ['web', 'ok', undefined, ['missing']],
    ]);
    expect(renderBakeSummary(r, 2000)).toMatch(
      /^layercache bake: 2\/10 steps cached \(20%\) in 2\.0s\n {2}api +0\/5 cached {2}registry/
    );
    expect(renderBakeMarkdown(r, 2000)).toContain(
      '| `web` | ✅ | 2/5 | `[base 2/4] WORKDIR /app` | `reg/web:main` | `reg/web:main` |'
    );
  });

  test('a failing service is named; the other one is not blamed', () => {
    const vertices = track('one-service-fails.rawjson', ['My_Svc_v2', 'bad']);
    const r = buildBakeReport({
      vertices,
      services: [plan('My_Svc.v2', 'My_Svc_v2'), plan('bad')],
      runSucceeded: false,
      metadata: {},
      warnings: {},
    });
    expect(r.failed).toEqual(['bad']);
    const bad = r.services.find((s) => s.service === 'bad')!;
    expect(bad.status).toBe('failed');
    expect(bad.error).toMatch(/^\[2\/2\] RUN sleep 1; exit 3: process .* exit code: 3/);
    expect(r.services.find((s) => s.service === 'My_Svc.v2')!.status).not.toBe('failed');
  });
});

test.each([
  ['[api base 2/4] RUN x', 'api', '[base 2/4] RUN x'],
  ['[api 1/2] COPY . .', 'api', '[1/2] COPY . .'],
  ['[api] exporting cache to registry', 'api', 'exporting cache to registry'],
  ['[api internal] load build context', 'api', '[internal] load build context'],
  ['[api-v2 1/2] COPY', 'api', '[api-v2 1/2] COPY'],
])('stripTarget(%s, %s) = %s', (name, target, out) => {
  expect(stripTarget(name, target)).toBe(out);
});

test("the router prefers the longest target name and keeps bake's own vertices apart", () => {
  const router = new TargetRouter(['api', 'api-v2']);
  expect(router.targetOf('[api-v2 base 1/2] RUN')).toBe('api-v2');
  expect(router.targetOf('[api] exporting to image')).toBe('api');
  expect(router.targetOf('[internal] load local bake definitions')).toBeUndefined();
});
