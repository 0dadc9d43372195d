import { expect, test } from 'vitest';
import { formatLintReport, renderLintText, toCodeQuality } from './format.js';
import { lintDockerfile } from './lint.js';
import type { LintFinding } from './types.js';

const dockerfile = ['FROM node', 'WORKDIR /app', 'COPY . .', 'RUN npm ci'].join('\n');
const findings = lintDockerfile(dockerfile, { dockerignore: 'dist\n', contextEntries: ['.git'] });

test('GitLab Code Quality: an array of issues with exactly the documented fields', () => {
  const issues = JSON.parse(formatLintReport('gitlab', findings, './docker/Dockerfile')) as unknown[];
  expect(issues).toHaveLength(findings.length);
  for (const issue of issues) {
    expect(Object.keys(issue as object).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity']);
    expect(issue).toMatchObject({
      description: expect.stringContaining('Fix: '),
      check_name: expect.stringMatching(/^layercache\/[a-z-]+$/),
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      severity: expect.stringMatching(/^(info|minor|major|critical|blocker)$/),
      location: { path: expect.any(String), lines: { begin: expect.any(Number) } },
    });
  }
  const byRule = Object.fromEntries(toCodeQuality(findings, 'docker/Dockerfile').map((i) => [i.check_name, i]));
  expect(byRule['layercache/copy-context-before-install']).toMatchObject({ severity: 'major', location: { path: 'docker/Dockerfile', lines: { begin: 3 } } });
  expect(byRule['layercache/floating-base-image']).toMatchObject({ severity: 'minor', location: { lines: { begin: 1 } } });
  expect(byRule['layercache/run-without-cache-mount']?.severity).toBe('info');
  // A finding about the .dockerignore points at that file.
  expect(byRule['layercache/context-not-ignored']?.location.path).toBe('.dockerignore');
});

test('fingerprints are stable across runs and when unrelated lines move', () => {
  const again = toCodeQuality(lintDockerfile(dockerfile, { dockerignore: 'dist\n', contextEntries: ['.git'] }));
  const moved = toCodeQuality(lintDockerfile(`# a comment added on top\n\n${dockerfile}`, { dockerignore: 'dist\n', contextEntries: ['.git'] }));
  const first = toCodeQuality(findings);
  expect(again.map((i) => i.fingerprint)).toEqual(first.map((i) => i.fingerprint));
  expect(moved.map((i) => i.fingerprint)).toEqual(first.map((i) => i.fingerprint));
  expect(moved.map((i) => i.location.lines.begin)).not.toEqual(first.map((i) => i.location.lines.begin));
});

test('fingerprints differ by rule, file and anchor, and repeated findings stay unique', () => {
  const finding: LintFinding = { ruleId: 'run-without-cache-mount', severity: 'info', line: 2, message: 'm', fix: 'f', anchor: 'RUN npm ci' };
  const prints = toCodeQuality([
    finding,
    { ...finding, line: 9 }, // the same instruction twice in one file
    { ...finding, anchor: 'RUN yarn' },
    { ...finding, ruleId: 'other-rule' },
  ]).map((i) => i.fingerprint);
  expect(new Set(prints).size).toBe(4);
  expect(toCodeQuality([finding], 'a/Dockerfile')[0]!.fingerprint).not.toBe(toCodeQuality([finding], 'b/Dockerfile')[0]!.fingerprint);
});

test('JSON: file, summary counts and findings with their file', () => {
  const report = JSON.parse(formatLintReport('json', findings, 'Dockerfile'));
  expect(report.file).toBe('Dockerfile');
  expect(report.summary).toEqual({ error: 1, warning: 2, info: 1 });
  expect(report.findings.map((f: { ruleId: string; file: string; line: number }) => `${f.file}:${f.line}:${f.ruleId}`)).toEqual([
    'Dockerfile:1:floating-base-image',
    'Dockerfile:3:copy-context-before-install',
    'Dockerfile:4:run-without-cache-mount',
    '.dockerignore:1:context-not-ignored',
  ]);
  expect(report.findings[0]).toEqual({
    ruleId: 'floating-base-image', severity: 'warning', file: 'Dockerfile', line: 1,
    message: expect.any(String), fix: expect.any(String),
  });
});

test('text: one block per finding, a total, or a clean message', () => {
  const text = renderLintText(findings, 'Dockerfile');
  expect(text).toContain('Dockerfile:3 error copy-context-before-install\n');
  expect(text).toContain('  fix: Copy only package.json package-lock.json first');
  expect(text.trimEnd().split('\n').at(-1)).toBe('4 findings (1 error, 2 warning, 1 info)');
  expect(renderLintText([], 'app/Dockerfile')).toBe('app/Dockerfile: no cache problems found\n');
  expect(JSON.parse(formatLintReport('gitlab', []))).toEqual([]);
});

test('fingerprints do not change between releases (golden values, also shown in docs/lint.md)', () => {
  const issues = toCodeQuality(lintDockerfile('FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci\n'));
  expect(issues.map((i) => [i.check_name, i.fingerprint])).toEqual([
    ['layercache/copy-context-before-install', 'f73ade457d896c2a2b450131500467d580d0984884f0dc20426089cb8c881cde'],
    ['layercache/run-without-cache-mount', '7fc1152182b98224b980b5f0aebd4f02cd5df7ee9771b0e9a308902417ba35ca'],
  ]);
});
