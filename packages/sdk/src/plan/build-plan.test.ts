import { describe, expect, test } from 'vitest';
import { ConfigError } from '../errors.js';
import { planBuild, withoutCacheReads } from './build-plan.js';

describe('planBuild: options -> exact argv', () => {
  test('a full build', () => {
    const p = planBuild(
      {
        context: 'app',
        dockerfile: 'app/Dockerfile.prod',
        target: 'runtime',
        tags: ['reg.test/app:1', 'reg.test/app:sha-abc'],
        platforms: ['linux/amd64'],
        buildArgs: { NODE_ENV: 'production' },
        labels: { 'org.opencontainers.image.revision': 'abc' },
        secrets: [
          { id: 'npmrc', src: 'app/.npmrc' },
          { id: 'token', env: 'NPM_TOKEN' },
        ],
        push: true,
        network: 'none',
        builder: 'ci',
        cache: { backend: 'registry', ref: 'reg.test/app/cache', keys: { branch: 'main' } },
      },
      { metadataFile: '/tmp/m.json' }
    );
    expect(p.command).toBe('docker');
    expect(p.args).toEqual([
      'buildx',
      'build',
      '--builder',
      'ci',
      '--progress=rawjson',
      '--metadata-file',
      '/tmp/m.json',
      '--file',
      'app/Dockerfile.prod',
      '--target',
      'runtime',
      '--tag',
      'reg.test/app:1',
      '--tag',
      'reg.test/app:sha-abc',
      '--platform',
      'linux/amd64',
      '--build-arg',
      'NODE_ENV=production',
      '--label',
      'org.opencontainers.image.revision=abc',
      '--secret',
      'id=npmrc,src=app/.npmrc',
      '--secret',
      'id=token,env=NPM_TOKEN',
      '--cache-from',
      'type=registry,ref=reg.test/app/cache:main',
      '--cache-to',
      'type=registry,ref=reg.test/app/cache:main,mode=max,image-manifest=true,oci-mediatypes=true,ignore-error=true',
      '--push',
      '--network=none',
      'app',
    ]);
  });

  test("user cache entries come after layercache's own", () => {
    const p = planBuild({
      cache: {
        backend: 'registry',
        ref: 'reg.test/c',
        extraFrom: ['type=registry,ref=reg.test/legacy:latest'],
        extraTo: ['type=inline'],
      },
    });
    expect(p.cacheFrom).toEqual(['type=registry,ref=reg.test/c:main', 'type=registry,ref=reg.test/legacy:latest']);
    expect(p.cacheTo.at(-1)).toBe('type=inline');
    expect(p.args.filter((a) => a.startsWith('type=')).at(-1)).toBe('type=inline');
  });

  test('registry passwords never reach argv or JSON of the plan', () => {
    const p = planBuild({
      registryAuth: [{ registry: 'reg.test', username: 'u', password: 'hunter2-very-secret' }],
      cache: { backend: 'registry', ref: 'reg.test/c' },
    });
    expect(p.args.join(' ')).not.toContain('hunter2');
    expect(JSON.stringify(p)).not.toContain('hunter2');
  });

  test('withoutCacheReads drops every --cache-from pair and keeps the writes and hidden fields', () => {
    const p = planBuild({ cache: { backend: 'registry', ref: 'reg.test/c', keys: { branch: 'feat' } } });
    const w = withoutCacheReads(p);
    expect(w.args).not.toContain('--cache-from');
    expect(w.args.filter((a) => a.startsWith('type=registry,ref=reg.test/c:'))).toEqual([p.cacheTo[0]]);
    expect(w.args.length).toBe(p.args.length - 4);
    expect(w.cacheTo).toEqual(p.cacheTo);
    expect(w.options).toBe(p.options);
    expect(Object.keys(w)).not.toContain('options');
  });

  test('is pure: same input, same plan; invalid input throws ConfigError', () => {
    const o = { cache: { backend: 'local' as const, dir: '/c' } };
    expect(planBuild(o)).toEqual(planBuild(o));
    expect(() => planBuild({ cache: { backend: 'local' } })).toThrow(ConfigError);
  });
});
