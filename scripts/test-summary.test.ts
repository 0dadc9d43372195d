// scripts/test-summary.mjs: one line per part naming its engine, and only the closing line in the plain
// form CI reads ("N passed, N failed", at most one word and a colon before it).
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const run = promisify(execFile);
const script = new URL('./test-summary.mjs', import.meta.url).pathname;
const ciPlainLine = /^(\w+: )?\d+ passed, \d+ failed(, \d+ skipped)?$/;

async function summary(parts: Array<[string, object | undefined]>): Promise<{ lines: string[]; code: number }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'layercache-summary-'));
  const args = await Promise.all(
    parts.map(async ([label, report], i) => {
      const file = path.join(dir, `${i}.json`);
      if (report) await writeFile(file, JSON.stringify(report));
      return `${label}=${file}`;
    })
  );
  const result = await run('node', [script, '--typecheck=passed', ...args]).then(
    (r) => ({ ...r, code: 0 }),
    (e) => ({ stdout: e.stdout as string, code: e.code as number })
  );
  return { lines: result.stdout.trim().split('\n'), code: result.code };
}

const ok = (passed: number) => ({ numPassedTests: passed, numFailedTests: 0, numPendingTests: 1, success: true });

test('each part names its engine; the totals are the only line CI reads', async () => {
  const { lines, code } = await summary([
    ['unit tests', ok(10)],
    ['integration (docker 26.1.5 / buildx 0.13.1)', ok(5)],
    ['integration (docker 28.5.2 / buildx 0.29.1)', ok(4)],
  ]);
  expect(lines).toEqual([
    'unit tests: 10 passed, 0 failed, 1 skipped',
    'integration (docker 26.1.5 / buildx 0.13.1): 5 passed, 0 failed, 1 skipped',
    'integration (docker 28.5.2 / buildx 0.29.1): 4 passed, 0 failed, 1 skipped',
    'tests: 19 passed, 0 failed, 3 skipped',
    'type check: passed',
  ]);
  expect(lines.filter((l) => ciPlainLine.test(l))).toEqual(['tests: 19 passed, 0 failed, 3 skipped']);
  expect(code).toBe(0);
});

test('a part whose report is missing counts as one failure and fails the run', async () => {
  const { lines, code } = await summary([
    ['unit tests', ok(10)],
    ['integration (docker 28.5.2 / buildx 0.29.1)', undefined],
  ]);
  expect(lines).toContain('integration (docker 28.5.2 / buildx 0.29.1): 0 passed, 1 failed, 0 skipped');
  expect(lines).toContain('tests: 10 passed, 1 failed, 1 skipped');
  expect(code).toBe(1);
});

test('each failed test is named with the first line of its error, above the counts', async () => {
  const failing = {
    numPassedTests: 3,
    numFailedTests: 1,
    numPendingTests: 0,
    success: false,
    testResults: [
      {
        name: path.join(process.cwd(), 'packages/sdk/test/a.test.itg.ts'),
        status: 'failed',
        assertionResults: [
          { status: 'passed', fullName: 'a > works', failureMessages: [] },
          {
            status: 'failed',
            fullName: 'a > breaks',
            failureMessages: ['\u001b[31mAssertionError: expected 1 to be 2\u001b[39m\n    at x'],
          },
        ],
      },
      {
        name: path.join(process.cwd(), 'packages/sdk/test/b.test.itg.ts'),
        status: 'failed',
        message: 'Cannot find module x',
        assertionResults: [],
      },
    ],
  };
  const { lines, code } = await summary([
    ['unit tests', ok(2)],
    ['integration (docker 26.1.5 / buildx 0.13.1)', failing],
  ]);
  const label = 'failed in integration (docker 26.1.5 / buildx 0.13.1)';
  expect(lines.slice(0, 2)).toEqual([
    `${label}: packages/sdk/test/a.test.itg.ts > a > breaks: AssertionError: expected 1 to be 2`,
    `${label}: packages/sdk/test/b.test.itg.ts: Cannot find module x`,
  ]);
  expect(lines.at(-2)).toBe('tests: 5 passed, 1 failed, 1 skipped');
  expect(lines.filter((l) => ciPlainLine.test(l))).toEqual(['tests: 5 passed, 1 failed, 1 skipped']);
  expect(code).toBe(1);
});
