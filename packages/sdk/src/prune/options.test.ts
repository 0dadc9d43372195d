import { expect, test } from 'vitest';
import { parseDuration, parsePruneOptions, parseSize } from './options.js';

test.each([
  ['90m', 5_400_000],
  ['12h', 43_200_000],
  ['30d', 2_592_000_000],
  ['2w', 1_209_600_000],
  ['30', undefined],
  ['1y', undefined],
])('duration %s', (text, ms) => expect(parseDuration(text)).toBe(ms));

test.each([
  ['123', 123],
  ['500MB', 500_000_000],
  ['10GiB', 10 * 1024 ** 3],
  ['10G', 10 * 1024 ** 3],
  ['1.5 KiB', 1536],
  ['lots', undefined],
])('size %s', (text, bytes) => expect(parseSize(text)).toBe(bytes));

test('bad input names every field before anything is touched', () => {
  expect(() => parsePruneOptions({ backend: 'registry', olderThan: 'soon', maxSize: 'big' })).toThrow(/olderThan.*duration[\s\S]*maxSize.*size/);
  expect(() => parsePruneOptions({ backend: 'registry', ref: 'r.example/c', liveBranches: ['main'] })).not.toThrow();
  expect(() => parsePruneOptions({ backend: 'registry', ref: 'r.example/c' })).toThrow(/no rule says what to remove/);
  expect(() => parsePruneOptions({ backend: 'registry', ref: 'r.example/c:main', all: true })).toThrow(/fixed tag/);
  expect(() => parsePruneOptions({ backend: 'local', all: true })).toThrow(/--cache-dir/);
});
