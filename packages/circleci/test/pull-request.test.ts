import { describe, expect, test } from 'vitest';
import { prNumberFromUrl, pullRequestNumber } from '../src/env.js';

describe('prNumberFromUrl', () => {
  test.each([
    ['https://github.com/acme/shop/pull/42', '42'],
    ['https://github.com/acme/shop/pull/42/', '42'],
    ['https://bitbucket.org/acme/shop/pull-requests/7', '7'],
    ['https://gitlab.com/acme/shop/-/merge_requests/13', '13'],
    ['https://github.com/acme/shop/compare/main...x', undefined],
    ['', undefined],
  ])('%s -> %s', (url, expected) => {
    expect(prNumberFromUrl(url)).toBe(expected);
  });
});

describe('pullRequestNumber', () => {
  test.each([
    { name: 'none', env: {}, expected: undefined },
    {
      name: 'forked PR number wins',
      env: { CIRCLE_PR_NUMBER: '9', CIRCLE_PULL_REQUEST: 'https://github.com/a/b/pull/10' },
      expected: '9',
    },
    { name: 'single URL', env: { CIRCLE_PULL_REQUEST: 'https://github.com/a/b/pull/10' }, expected: '10' },
    {
      name: 'lowest of the list, stable across re-runs',
      env: {
        CIRCLE_PULL_REQUEST: 'https://github.com/a/b/pull/30',
        CIRCLE_PULL_REQUESTS: 'https://github.com/a/b/pull/30,https://github.com/a/b/pull/12',
      },
      expected: '12',
    },
    { name: 'unparsable URL', env: { CIRCLE_PULL_REQUEST: 'https://example.com/whatever' }, expected: undefined },
  ])('$name', ({ env, expected }) => {
    expect(pullRequestNumber(env)).toBe(expected);
  });
});
