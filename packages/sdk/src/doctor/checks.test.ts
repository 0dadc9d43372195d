import { describe, expect, test } from 'vitest';
import { planBuild } from '../plan/build-plan.js';
import type { PreflightReport } from '../preflight/preflight.js';
import { detectPlatform, doctorChecks, renderChecks, type DoctorFacts } from './checks.js';

const engine: PreflightReport = {
  exporters: ['inline', 'registry', 'local'],
  imageManifest: true,
  summary: 'docker driver',
  buildkitSource: 'engine',
  exportersSource: 'probed',
  dockerHost: 'unix:///x.sock',
  engineVersion: '26.1.5',
  containerdStore: true,
  buildxVersion: '0.13.1',
  builder: 'default',
  driver: 'docker',
  buildkitVersion: '0.13.0',
};
const facts = (over: Partial<DoctorFacts> = {}): DoctorFacts => ({
  plan: planBuild({ cache: { backend: 'registry', ref: 'reg.test/app/cache', keys: { branch: 'feat' } } }),
  engine,
  registries: [],
  refs: [],
  localCaches: [],
  platform: 'GitLab CI',
  ...over,
});
const status = (f: DoctorFacts, id: string) => doctorChecks(f).find((i) => i.id === id)?.status;

describe('doctorChecks', () => {
  test('a healthy set-up passes every item', () => {
    const items = doctorChecks(
      facts({
        registries: [{ registry: 'reg.test', answer: { status: 'ok' }, authenticated: true }],
        refs: [{ ref: 'reg.test/app/cache:feat', answer: { status: 'not-found' } }],
      })
    );
    expect(items.map((i) => i.status)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass', 'pass']);
    expect(renderChecks(items)).toMatch(/absent: a cold start, not a miss/);
  });
  test.each<[string, Partial<DoctorFacts>, string, string]>([
    ['daemon unreachable fails', { engine: { error: 'not reachable at DOCKER_HOST=x' } }, 'daemon', 'fail'],
    [
      'no containerd store: registry backend fails with a fix',
      { engine: { ...engine, containerdStore: false, exporters: ['inline'] } },
      'exporters',
      'fail',
    ],
    [
      'registry 401 fails',
      {
        registries: [
          { registry: 'reg.test', answer: { status: 'unauthorized', httpStatus: 401 }, authenticated: false },
        ],
      },
      'registry:reg.test',
      'fail',
    ],
    ['unknown ref state warns', { refs: [{ ref: 'r:x', answer: { status: 'forbidden' } }] }, 'ref:r:x', 'warn'],
    [
      'broken local cache warns',
      { localCaches: [{ path: '/c/main/current', exists: true, indexReadable: false, bytes: 0 }] },
      'local:/c/main/current',
      'warn',
    ],
  ])('%s', (_n, over, id, expected) => {
    expect(status(facts(over), id)).toBe(expected);
    const item = doctorChecks(facts(over)).find((i) => i.id === id)!;
    expect(item.fix).toBeTruthy();
  });
  test.each<[string, Partial<PreflightReport>, RegExp, RegExp]>([
    [
      "v0.0.0+unknown: the engine's BuildKit, and buildx's probe",
      { buildkitReported: 'v0.0.0+unknown', features: { 'Cache export': true } },
      /BuildKit 0\.13\.0 \(reported v0\.0\.0\+unknown; taken from Docker Engine 26\.1\.5/,
      /probed: buildx reports Cache export: true/,
    ],
    [
      "a reported version, the driver's list",
      {
        driver: 'remote',
        buildkitSource: 'reported',
        exportersSource: 'driver',
        buildkitVersion: '0.25.1',
        buildkitReported: 'v0.25.1',
      },
      /BuildKit 0\.25\.1, image-manifest yes/,
      /from the remote driver's documented exporters/,
    ],
    [
      'a bare commit: unknown',
      {
        driver: 'docker-container',
        buildkitSource: 'unknown',
        buildkitVersion: undefined,
        buildkitReported: '37657a1',
      },
      /BuildKit unknown \(reported 37657a1; features probed from buildx instead\), features unknown/,
      /probed/,
    ],
  ])('doctor says where the BuildKit version and exporters came from: %s', (_n, over, buildx, exporters) => {
    const items = doctorChecks(facts({ engine: { ...engine, ...over } }));
    expect(items.find((i) => i.id === 'buildx')!.detail).toMatch(buildx);
    expect(items.find((i) => i.id === 'exporters')!.detail).toMatch(exporters);
  });
  test('an unreachable daemon: the fix is the one preflight gave for that endpoint', () => {
    const error =
      '[layercache] the Docker daemon is not reachable at DOCKER_HOST=tcp://docker:2376, plain TCP without TLS (…). Fix: this port speaks TLS: set DOCKER_TLS_VERIFY=1.';
    const item = doctorChecks(facts({ engine: { error } })).find((i) => i.id === 'daemon')!;
    expect(item).toMatchObject({
      status: 'fail',
      detail: error.slice(0, error.indexOf('. Fix: ')),
      fix: 'this port speaks TLS: set DOCKER_TLS_VERIFY=1',
    });
  });
  test('detectPlatform', () => {
    expect(detectPlatform({ GITLAB_CI: 'true' })).toBe('GitLab CI');
    expect(detectPlatform({ SEMAPHORE: 'true', CI: 'true' })).toBe('Semaphore');
    expect(detectPlatform({})).toBeUndefined();
  });
});
