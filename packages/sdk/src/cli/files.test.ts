// The report files of `layercache build`/`bake`: checked before the build by their flags, and
// after it a file that cannot be written is a warning on stderr, never a thrown error.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkOutputPaths } from '../options/check-outputs.js';
import { reportOutputs, writeReports } from './files.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'layercache-files-'));
writeFileSync(path.join(dir, 'a-file'), 'x');
mkdirSync(path.join(dir, 'a-dir'));

function io() {
  let stderr = '';
  return { io: { env: {}, cwd: dir, stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) } }, stderr: () => stderr };
}

describe('report files', () => {
  test.each([
    ['a directory', 'a-dir', 'is a directory'],
    ['under a file', 'a-file/r.json', 'which is a file'],
    ['in a read-only place', '/sys/layercache-r.json', 'is not writable'],
  ])('before the build: --report-json %s is named, with the reason', async (_what, file, reason) => {
    const error = await checkOutputPaths(reportOutputs({ reportJson: file }), dir).catch((e: Error) => e);
    expect(error).toMatchObject({ name: 'ConfigError', exitCode: 2 });
    expect((error as Error).message).toContain('--report-json');
    expect((error as Error).message).toContain(reason);
  });

  test('before the build: a new file in a new directory is fine, and nothing is created', async () => {
    await checkOutputPaths(reportOutputs({ reportJson: 'new/dir/r.json', reportMarkdown: 'r.md' }), dir);
    expect(() => readFileSync(path.join(dir, 'new'))).toThrow();
  });

  test('after the build: a file that cannot be written is a warning; the other is written', async () => {
    const t = io();
    await writeReports({ reportJson: 'a-dir', reportMarkdown: 'out/r.md' }, t.io, { json: '{}\n', markdown: '# r\n' });
    expect(t.stderr()).toContain('warning: [layercache] could not write --report-json');
    expect(readFileSync(path.join(dir, 'out/r.md'), 'utf8')).toBe('# r\n');
  });
});
