// The private run directories on a real file system: 0700, and the sweep of dead runs' directories.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { openPrivateDir, privateRoot } from './private-dir.js';

test("a 0700 run directory under a 0700 per-user root; a dead run's directory is swept, a live one kept", async () => {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'lc-private-dir-'));
  const root = privateRoot(tmp);
  await mkdir(root, { mode: 0o700 });
  const deadPid = spawnSync('true').pid!; // exited: its pid is free
  await mkdir(path.join(root, `run-${deadPid}-abc`));
  await mkdir(path.join(root, `run-${process.ppid}-def`)); // the test runner's parent: alive
  const dir = await openPrivateDir(tmp);
  expect(path.dirname(dir.path)).toBe(root);
  expect((await stat(dir.path)).mode & 0o777).toBe(0o700);
  expect((await stat(root)).mode & 0o777).toBe(0o700);
  expect((await readdir(root)).sort()).toEqual([path.basename(dir.path), `run-${process.ppid}-def`].sort());
  dir.removeSync();
  expect(await readdir(root)).toEqual([`run-${process.ppid}-def`]);
});
