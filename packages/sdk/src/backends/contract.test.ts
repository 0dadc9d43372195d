// The shared contract every backend passes: a new backend is a new file plus one row here.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { resolveCacheKeys } from '../keys/resolve.js';
import { parseOptions } from '../options/parse.js';
import type { BuildOptionsInput } from '../options/schema.js';
import { defaultFacts } from '../plan/facts.js';
import { backends, findExistingCaches } from './index.js';
import type { ConcreteBackend } from './types.js';

const SECRET = 'S3CRET-value-never-printed';
const base: BuildOptionsInput = {
  tags: ['registry.test/app:1'],
  push: true,
  cache: {
    ref: 'registry.test/app/cache',
    dir: '.cache/layers',
    harness: {
      endpointUrl: 'http://s3.test:9000',
      bucket: 'cache',
      region: 'eu-west-1',
      prefix: 'acct/repo/',
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: SECRET,
    },
  },
  registryAuth: [{ registry: 'registry.test', username: 'ci', password: SECRET }],
};

const cases: Array<{ backend: ConcreteBackend; writes: boolean }> = [
  { backend: 'inline', writes: true },
  { backend: 'registry', writes: true },
  { backend: 'local', writes: true },
  { backend: 's3', writes: true },
  { backend: 'none', writes: false },
];

function planFor(backend: ConcreteBackend, keys: Record<string, unknown>, extra: Partial<BuildOptionsInput> = {}) {
  const options = parseOptions({ ...base, ...extra, cache: { ...base.cache, ...(extra.cache ?? {}), backend, keys } });
  const resolved = resolveCacheKeys(options.cache.keys, options.cache.write);
  return backends[backend].plan({ options, keys: resolved, facts: defaultFacts({ runId: 'run1' }) });
}

describe.each(cases)('backend contract: $backend', ({ backend, writes }) => {
  test('names itself', () => {
    expect(planFor(backend, { branch: 'feat/a' }).backend).toBe(backend);
  });

  test('reads own branch before the default branch, once each', () => {
    const plan = planFor(backend, { branch: 'feat/a' });
    if (backend === 'none') return expect(plan.cacheFrom).toEqual([]);
    expect(plan.cacheFrom).toHaveLength(2);
    expect(plan.cacheFrom[0]).toContain('feat-a');
    expect(plan.cacheFrom[1]).toContain('main');
    expect(plan.reads).toHaveLength(2);
  });

  test('writes exactly one location on a branch build, with errors ignored unless strict', () => {
    const plan = planFor(backend, { branch: 'feat/a' });
    expect(plan.cacheTo).toHaveLength(writes ? 1 : 0);
    if (!writes) return;
    expect(plan.writes).toContain('feat-a');
    if (backend !== 'inline') {
      expect(plan.cacheTo[0]).toContain('ignore-error=true');
      const strict = planFor(backend, { branch: 'feat/a' }, { cache: { strict: true } });
      expect(strict.cacheTo[0]).toContain('ignore-error=false');
    }
  });

  test('a pull request never writes its target or the default branch', () => {
    for (const keys of [
      { branch: 'main', prId: '1', prTargetBranch: 'release' },
      { branch: 'feat', prId: '2', prTargetBranch: 'main', fork: true },
    ]) {
      const plan = planFor(backend, keys);
      expect(plan.cacheTo).toEqual([]);
      expect(plan.writes).toBeUndefined();
    }
  });

  test('write=never exports nothing', () => {
    expect(planFor(backend, { branch: 'feat' }, { cache: { write: 'never' } }).cacheTo).toEqual([]);
  });

  test('no secret value in any argv string; credentials only in secretEnv', () => {
    const plan = planFor(backend, { branch: 'feat' });
    const argvStrings = [
      ...plan.cacheFrom,
      ...plan.cacheTo,
      ...plan.extraTags,
      ...Object.values(plan.buildArgs),
      ...plan.reads,
      plan.writes ?? '',
      ...plan.notes,
    ];
    for (const s of argvStrings) expect(s).not.toContain(SECRET);
    if (backend === 's3') expect(plan.secretEnv.AWS_SECRET_ACCESS_KEY).toBe(SECRET);
    else expect(plan.secretEnv).toEqual({});
  });

  test('is deterministic', () => {
    expect(planFor(backend, { branch: 'x', sha: 'abcdef1' })).toEqual(
      planFor(backend, { branch: 'x', sha: 'abcdef1' })
    );
  });

  test('declares where its caches live: a store exactly when it exports', () => {
    expect(backends[backend].store === null).toBe(backends[backend].exporter === null);
  });

  test('names the setting it needs when the options lack it', () => {
    const bare = parseOptions({ cache: { backend: 'none' } });
    const issues = backends[backend].requires?.({ ...bare, cache: { ...bare.cache, backend } }) ?? [];
    expect(issues.map((i) => i.path)).toEqual(
      backend === 'none' ? [] : [backend === 'local' ? 'cache.dir' : backend === 's3' ? 'cache.harness' : 'cache.ref']
    );
    expect(backends[backend].requires?.(parseOptions({ ...base, cache: { ...base.cache, backend } })) ?? []).toEqual(
      []
    );
  });

  test('finds what exists without throwing (nothing there: nothing found, an unreachable registry included)', async () => {
    const cwd = await mkdtemp(path.join(tmpdir(), 'layercache-contract-'));
    try {
      const options = parseOptions({
        ...base,
        cache: { ...base.cache, ref: '127.0.0.1:1/app/cache', backend, timeout: 2, keys: { branch: 'feat/a' } },
      });
      const keys = resolveCacheKeys(options.cache.keys, options.cache.write);
      const found = await findExistingCaches({ cache: options.cache, keys, cwd, credentials: [] });
      expect([...found.caches, ...found.previous]).toEqual([]);
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  });

  test('keeps build records next to the cache exactly when its cache lives in a registry or a directory', () => {
    const plan = planFor(backend, { branch: 'feat/a' });
    const store = backends[backend].recordStore?.(plan, '/work', []);
    expect(store !== undefined).toBe(backends[backend].store === 'registry' || backends[backend].store === 'directory');
  });

  test('says where the cache it wrote lives once committed', () => {
    const plan = planFor(backend, { branch: 'feat/a' });
    const options = parseOptions({ ...base, cache: { ...base.cache, backend } });
    const where = backends[backend].writtenLocation?.(plan, options, 'feat-a') ?? plan.writes;
    if (writes) expect(where).toContain('feat-a');
    else expect(where).toBeUndefined();
  });

  test('keeps cache mounts beside its cache exactly when it stores one, under the same keys', () => {
    const keys = { branch: 'feat/a', prId: '3', prTargetBranch: 'main' };
    const options = parseOptions({ ...base, cache: { ...base.cache, backend, keys } });
    const resolved = resolveCacheKeys(options.cache.keys, options.cache.write);
    const where = backends[backend].mounts?.locations(options, resolved, '/work');
    expect(where !== undefined).toBe(backends[backend].store !== null);
    if (!where) return;
    expect(where.reads).toHaveLength(2);
    expect(where.reads[0]).toContain('feat-a');
    expect(where.reads[1]).toContain('main');
    expect(where.write).toContain('feat-a');
    for (const location of where.reads) expect(location).not.toContain(SECRET);
  });
});

test('backend contract: local finds its current snapshots and previous generations, and the plan reads just those', async () => {
  const cwd = await mkdtemp(path.join(tmpdir(), 'layercache-contract-'));
  try {
    for (const link of ['current', 'previous']) {
      const snapshot = path.join(cwd, '.cache/layers/main/snapshots', link);
      await mkdir(snapshot, { recursive: true });
      await writeFile(path.join(snapshot, 'index.json'), '{}');
      await symlink(path.join('snapshots', link), path.join(cwd, '.cache/layers/main', link));
    }
    const options = parseOptions({ ...base, cache: { ...base.cache, backend: 'local', keys: { branch: 'feat/a' } } });
    const keys = resolveCacheKeys(options.cache.keys, options.cache.write);
    const found = await findExistingCaches({ cache: options.cache, keys, cwd, credentials: [] });
    expect([...found.caches]).toEqual([path.join('.cache/layers/main/current')]);
    expect([...found.previous]).toEqual([path.join('.cache/layers/main/previous')]);
    const facts = defaultFacts({ runId: 'run1', localCaches: found.caches, previousCaches: found.previous });
    expect(backends.local.plan({ options, keys, facts }).reads).toEqual([
      '.cache/layers/main/current',
      '.cache/layers/main/previous',
    ]);
  } finally {
    await rm(cwd, { recursive: true, force: true });
  }
});
