// startRun: preflight on one path, the workspace and the cache lookups on the other; errors in the
// order the steps used to run in. The steps are controlled promises: this checks the ordering itself.
import { describe, expect, test } from 'vitest';
import { STAND_IN_ENGINE } from '../../../../test-support/stand-in-engine.js';
import type { PreflightReport } from '../preflight/preflight.js';
import { startRun } from './start-run.js';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

function workspace() {
  const w = { disposed: 0, dispose: async () => void w.disposed++ };
  return w;
}

describe('startRun', () => {
  test('the lookups start before preflight has answered, and planning gets all three', async () => {
    const engine = deferred<PreflightReport>();
    const w = workspace();
    let lookupsStarted = false;
    const started = startRun({
      preflight: () => engine.promise,
      openWorkspace: async () => w,
      lookups: async () => {
        lookupsStarted = true;
        return 'found';
      },
    });
    await new Promise((r) => setTimeout(r, 10));
    expect(lookupsStarted).toBe(true);
    engine.resolve(STAND_IN_ENGINE);
    await expect(started).resolves.toEqual({ engine: STAND_IN_ENGINE, workspace: w, found: 'found' });
    expect(w.disposed).toBe(0);
  });

  test('a failed preflight aborts the pending lookups, removes the workspace and is the error seen', async () => {
    const failure = new Error('daemon unreachable');
    const w = workspace();
    let aborted = false;
    const started = startRun({
      preflight: async () => {
        await new Promise((r) => setTimeout(r, 10));
        throw failure;
      },
      openWorkspace: async () => w,
      // A request that only ends when aborted, as a stalled registry would.
      lookups: (_w, signal) =>
        new Promise((_resolve, reject) =>
          signal.addEventListener('abort', () => {
            aborted = true;
            reject(new Error('aborted'));
          }),
        ),
    });
    await expect(started).rejects.toBe(failure);
    expect(aborted).toBe(true);
    expect(w.disposed).toBe(1);
  });

  test('preflight error first, then the workspace error, then the lookups error', async () => {
    const preflightError = new Error('preflight');
    const workspaceError = new Error('workspace');
    const lookupsError = new Error('lookups');
    const fails = (e: Error) => async () => Promise.reject(e);
    await expect(
      startRun({ preflight: fails(preflightError), openWorkspace: fails(workspaceError), lookups: async () => 1 }),
    ).rejects.toBe(preflightError);
    const engine = async () => STAND_IN_ENGINE;
    await expect(
      startRun({ preflight: engine, openWorkspace: fails(workspaceError), lookups: async () => 1 }),
    ).rejects.toBe(workspaceError);
    const w = workspace();
    await expect(
      startRun({ preflight: async () => STAND_IN_ENGINE, openWorkspace: async () => w, lookups: fails(lookupsError) }),
    ).rejects.toBe(lookupsError);
    expect(w.disposed).toBe(1);
  });
});
