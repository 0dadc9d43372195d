// Prints the suite's closing lines from vitest's JSON reports: one line per part, naming the engine it ran
// on ("integration (docker 26.1.5 / buildx 0.13.1): N passed, 0 failed, 0 skipped"), then the plain line CI
// reads, "tests: N passed, N failed, N skipped", then the type check's result (--typecheck=passed|failed),
// so a failed type check is not hidden above the tests. Each report argument is `LABEL=PATH` or a bare PATH.
// Above those lines it names each failed test and the first line of its error: CI shows only the log's tail.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const typecheckArg = args.find((arg) => arg.startsWith('--typecheck='));
const typecheck = typecheckArg?.slice('--typecheck='.length);

const total = { passed: 0, failed: 0, skipped: 0 };
const countLines = [];
const failureLines = [];
for (const arg of args.filter((a) => !a.startsWith('--'))) {
  const split = arg.lastIndexOf('=');
  const file = split < 0 ? arg : arg.slice(split + 1);
  const label = split < 0 ? path.basename(file, '.json') : arg.slice(0, split);
  const part = { passed: 0, failed: 0, skipped: 0 };
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    part.passed = report.numPassedTests;
    // A file that fails to load has no failed test but fails the run: count it once.
    part.failed = report.numFailedTests + (report.success === false && report.numFailedTests === 0 ? 1 : 0);
    part.skipped = report.numPendingTests + (report.numTodoTests ?? 0);
    failureLines.push(...failedTests(report).map((line) => `failed in ${label}: ${line}`));
  } catch {
    console.error(`no test report at ${file}: that run did not finish`);
    part.failed = 1;
  }
  // Labels keep more than one word before the colon, so only the closing line has CI's plain form.
  countLines.push(`${label}: ${part.passed} passed, ${part.failed} failed, ${part.skipped} skipped`);
  for (const key of Object.keys(total)) total[key] += part[key];
}
for (const line of failureLines) console.log(line);
for (const line of countLines) console.log(line);
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
if (typecheck) console.log(`type check: ${typecheck}`);
process.exit(total.failed > 0 || total.passed === 0 || (typecheck !== undefined && typecheck !== 'passed') ? 1 : 0);

/** "file > full name: first line of the error", one per failed test; a file that failed to load, by its message. */
function failedTests(report) {
  const lines = [];
  for (const file of report.testResults ?? []) {
    const name = path.relative(process.cwd(), file.name ?? '');
    const failed = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const t of failed) lines.push(`${name} > ${t.fullName ?? t.title}: ${firstLine(t.failureMessages?.[0])}`);
    if (failed.length === 0 && file.status === 'failed') lines.push(`${name}: ${firstLine(file.message)}`);
  }
  return lines;
}

function firstLine(text) {
  // Reporter messages carry ANSI colours and can be long: one plain line, cut to what a log line holds.
  const line = String(text ?? 'no message').replace(/\u001b\[[0-9;]*m/g, '').split('\n').find((l) => l.trim()) ?? '';
  return line.trim().slice(0, 300);
}
