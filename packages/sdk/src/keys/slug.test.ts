import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isValidTag } from '../options/reference.js';
import { slugify } from './slug.js';

describe('slugify (GitLab CI_COMMIT_REF_SLUG rules)', () => {
  test.each([
    ['main', 'main'],
    ['feature/Login-Page', 'feature-login-page'],
    ['Feature_X.Y', 'feature-x-y'],
    ['--leading-and-trailing--', 'leading-and-trailing'],
    ['release/1.2.3', 'release-1-2-3'],
    ['dependabot/npm_and_yarn/lodash-4.17.21', 'dependabot-npm-and-yarn-lodash-4-17-21'],
    ['a'.repeat(70), 'a'.repeat(63)],
    [`${'a'.repeat(62)}/b`, 'a'.repeat(62)], // cut at 63, then the trailing "-" goes
    ['ÜBER', 'ber'],
  ])('%s -> %s', (ref, slug) => {
    expect(slugify(ref)).toBe(slug);
  });

  test('a ref made only of symbols still gets a stable, valid tag', () => {
    expect(slugify('///')).toMatch(/^ref-[0-9a-f]{8}$/);
    expect(slugify('///')).toBe(slugify('///'));
    expect(slugify('///')).not.toBe(slugify('***'));
  });

  test('properties: valid tag characters, at most 63 (<=128), idempotent, deterministic', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (ref) => {
        const slug = slugify(ref);
        expect(isValidTag(slug)).toBe(true);
        expect(slug).toMatch(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/);
        expect(slug.length).toBeLessThanOrEqual(63);
        expect(slugify(slug)).toBe(slug);
        expect(slugify(ref)).toBe(slug);
      }),
      { numRuns: 2000 },
    );
  });
});
