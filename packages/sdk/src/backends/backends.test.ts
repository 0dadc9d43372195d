// Exact cache entries per backend: what BuildKit will be asked to do.
import { describe, expect, test } from 'vitest';
import { planBuild } from '../plan/build-plan.js';
import type { BuildOptionsInput } from '../options/schema.js';
import { chooseBackend } from './index.js';
import { parseOptions } from '../options/parse.js';
import { defaultFacts } from '../plan/facts.js';

const REF = '127.0.0.1:5000/app/cache';
const plan = (o: BuildOptionsInput, facts = {}) => planBuild(o, { runId: 'r1', ...facts });

describe('registry backend', () => {
  test('branch-aware refs with OCI image manifest where supported', () => {
    const p = plan({ cache: { backend: 'registry', ref: REF, keys: { branch: 'feat/A' } } });
    expect(p.cacheFrom).toEqual([`type=registry,ref=${REF}:feat-a`, `type=registry,ref=${REF}:main`]);
    expect(p.cacheTo).toEqual([
      `type=registry,ref=${REF}:feat-a,mode=max,image-manifest=true,oci-mediatypes=true,ignore-error=true`,
    ]);
  });
  test('older BuildKit: no image-manifest attributes', () => {
    const p = plan({ cache: { backend: 'registry', ref: REF, mode: 'min' } }, { imageManifest: false });
    expect(p.cacheTo).toEqual([`type=registry,ref=${REF}:main,mode=min,ignore-error=true`]);
  });
  test('a ref with its own tag is used as is, and a PR only reads it', () => {
    expect(plan({ cache: { backend: 'registry', ref: `${REF}:shared` } }).cacheTo[0]).toContain(`ref=${REF}:shared,`);
    const pr = plan({
      cache: { backend: 'registry', ref: `${REF}:shared`, keys: { branch: 'f', prId: '1', prTargetBranch: 'main' } },
    });
    expect(pr.cacheFrom).toEqual([`type=registry,ref=${REF}:shared`]);
    expect(pr.cacheTo).toEqual([]);
  });
});

describe('previous generations are read right after their cache, only where they exist', () => {
  test('registry: <ref>.prev after the tag it belongs to', () => {
    const p = plan(
      { cache: { backend: 'registry', ref: REF, keys: { branch: 'feat/A' } } },
      { previousCaches: new Set([`${REF}:main.prev`]) }
    );
    expect(p.cacheFrom).toEqual([
      `type=registry,ref=${REF}:feat-a`,
      `type=registry,ref=${REF}:main`,
      `type=registry,ref=${REF}:main.prev`,
    ]);
    expect(p.cacheTo).toEqual([
      `type=registry,ref=${REF}:feat-a,mode=max,image-manifest=true,oci-mediatypes=true,ignore-error=true`,
    ]);
  });
  test('local: <dir>/<slug>/previous after current', () => {
    const p = plan(
      { cache: { backend: 'local', dir: '/c' } },
      { localCaches: new Set(['/c/main/current']), previousCaches: new Set(['/c/main/previous']) }
    );
    expect(p.cacheFrom).toEqual(['type=local,src=/c/main/current', 'type=local,src=/c/main/previous']);
  });
  test('unknown (a dry run): none are read', () => {
    expect(plan({ cache: { backend: 'registry', ref: REF } }).cacheFrom).toEqual([`type=registry,ref=${REF}:main`]);
  });
});

describe('inline backend', () => {
  test('reads branch images, writes by tagging and pushing the image', () => {
    const p = plan({ tags: ['reg.test/app:1.0'], push: true, cache: { backend: 'inline', keys: { branch: 'dev' } } });
    expect(p.cacheFrom).toEqual(['type=registry,ref=reg.test/app:dev', 'type=registry,ref=reg.test/app:main']);
    expect(p.cacheTo).toEqual(['type=inline']);
    expect(p.tags).toEqual(['reg.test/app:1.0', 'reg.test/app:dev']);
    expect(p.args.join(' ')).not.toContain('BUILDKIT_INLINE_CACHE'); // buildx would count it as a second inline export
  });
  test('push off: reads only, and says why', () => {
    const p = plan({ tags: ['reg.test/app:1.0'], cache: { backend: 'inline' } });
    expect(p.cacheTo).toEqual([]);
    expect(p.notes.join()).toMatch(/push is off/);
  });
});

describe('local backend', () => {
  test('reads existing snapshots only, writes a new per-run snapshot', () => {
    const p = plan(
      { cache: { backend: 'local', dir: '/c', keys: { branch: 'feat' } } },
      { localCaches: new Set(['/c/main/current']) }
    );
    expect(p.cacheFrom).toEqual(['type=local,src=/c/main/current']);
    expect(p.cacheTo).toEqual(['type=local,dest=/c/feat/snapshots/r1,mode=max,ignore-error=true']);
  });
  test('paths with commas are CSV-quoted', () => {
    const p = plan({ cache: { backend: 'local', dir: '/c,d' } }, { localCaches: new Set() });
    expect(p.cacheTo).toEqual(['type=local,"dest=/c,d/main/snapshots/r1",mode=max,ignore-error=true']);
  });
});

describe('harness backend (S3-style managed cache)', () => {
  const harness = {
    endpointUrl: 'https://s3.harness.test',
    bucket: 'harness-cache',
    region: 'us-west-2',
    prefix: 'acct123/myrepo/',
    accessKeyId: 'AKIDEXAMPLE',
    secretAccessKey: 'wJalrXUtnFEMI/K7MDENG',
  };
  test('exact s3 entries: one name per branch slug, mode=max, ignore-error', () => {
    const p = plan({ cache: { backend: 'harness', harness, keys: { branch: 'feature/x' } } });
    const loc =
      'type=s3,endpoint_url=https://s3.harness.test,bucket=harness-cache,region=us-west-2,prefix=acct123/myrepo/,use_path_style=true';
    expect(p.cacheFrom).toEqual([`${loc},name=feature-x`, `${loc},name=main`]);
    expect(p.cacheTo).toEqual([`${loc},name=feature-x,mode=max,ignore-error=true`]);
  });
  test('credentials travel in the environment, never argv', () => {
    const p = plan({ cache: { backend: 'harness', harness: { ...harness, sessionToken: 'FwoGZXIvYXdzEJr' } } });
    expect(p.secretEnvNames.sort()).toEqual(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']);
    expect(p.secretEnv.AWS_SECRET_ACCESS_KEY).toBe(harness.secretAccessKey);
    const visible = JSON.stringify(p) + p.args.join(' ');
    for (const secret of [harness.secretAccessKey, harness.accessKeyId, 'FwoGZXIvYXdzEJr'])
      expect(visible).not.toContain(secret);
  });
});

describe('auto backend', () => {
  const choose = (o: BuildOptionsInput, exporters: string[]) =>
    chooseBackend(
      parseOptions({ ...o, cache: { backend: 'auto', ...(o.cache ?? {}) } }),
      defaultFacts({ exporters: new Set(exporters as never[]), builderSummary: 'docker driver' })
    );
  test.each<[string, BuildOptionsInput, string[], string, RegExp]>([
    [
      'registry when it can export it',
      { cache: { ref: REF } },
      ['inline', 'registry', 'local'],
      'registry',
      /mode=max/,
    ],
    [
      'inline fallback without containerd store',
      { cache: { ref: REF } },
      ['inline'],
      'inline',
      /containerd image store.*falling back to inline/,
    ],
    ['local when only a dir is given', { cache: { dir: '/c' } }, ['inline', 'registry', 'local'], 'local', /local/],
    [
      's3 when s3 exports work',
      { cache: { ref: REF, harness: { bucket: 'b', accessKeyId: 'a', secretAccessKey: 'sssss' } } },
      ['s3', 'registry'],
      's3',
      /s3/,
    ],
    [
      'registry when s3 is missing',
      { cache: { ref: REF, harness: { bucket: 'b', accessKeyId: 'a', secretAccessKey: 'sssss' } } },
      ['inline', 'registry'],
      'registry',
      /cannot export s3/,
    ],
    ['none without any location', {}, ['inline', 'registry'], 'none', /set cache.ref/],
    ['inline from the image tag', { tags: ['reg.test/app:1'] }, ['inline'], 'inline', /inline/],
  ])('%s', (_n, o, exporters, expected, reason) => {
    const choice = choose(o, exporters);
    expect(choice.backend.name).toBe(expected);
    expect(choice.reason).toMatch(reason);
  });
});
