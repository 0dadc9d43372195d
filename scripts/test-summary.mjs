// Prints the suite's closing lines from vitest's JSON reports: "tests: N passed, N failed, N skipped",
// then the type check's result (--typecheck=passed|failed), so a failed type check is not hidden above the tests.
import { readFileSync } from 'node:fs';

const typecheckArg = process.argv.slice(2).find((arg) => arg.startsWith('--typecheck='));
const typecheck = typecheckArg?.slice('--typecheck='.length);

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2).filter((arg) => !arg.startsWith('--'))) {
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    console.error(`no test report at ${file}: that run did not finish`);
    failed += 1;
    continue;
  }
  passed += report.numPassedTests;
  // A file that fails to load has no failed test but fails the run: count it once.
  failed += report.numFailedTests + (report.success === false && report.numFailedTests === 0 ? 1 : 0);
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (typecheck) console.log(`type check: ${typecheck}`);
process.exit(failed > 0 || passed === 0 || (typecheck !== undefined && typecheck !== 'passed') ? 1 : 0);
