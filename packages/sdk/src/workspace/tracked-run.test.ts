// A run is tracked for SIGTERM/SIGINT only while it holds a workspace: a build that fails before
// (here: the engine does not answer) must leave nothing for an interrupt to wait on. The engine is
// a stand-in process seam: this checks the SDK's own bookkeeping, not Docker.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { cachedBuild } from '../build.js';
import { EngineError } from '../errors.js';
import { interruptRuns } from './interrupt.js';
import type { ProcessRunner } from '../exec/process.js';

test('a build whose engine does not answer leaves no run tracked', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'layercache-tracked-'));
  await writeFile(path.join(dir, 'Dockerfile'), 'FROM scratch\n');
  const calls: string[] = [];
  const run: ProcessRunner = async (_command, args) => {
    calls.push(args.join(' '));
    return { exitCode: 1, stdout: '', stderrTail: 'Cannot connect to the Docker daemon at unix:///nowhere.sock' };
  };
  const env = { PATH: process.env.PATH, DOCKER_HOST: 'unix:///nowhere.sock' };
  await expect(cachedBuild({ context: '.', cache: { backend: 'none' } }, { env, cwd: dir, run })).rejects.toBeInstanceOf(EngineError);
  expect(calls).toContainEqual(expect.stringMatching(/^info /)); // the engine was asked, and failed
  expect(interruptRuns('SIGTERM')).toBe(0);
});
