import { describe, expect, test } from 'vitest';
import { planBuild } from '../plan/build-plan.js';
import type { PreflightReport } from '../preflight/preflight.js';
import { detectPlatform, doctorChecks, renderChecks, type DoctorFacts } from './checks.js';

const engine: PreflightReport = {
  exporters: ['inline', 'registry', 'local'], imageManifest: true, summary: 'docker driver', dockerHost: 'unix:///x.sock', engineVersion: '26.1.5',
  containerdStore: true, buildxVersion: '0.13.1', builder: 'default', driver: 'docker', buildkitVersion: '0.13.0',
};
const facts = (over: Partial<DoctorFacts> = {}): DoctorFacts => ({
  plan: planBuild({ cache: { backend: 'registry', ref: 'reg.test/app/cache', keys: { branch: 'feat' } } }),
  engine, registries: [], refs: [], localCaches: [], platform: 'GitLab CI', ...over,
});
const status = (f: DoctorFacts, id: string) => doctorChecks(f).find((i) => i.id === id)?.status;

describe('doctorChecks', () => {
  test('a healthy set-up passes every item', () => {
    const items = doctorChecks(facts({ registries: [{ registry: 'reg.test', answer: { status: 'ok' }, authenticated: true }], refs: [{ ref: 'reg.test/app/cache:feat', answer: { status: 'not-found' } }] }));
    expect(items.map((i) => i.status)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass', 'pass']);
    expect(renderChecks(items)).toMatch(/absent: a cold start, not a miss/);
  });
  test.each<[string, Partial<DoctorFacts>, string, string]>([
    ['daemon unreachable fails', { engine: { error: 'not reachable at DOCKER_HOST=x' } }, 'daemon', 'fail'],
    ['no containerd store: registry backend fails with a fix', { engine: { ...engine, containerdStore: false, exporters: ['inline'] } }, 'exporters', 'fail'],
    ['registry 401 fails', { registries: [{ registry: 'reg.test', answer: { status: 'unauthorized', httpStatus: 401 }, authenticated: false }] }, 'registry:reg.test', 'fail'],
    ['unknown ref state warns', { refs: [{ ref: 'r:x', answer: { status: 'forbidden' } }] }, 'ref:r:x', 'warn'],
    ['broken local cache warns', { localCaches: [{ path: '/c/main/current', exists: true, indexReadable: false, bytes: 0 }] }, 'local:/c/main/current', 'warn'],
  ])('%s', (_n, over, id, expected) => {
    expect(status(facts(over), id)).toBe(expected);
    const item = doctorChecks(facts(over)).find((i) => i.id === id)!;
    expect(item.fix).toBeTruthy();
  });
  test('an unreachable daemon: the fix is the one preflight gave for that endpoint', () => {
    const error = '[layercache] the Docker daemon is not reachable at DOCKER_HOST=tcp://docker:2376, plain TCP without TLS (…). Fix: this port speaks TLS: set DOCKER_TLS_VERIFY=1.';
    const item = doctorChecks(facts({ engine: { error } })).find((i) => i.id === 'daemon')!;
    expect(item).toMatchObject({ status: 'fail', detail: error.slice(0, error.indexOf('. Fix: ')), fix: 'this port speaks TLS: set DOCKER_TLS_VERIFY=1' });
  });
  test('detectPlatform', () => {
    expect(detectPlatform({ GITLAB_CI: 'true' })).toBe('GitLab CI');
    expect(detectPlatform({ SEMAPHORE: 'true', CI: 'true' })).toBe('Semaphore');
    expect(detectPlatform({})).toBeUndefined();
  });
});
