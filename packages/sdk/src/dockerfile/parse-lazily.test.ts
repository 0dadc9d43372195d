import { expect, test } from 'vitest';
import { mayHaveMounts, parseDockerfileLazily } from './parse-lazily.js';

test('mayHaveMounts: any --mount flag, on any line, continued or not', () => {
  expect(mayHaveMounts('FROM a\nRUN --mount=type=cache,target=/root/.npm npm ci\n')).toBe(true);
  expect(mayHaveMounts('FROM a\nRUN \\\n  --mount=type=cache,target=/x true\n')).toBe(true);
  expect(mayHaveMounts('FROM a\nRUN echo mount --mounted\nCOPY . .\n')).toBe(false);
});

test('parseDockerfileLazily gives the parser\'s model', async () => {
  const model = await parseDockerfileLazily('FROM busybox AS base\nRUN true\nFROM base\n');
  expect(model.stages.map((s) => s.name)).toEqual(['base', null]);
});
