// Real tars from the system's tar (GNU or busybox), made in a temp directory.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { inspectArchive } from './archive.js';

function tarOf(files: Record<string, string>, mtime = new Date('2026-01-01T00:00:00Z')): Buffer {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lc-archive-'));
  const root = path.join(dir, 'root');
  mkdirSync(root);
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), body);
    utimesSync(path.join(root, name), mtime, mtime);
  }
  utimesSync(root, mtime, mtime);
  execFileSync('tar', ['-cf', path.join(dir, 'a.tar'), '-C', root, '.']);
  return readFileSync(path.join(dir, 'a.tar'));
}

test('the same files give the same digest whatever their times; other content another', () => {
  const a = inspectArchive(tarOf({ 'pkg/x': 'one', [`${'long/'.repeat(30)}name`]: 'deep' }));
  const later = inspectArchive(tarOf({ 'pkg/x': 'one', [`${'long/'.repeat(30)}name`]: 'deep' }, new Date('2026-06-01T00:00:00Z')));
  const changed = inspectArchive(tarOf({ 'pkg/x': 'two', [`${'long/'.repeat(30)}name`]: 'deep' }));
  expect(later.digest).toBe(a.digest);
  expect(changed.digest).not.toBe(a.digest);
  expect(a.entries).toBeGreaterThanOrEqual(3);
});

test('an archive of an empty mount has no entries', () => {
  expect(inspectArchive(tarOf({})).entries).toBe(0);
  expect(inspectArchive(Buffer.alloc(0)).entries).toBe(0);
});
