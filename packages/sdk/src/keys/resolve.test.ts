import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cacheKeysSchema } from '../options/schema.js';
import { resolveCacheKeys, type WriteMode } from './resolve.js';

const keys = (k: Record<string, unknown>) => cacheKeysSchema.parse(k);

describe('resolveCacheKeys: read fallbacks and write policy', () => {
  test.each<[string, Record<string, unknown>, WriteMode, string[], string | undefined]>([
    ['default branch', { branch: 'main' }, 'auto', ['main'], 'main'],
    ['feature branch reads itself then default', { branch: 'feature/a' }, 'auto', ['feature-a', 'main'], 'feature-a'],
    ['custom default branch', { branch: 'dev', defaultBranch: 'develop' }, 'auto', ['dev', 'develop'], 'dev'],
    ['no branch: taken as the default branch', {}, 'auto', ['main'], 'main'],
    [
      'PR reads source, target, default; writes source',
      { branch: 'feat', prId: '12', prTargetBranch: 'release/2' },
      'auto',
      ['feat', 'release-2', 'main'],
      'feat',
    ],
    [
      'PR source given apart from branch',
      { prSourceBranch: 'feat', prId: '3', prTargetBranch: 'main' },
      'auto',
      ['feat', 'main'],
      'feat',
    ],
    [
      'PR from the default branch never writes it',
      { branch: 'main', prId: '4', prTargetBranch: 'release' },
      'auto',
      ['main', 'release'],
      undefined,
    ],
    [
      'PR whose source equals its target never writes',
      { branch: 'release', prId: '5', prTargetBranch: 'release' },
      'auto',
      ['release', 'main'],
      undefined,
    ],
    [
      'fork PR never writes',
      { branch: 'feat', prId: '6', prTargetBranch: 'main', fork: true },
      'auto',
      ['feat', 'main'],
      undefined,
    ],
    [
      'fork PR never writes even with always',
      { branch: 'feat', prId: '6', prTargetBranch: 'main', fork: true },
      'always',
      ['feat', 'main'],
      undefined,
    ],
    ['PR with unknown source only reads', { prId: '7', prTargetBranch: 'main' }, 'auto', ['main'], undefined],
    ['tag reads the default branch, no write', { tag: 'v1.0.0' }, 'auto', ['main'], undefined],
    ['tag with always writes its own key', { tag: 'v1.0.0' }, 'always', ['v1-0-0', 'main'], 'v1-0-0'],
    ['never writes nothing', { branch: 'feat' }, 'never', ['feat', 'main'], undefined],
    [
      'PR never writes nothing',
      { branch: 'feat', prId: '1', prTargetBranch: 'main' },
      'never',
      ['feat', 'main'],
      undefined,
    ],
  ])('%s', (_name, input, write, read, written) => {
    const resolved = resolveCacheKeys(keys(input), write);
    expect(resolved.read).toEqual(read);
    expect(resolved.write).toBe(written);
    expect(resolved.writeReason.length).toBeGreaterThan(0);
  });

  test('property: a PR never writes its target or the default branch slug', () => {
    const branch = fc.stringMatching(/^[a-zA-Z0-9/_.-]{1,40}$/);
    fc.assert(
      fc.property(branch, branch, branch, fc.boolean(), (source, target, def, fork) => {
        const r = resolveCacheKeys(
          keys({ branch: source, prId: '1', prTargetBranch: target, defaultBranch: def, fork }),
          'always'
        );
        if (r.write !== undefined) {
          expect(r.write).not.toBe(resolveCacheKeys(keys({ branch: target }), 'auto').write);
          expect(r.write).not.toBe(resolveCacheKeys(keys({ branch: def }), 'auto').write);
          expect(fork).toBe(false);
        }
        expect(new Set(r.read).size).toBe(r.read.length);
      }),
      { numRuns: 1000 }
    );
  });
});
