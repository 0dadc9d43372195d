import { describe, expect, test } from 'vitest';
import { ConfigError } from '../errors.js';
import { parseCacheTag } from './cache-tags.js';
import { liveSlugs, parseLsRemote } from './live-refs.js';
import { selectPrune, type PruneRules } from './select.js';
import type { CacheEntry } from './types.js';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const hoursAgo = (h: number) => new Date(NOW - h * 3_600_000);
const entry = (
  slug: string,
  writtenHoursAgo?: number,
  blobs: Record<string, number> = { [`sha256:${slug}`]: 100 }
): CacheEntry => ({
  slug,
  items: [`r/c:${slug}`],
  blobs: new Map(Object.entries(blobs)),
  lastWrite: writtenHoursAgo === undefined ? undefined : hoursAgo(writtenHoursAgo),
});
const rules = (r: Partial<PruneRules>): PruneRules => ({
  defaultBranch: 'main',
  all: false,
  removeBranches: [],
  freshMinutes: 60,
  ...r,
});
const removed = (entries: CacheEntry[], r: Partial<PruneRules>) =>
  selectPrune(entries, rules(r), NOW)
    .decisions.filter((d) => d.remove)
    .map((d) => d.slug);

describe('live branch rule', () => {
  const caches = [entry('main', 5), entry('feature-x', 5), entry('feature-y', 5), entry('v1-2', 5), entry('fix-1', 5)];
  test.each([
    {
      name: 'branches that slug alike: a live one keeps the slug',
      live: ['main', 'Feature/X'],
      gone: ['feature-y', 'v1-2', 'fix-1'],
    },
    { name: 'refs/heads/ names are branches', live: ['refs/heads/feature-y'], gone: ['feature-x', 'v1-2', 'fix-1'] },
    {
      name: 'a live tag keeps its (write=always) cache',
      live: ['refs/tags/v1.2', 'fix-1'],
      gone: ['feature-x', 'feature-y'],
    },
    {
      name: 'PR refs keep nothing (PRs write their source branch)',
      live: ['refs/pull/12/head', 'refs/merge-requests/3/head', 'fix-1'],
      gone: ['feature-x', 'feature-y', 'v1-2'],
    },
    { name: 'the default branch stays though not listed', live: ['fix-1'], gone: ['feature-x', 'feature-y', 'v1-2'] },
  ])('$name', ({ live, gone }) => {
    expect(removed(caches, { liveBranches: live })).toEqual(gone);
  });

  test('an empty live list refuses to remove everything', () => {
    expect(() => selectPrune(caches, rules({ liveBranches: [] }), NOW)).toThrow(ConfigError);
    expect(() => selectPrune(caches, rules({ liveBranches: ['refs/pull/1/head', '', '# none'] }), NOW)).toThrow(
      /live branch list is empty.*--all/s
    );
  });

  test('--all with an empty list removes every branch but the default one', () => {
    expect(removed(caches, { liveBranches: [], all: true })).toEqual(['feature-x', 'feature-y', 'v1-2', 'fix-1']);
  });

  test('the default branch goes only when named, fresh caches stay unless named', () => {
    const withFresh = [...caches, entry('hot', 0.2)];
    expect(removed(withFresh, { all: true })).not.toContain('hot');
    expect(removed(withFresh, { removeBranches: ['main', 'hot'] })).toEqual(['main', 'hot']);
  });
});

describe('older-than and the size budget', () => {
  test('--older-than judges the last write; an unknown time stays', () => {
    const caches = [entry('main', 900), entry('old', 800), entry('recent', 10), entry('unknown')];
    const selection = selectPrune(caches, rules({ olderThan: '30d' }), NOW);
    expect(selection.decisions.filter((d) => d.remove).map((d) => d.slug)).toEqual(['old']);
    expect(selection.decisions.find((d) => d.slug === 'unknown')?.reason).toMatch(/no record/);
  });

  test('the budget removes the oldest first, never the default branch or a fresh cache', () => {
    const caches = [entry('main', 100), entry('a', 50), entry('b', 30), entry('c', 20), entry('fresh', 0.5)];
    // 5 x 100 bytes; a 250-byte budget: a, b and c are candidates, oldest first, until 200 are left.
    expect(removed(caches, { maxSize: '250' })).toEqual(['a', 'b', 'c']);
    expect(removed(caches, { maxSize: '300' })).toEqual(['a', 'b']);
    const over = selectPrune(caches, rules({ maxSize: '100' }), NOW);
    expect(over.notes.join('\n')).toMatch(/over the 100 budget/);
  });

  test('shared blobs count once against the budget', () => {
    const shared = { 'sha256:base': 1000 };
    const caches = [
      entry('main', 10, { ...shared, 'sha256:m': 10 }),
      entry('a', 9, { ...shared, 'sha256:a': 10 }),
      entry('b', 8, { ...shared, 'sha256:b': 10 }),
    ];
    expect(removed(caches, { maxSize: '1030' })).toEqual([]);
    expect(removed(caches, { maxSize: '1020' })).toEqual(['a']);
  });
});

describe('cache tags', () => {
  test.each([
    ['feature-x', { slug: 'feature-x', kind: 'cache' }],
    ['feature-x.prev', { slug: 'feature-x', kind: 'prev' }],
    ['feature-x.record', { slug: 'feature-x', kind: 'record' }],
    ['feature-x.prev.record', { slug: 'feature-x', kind: 'prev-record' }],
    ['feature-x.mounts', { slug: 'feature-x', kind: 'mounts' }],
    ['1.4.0', undefined],
    ['v1.2.prev', undefined],
    ['Feature-X', undefined],
    ['-x', undefined],
    ['latest', { slug: 'latest', kind: 'cache' }],
  ])('%s', (tag, expected) => {
    expect(parseCacheTag(tag)).toEqual(expected);
  });
});

test('git ls-remote output and live slugs', () => {
  const names = parseLsRemote('a1\trefs/heads/main\nb2\trefs/heads/Feature/X\n\n');
  expect(names).toEqual(['refs/heads/main', 'refs/heads/Feature/X']);
  expect([...liveSlugs(names).slugs]).toEqual(['main', 'feature-x']);
});
