import { expect, test } from 'vitest';
import { prefixedEntries } from './prefixed-entries.js';

test('each variable under the prefix is one entry, its value as given', () => {
  const env = { ARG_A: 'a, b\nc', ARG_B: ' spaced ', ARG_: 'bare', ARG_UNSET: undefined, X_ARG_C: 'x', arg_d: 'y' };
  expect(prefixedEntries(env, 'ARG_')).toEqual({ A: 'a, b\nc', B: ' spaced ' });
});

test('nothing under the prefix: no entries', () => {
  expect(prefixedEntries({ PATH: '/bin' }, 'ARG_')).toEqual({});
});
