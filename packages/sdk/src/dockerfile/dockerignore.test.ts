import { expect, test } from 'vitest';
import { isIgnored, parseDockerignore } from './dockerignore.js';

test.each([
  ['.git', '.git', true],
  ['/.git/', '.git', true],
  ['./node_modules', 'node_modules', true],
  ['**/node_modules', 'node_modules', true],
  ['**/node_modules', 'apps/web/node_modules/react/index.js', true],
  ['*/node_modules', 'node_modules', false],
  ['node_modules', 'node_modules/react/index.js', true],
  ['*', '.git', true],
  ['.g?t', '.git', true],
  ['.[gh]it', '.git', true],
  ['*.md', 'README.md', true],
  ['*.md', 'docs/README.md', false],
  ['# .git', '.git', false],
  ['*\n!.git', '.git', false],
  ['!.git\n*', '.git', true],
  ['', '.git', false],
])('%j ignores %s: %s', (ignore, path, expected) => {
  expect(isIgnored(parseDockerignore(ignore), path)).toBe(expected);
});
