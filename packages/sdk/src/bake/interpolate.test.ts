import { describe, expect, test } from 'vitest';
import { interpolate, InterpolationError } from './interpolate.js';

const env = { SET: 'value', EMPTY: '', TAG: '1.2' };

describe('interpolate (Compose variable syntax)', () => {
  test.each([
    ['plain text', 'plain text'],
    ['${SET}', 'value'],
    ['$SET/x', 'value/x'],
    ['${UNSET:-fallback}', 'fallback'],
    ['${EMPTY:-fallback}', 'fallback'],
    ['${EMPTY-fallback}', ''],
    ['${UNSET-fallback}', 'fallback'],
    ['${SET:-fallback}', 'value'],
    ['${UNSET:-${SET}}', 'value'],
    ['${UNSET:-${ALSO_UNSET:-deep}}', 'deep'],
    ['${SET:+on}', 'on'],
    ['${UNSET:+on}', ''],
    ['$$SET', '$SET'],
    ['price $ 5', 'price $ 5'],
    ['reg.test/app:${TAG}-${UNSET:-dev}', 'reg.test/app:1.2-dev'],
  ])('%s -> %s', (text, value) => {
    expect(interpolate(text, env).value).toBe(value);
  });

  test('reports variables used without value or default', () => {
    expect(interpolate('${A}-$B-${C:-x}', {}).unset).toEqual(['A', 'B']);
  });

  test.each([
    ['${UNSET:?set UNSET first}', /UNSET is unset: set UNSET first/],
    ['${EMPTY:?}', /EMPTY is empty/],
    ['${unclosed', /unclosed/],
    ['${1BAD}', /invalid variable/],
    ['${SET:x}', /invalid variable/],
  ])('%s throws', (text, message) => {
    expect(() => interpolate(text, env)).toThrow(InterpolationError);
    expect(() => interpolate(text, env)).toThrow(message);
  });

  test('never reads process.env', () => {
    expect(interpolate('${PATH:-none}', {}).value).toBe('none');
  });
});
