// The adapter contract: one scenario table, run against every CI adapter the way unstorage's
// testDriver runs every driver. An adapter hands its platform facts (test/contract.ts: each scenario
// as that platform's variables); a fifth adapter is its folder plus one line in adapters.ts.
// Nothing is mocked: the adapters' own mappings, the SDK's planner and the kit's runner run as they
// are. Only the build itself is a seam (no engine here), and the scenarios that reach it never call it.
import { ConfigError, parseOptions, planBuild, type BuildOptionsInput } from '@layercache/sdk';
import { renamedSync, runAdapter, TRUE_WORDS, FALSE_WORDS } from '@layercache/sdk/adapter';
import type { AdapterContract, Env } from '@layercache/sdk/adapter';
import { describe, expect, test } from 'vitest';
import { ADAPTERS } from './adapters.js';

const CWD = '/nonexistent/contract-workspace';
const over = (c: AdapterContract, env: Env): Env => ({ ...c.defaultBranchPush, ...env });
const options = (c: AdapterContract, env: Env = {}): BuildOptionsInput => c.adapter.buildOptions(over(c, env), CWD);
const keysOf = (c: AdapterContract, env: Env = {}) => planBuild(options(c, env)).keys;
/** The SDK's validation, its errors named through the adapter's option-name table (as the runner does). */
const validated = (c: AdapterContract, env: Env) => {
  const names = typeof c.adapter.names === 'function' ? c.adapter.names(over(c, env)) : c.adapter.names;
  return renamedSync(names, () => parseOptions(options(c, env)));
};
const at = (o: object, dotted: string): unknown =>
  dotted.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], o);
const quiet = (error: (l: string) => void = () => {}) => ({ info: () => {}, warn: () => {}, error, summary: () => {} });
const noBuild = () => Promise.reject(new Error('the build seam must not be reached'));

function configError(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe.each(ADAPTERS)('adapter contract: %s', (_name, c) => {
  test('default-branch push: reads and writes the default branch', () => {
    expect(keysOf(c)).toMatchObject({ event: 'branch', read: ['main'], write: 'main' });
  });

  test('feature branch: reads its own branch then the default one, writes its own', () => {
    const keys = keysOf(c, c.featureBranch);
    expect(keys).toMatchObject({ event: 'branch', read: ['feature-login', 'main'], write: 'feature-login' });
  });

  test('same-repo PR/MR: reads source then target, writes the source branch only', () => {
    const keys = keysOf(c, c.sameRepoPr);
    expect(keys).toMatchObject({ event: 'pull-request', write: 'feature-login' });
    expect(keys.read.slice(0, 2)).toEqual(['feature-login', 'main']);
    expect(options(c, c.sameRepoPr).cache?.keys).toMatchObject({ prId: '7', prTargetBranch: 'main' });
  });

  test('fork PR: reads, never writes', () => {
    const keys = keysOf(c, c.forkPr);
    expect(keys.event).toBe('pull-request');
    expect(keys.write).toBeUndefined();
    expect(keys.read).toContain('main');
  });

  test('tag: reads the default branch, writes nothing', () => {
    expect(keysOf(c, c.tag)).toMatchObject({ event: 'tag', read: ['main'], write: undefined });
    expect(options(c, c.tag).cache?.keys?.tag).toBe('v1.2.3');
  });

  test('missing required settings: a ConfigError naming the variable, exit code 2 before any build', async () => {
    const env = over(c, Object.fromEntries(c.missingRequired.unset.map((name) => [name, undefined])));
    const error = configError(() => c.adapter.buildOptions(env, CWD));
    expect(error.exitCode).toBe(2);
    expect(error.issues.map((i) => i.path)).toContain(c.missingRequired.names);
    let built = false;
    const build = () => ((built = true), noBuild());
    expect([await runAdapter(c.adapter, { env, cwd: CWD, log: quiet() }, { build }), built]).toEqual([2, false]);
  });

  test.each([...TRUE_WORDS, 'TRUE', 'On'])('boolean "%s" is true', (word) => {
    expect(at(options(c, { [c.boolean.variable]: word }), c.boolean.option)).toBe(true);
  });

  test.each([...FALSE_WORDS, 'FALSE', 'Off'])('boolean "%s" is false', (word) => {
    expect(at(options(c, { [c.boolean.variable]: word }), c.boolean.option)).toBe(false);
  });

  test.each(['maybe', 'y', '2', 'enabled', 'truee'])('boolean "%s": a ConfigError naming the variable', (word) => {
    const { issues } = configError(() => options(c, { [c.boolean.variable]: word }));
    const issue = issues.find((i) => i.path === c.boolean.variable);
    expect(issue?.hint).toMatch(/true/);
  });

  test('secrets reach the options, never their JSON, the argv or an error', () => {
    const o = options(c);
    expect(JSON.stringify(o.registryAuth)).toContain(c.secret); // the login is used...
    const plan = planBuild(o);
    expect(JSON.stringify(plan)).not.toContain(c.secret); // ...but the plan JSON (what plan/report print) holds none
    expect(plan.args.join(' ')).not.toContain(c.secret);
    const error = configError(() => options(c, { [c.boolean.variable]: 'maybe' }));
    expect(`${error.message}${JSON.stringify(error.issues)}`).not.toContain(c.secret);
  });

  test('cache timeout: the platform variable sets cache.timeout; a bad value names it', () => {
    expect(planBuild(options(c, { [c.cacheTimeoutVariable]: '45' })).options.cache.timeout).toBe(45);
    const { issues } = configError(() => validated(c, { [c.cacheTimeoutVariable]: 'soon' }));
    expect(issues.map((i) => i.path)).toContain(c.cacheTimeoutVariable);
  });

  test('cache mounts: auto by default, off, or ids; the size cap a number; bad values name the variable', () => {
    const { variable, maxSizeVariable } = c.cacheMounts;
    const cache = (env: Env) => planBuild(options(c, env)).options.cache;
    expect(cache({})).toMatchObject({ mounts: 'auto', mountsMaxSizeMb: 1024 });
    expect(cache({ [variable]: 'off' }).mounts).toBe('off');
    expect(cache({ [variable]: 'npm, pip' }).mounts).toEqual(['npm', 'pip']);
    expect(cache({ [maxSizeVariable]: '256' }).mountsMaxSizeMb).toBe(256);
    const paths = (env: Env) => configError(() => validated(c, env)).issues.map((i) => i.path);
    expect(paths({ [variable]: 'npm,,pip' })).toContain(variable);
    expect(paths({ [maxSizeVariable]: 'big' })).toContain(maxSizeVariable);
    expect(paths({ [maxSizeVariable]: '0' })).toContain(maxSizeVariable);
  });

  test('a value the SDK rejects: exit code 2, the error naming the platform variable', async () => {
    const errors: string[] = [];
    const env = over(c, { [c.cacheTimeoutVariable]: 'soon' });
    const log = quiet((l) => errors.push(l));
    expect(await runAdapter(c.adapter, { env, cwd: CWD, log }, { build: noBuild })).toBe(2);
    expect(errors.join('\n')).toContain(c.cacheTimeoutVariable);
  });
});
