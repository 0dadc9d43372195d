// The Dockerfile table (packages/sdk/test/lint-fixtures): each realistic Dockerfile reports
// exactly the expected rule ids and nothing else.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { lintFixtureCases } from '../../test/lint-fixtures/cases.js';
import { lintDockerfile } from './lint.js';

const fixture = (file: string) => readFileSync(new URL(`../../test/lint-fixtures/${file}`, import.meta.url), 'utf8');

test('the table covers Node, Python, Go and Java, good and bad, at least 15 Dockerfiles', () => {
  expect(lintFixtureCases.length).toBeGreaterThanOrEqual(15);
  for (const lang of ['node', 'python', 'go', 'java']) {
    const ofLang = lintFixtureCases.filter((c) => c.file.startsWith(`${lang}-`));
    expect(ofLang.some((c) => c.expected.length === 0), `${lang}: a clean Dockerfile`).toBe(true);
    expect(ofLang.some((c) => c.expected.length > 0), `${lang}: a Dockerfile with findings`).toBe(true);
  }
});

test.each(lintFixtureCases)('$file reports exactly $expected', ({ file, options, expected }) => {
  const findings = lintDockerfile(fixture(file), { ...options, fileName: file });
  const ids = [...new Set(findings.map((f) => f.ruleId))].sort();
  expect(ids).toEqual([...expected].sort());
});
