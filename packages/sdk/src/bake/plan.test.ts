import { describe, expect, test } from 'vitest';
import { ConfigError } from '../errors.js';
import { parseCompose } from './compose.js';
import { planBake } from './plan.js';
import { serviceCacheRef } from './options.js';

const project = parseCompose({
  file: 'compose.yaml',
  env: {},
  text: `
services:
  api:
    build: { context: ., target: api, cache_from: ["type=registry,ref=reg.test/legacy:api"] }
  My.Web:
    build: { context: web, tags: [reg.test/web:1] }
  db:
    image: postgres
`,
});
const facts = { project, files: ['/p/compose.yaml'], metadataFile: '/tmp/m.json' };

describe('planBake: exact bake argv, one cache per service', () => {
  test("registry: <ref>/<slug>:<branch> per service, the file's cache_from after layercache's", () => {
    const p = planBake({ cache: { backend: 'registry', ref: 'reg.test/cache', keys: { branch: 'feat/x' } } }, facts);
    const ex = 'mode=max,image-manifest=true,oci-mediatypes=true,ignore-error=true';
    expect(p.args).toEqual([
      'buildx',
      'bake',
      '--progress=rawjson',
      '--metadata-file',
      '/tmp/m.json',
      '--file',
      '/p/compose.yaml',
      '--set',
      'api.cache-from=type=registry,ref=reg.test/cache/api:feat-x',
      '--set',
      'api.cache-from=type=registry,ref=reg.test/cache/api:main',
      '--set',
      'api.cache-from=type=registry,ref=reg.test/legacy:api',
      '--set',
      `api.cache-to=type=registry,ref=reg.test/cache/api:feat-x,${ex}`,
      '--set',
      'My_Web.cache-from=type=registry,ref=reg.test/cache/my-web:feat-x',
      '--set',
      'My_Web.cache-from=type=registry,ref=reg.test/cache/my-web:main',
      '--set',
      `My_Web.cache-to=type=registry,ref=reg.test/cache/my-web:feat-x,${ex}`,
      'api',
      'My_Web',
    ]);
    expect(p.services.map((s) => [s.service, s.target, s.build.writes])).toEqual([
      ['api', 'api', 'reg.test/cache/api:feat-x'],
      ['My.Web', 'My_Web', 'reg.test/cache/my-web:feat-x'],
    ]);
    expect(p.ignored).toEqual(['db']);
    expect(p.notes).toContain('services without a build section are not built: db');
  });

  test('local: <dir>/<slug>/<branch> per service; push, builder and no-cache flags', () => {
    const p = planBake(
      { builder: 'ci', push: true, noCache: true, cache: { backend: 'local', dir: '/c' } },
      { ...facts, runId: 'r1', localCaches: new Set(['/c/api/main/current']) }
    );
    expect(p.args.slice(0, 11)).toEqual([
      'buildx',
      'bake',
      '--builder',
      'ci',
      '--progress=rawjson',
      '--metadata-file',
      '/tmp/m.json',
      '--file',
      '/p/compose.yaml',
      '--push',
      '--no-cache',
    ]);
    expect(p.services.map((s) => [s.build.reads, s.build.writes])).toEqual([
      [['/c/api/main/current'], '/c/api/main/snapshots/r1'],
      [[], '/c/my-web/main/snapshots/r1'],
    ]);
  });

  test("the write policy is the single build's: a PR from a fork reads, never writes", () => {
    const p = planBake(
      {
        cache: {
          backend: 'registry',
          ref: 'reg.test/cache',
          keys: { branch: 'fix', prId: '7', prTargetBranch: 'main', fork: true },
        },
      },
      facts
    );
    expect(p.services.every((s) => s.build.writes === undefined && s.build.cacheTo.length === 0)).toBe(true);
    expect(p.args.some((a) => a.includes('cache-to'))).toBe(false);
    expect(p.keys.writeReason).toMatch(/fork/);
  });

  test("backend none leaves the file's own entries alone (no --set)", () => {
    const p = planBake({ cache: { backend: 'none' } }, facts);
    expect(p.args).toContain('api.cache-from=type=registry,ref=reg.test/legacy:api');
    expect(p.args.filter((a) => a.includes('My_Web.cache'))).toEqual([]);
  });

  test("inline without cache.ref uses each service's image tag and adds the cache tag", () => {
    const p = planBake({ push: true, targets: ['My.Web'], cache: { backend: 'inline' } }, facts);
    expect(p.args).toEqual(
      expect.arrayContaining([
        'My_Web.tags=reg.test/web:1',
        'My_Web.tags=reg.test/web:main',
        'My_Web.cache-to=type=inline',
      ])
    );
    expect(p.args.at(-1)).toBe('My_Web');
  });

  test('targets select services by service or target name; unknown ones are refused', () => {
    expect(planBake({ targets: ['My_Web'] }, facts).services.map((s) => s.service)).toEqual(['My.Web']);
    expect(() => planBake({ targets: ['nope'] }, facts)).toThrow(/targets.nope: is not a service with a build section/);
  });

  test('bad input names the field, per service where it belongs', () => {
    const e = (() => {
      try {
        planBake({ cache: { backend: 'inline' } }, facts);
      } catch (error) {
        return error as ConfigError;
      }
    })();
    expect(e).toBeInstanceOf(ConfigError);
    expect(e!.issues.map((i) => i.path)).toEqual(['services.api.cache.ref']); // My.Web has a tag to carry the cache
    expect(() => planBake({ cache: { backend: 'registry' } }, facts)).toThrow(
      /cache.ref: is required by the registry backend/
    );
    expect(() => planBake({ network: 'none' } as never, facts)).toThrow(/network: is set per service/);
    expect(() => planBake({}, {})).toThrow(/project: is required/);
  });

  test("registry passwords never reach argv or the plan's JSON", () => {
    const p = planBake(
      {
        registryAuth: [{ registry: 'reg.test', username: 'u', password: 'hunter2-very-secret' }],
        cache: { backend: 'registry', ref: 'reg.test/c' },
      },
      facts
    );
    expect(JSON.stringify(p)).not.toContain('hunter2');
    expect(p.args.join(' ')).not.toContain('hunter2');
  });

  test('is pure: same input, same plan', () => {
    const o = { cache: { backend: 'registry' as const, ref: 'reg.test/c' } };
    expect(JSON.stringify(planBake(o, facts))).toBe(JSON.stringify(planBake(o, facts)));
  });
});

test.each([
  ['reg.test/cache', 'api', 'reg.test/cache/api'],
  ['reg.test:5000/group/cache', 'web', 'reg.test:5000/group/cache/web'],
  ['reg.test/cache:shared', 'api', 'reg.test/cache/api:shared'],
  ['reg.test:5000/cache:v1', 'my-web', 'reg.test:5000/cache/my-web:v1'],
])('serviceCacheRef(%s, %s) = %s', (ref, slug, out) => {
  expect(serviceCacheRef(ref, slug)).toBe(out);
});
