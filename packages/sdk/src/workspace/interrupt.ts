// Stopping runs on SIGTERM/SIGINT. Every cachedBuild/cachedBake registers an AbortController while
// it runs; interruptRuns() aborts them, so buildx gets SIGTERM, the run waits for it to exit and
// removes its private files, then throws InterruptedError. Sync cleanups are the last resort of a
// process that must exit at once (a second signal, a run that will not stop).
// The state sits on globalThis: the CLI and the package index are separate bundles.
import { InterruptedError } from '../errors.js';

interface Runs {
  controllers: Set<AbortController>;
  cleanups: Set<() => void>;
}

const KEY = Symbol.for('layercache.runs');
const runs: Runs = ((globalThis as Record<symbol, Runs | undefined>)[KEY] ??= {
  controllers: new Set(),
  cleanups: new Set(),
});

export interface TrackedRun {
  /** Aborted when the caller's signal aborts or interruptRuns() is called. */
  signal: AbortSignal;
  /** Registers a synchronous cleanup for a forced exit; returns its removal. */
  onForcedExit(cleanup: () => void): () => void;
  release(): void;
}

export function trackRun(outer?: AbortSignal): TrackedRun {
  const controller = new AbortController();
  const follow = () =>
    controller.abort(outer?.reason instanceof InterruptedError ? outer.reason : new InterruptedError('SIGTERM'));
  if (outer?.aborted) follow();
  else outer?.addEventListener('abort', follow, { once: true });
  runs.controllers.add(controller);
  const mine = new Set<() => void>();
  return {
    signal: controller.signal,
    onForcedExit(cleanup) {
      mine.add(cleanup);
      runs.cleanups.add(cleanup);
      return () => {
        mine.delete(cleanup);
        runs.cleanups.delete(cleanup);
      };
    },
    release() {
      outer?.removeEventListener('abort', follow);
      runs.controllers.delete(controller);
      for (const c of mine) runs.cleanups.delete(c);
    },
  };
}

/** Aborts every run in this process; returns how many there were. */
export function interruptRuns(signal: 'SIGTERM' | 'SIGINT'): number {
  const active = [...runs.controllers];
  for (const c of active) c.abort(new InterruptedError(signal));
  return active.length;
}

/** Runs every registered sync cleanup (each once). */
export function runForcedCleanups(): void {
  for (const cleanup of [...runs.cleanups]) {
    runs.cleanups.delete(cleanup);
    try {
      cleanup();
    } catch {
      // best effort: the process is about to exit
    }
  }
}

const SIGNAL_NUMBER = { SIGINT: 2, SIGTERM: 15 } as const;
/** How long a stopped run may take to stop its child and clean up before the process exits anyway. */
export const STOP_GRACE_MS = 15_000;

/**
 * SIGTERM/SIGINT for a CLI process: stop the runs and let the command return, then exit 128 + the
 * signal's number (130, 143). With no run active, or on a second signal, clean up and exit at once.
 */
export function handleInterrupts(proc: NodeJS.Process): { exitCode(code: number): number } {
  let received: keyof typeof SIGNAL_NUMBER | undefined;
  const exitNow = (sig: keyof typeof SIGNAL_NUMBER) => {
    runForcedCleanups();
    proc.exit(128 + SIGNAL_NUMBER[sig]);
  };
  for (const sig of ['SIGTERM', 'SIGINT'] as const) {
    proc.on(sig, () => {
      if (received) return exitNow(sig);
      received = sig;
      if (interruptRuns(sig) === 0) return exitNow(sig);
      setTimeout(() => exitNow(sig), STOP_GRACE_MS).unref();
    });
  }
  return { exitCode: (code) => (received ? 128 + SIGNAL_NUMBER[received] : code) };
}
