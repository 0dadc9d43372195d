// What a build and a bake do before planning, on two paths at once: preflight (the engine's facts,
// `buildx inspect`) on one; the run's workspace and then the cache lookups (previous generations,
// local caches, the context check) on the other. Only planning needs both. A failed preflight cuts the
// lookups short (their signal aborts), removes the workspace and is the error the caller sees, as it
// was when the lookups ran after it; no promise is left to reject unhandled.
import type { EngineTarget } from '../engine/target.js';
import type { ProcessRunner } from '../exec/process.js';
import type { BuildOptions } from '../options/schema.js';
import { preflight, type PreflightReport } from '../preflight/preflight.js';
import { openTrackedWorkspace, type RunOptions } from '../workspace/build-environment.js';
import type { BuildRuntime } from './runtime.js';

export interface RunStartSteps<W extends { dispose(): Promise<void> }, F> {
  preflight: () => Promise<PreflightReport>;
  openWorkspace: () => Promise<W>;
  /** Starts once the workspace is open; `signal` aborts when the run stops before planning. */
  lookups: (workspace: W, signal: AbortSignal) => Promise<F>;
}

export interface RunStart<W, F> {
  engine: PreflightReport;
  workspace: W;
  found: F;
}

/** Runs the steps concurrently; errors in the order the steps ran in before: preflight, workspace, lookups. */
export async function startRun<W extends { dispose(): Promise<void> }, F>(
  steps: RunStartSteps<W, F>,
): Promise<RunStart<W, F>> {
  const cut = new AbortController();
  const engine = steps.preflight();
  void engine.catch(() => cut.abort());
  const workspace = steps.openWorkspace();
  const found = workspace.then((w) => steps.lookups(w, cut.signal));
  const [e, w, f] = await Promise.allSettled([engine, workspace, found]);
  if (e.status === 'fulfilled' && w.status === 'fulfilled' && f.status === 'fulfilled')
    return { engine: e.value, workspace: w.value, found: f.value };
  if (w.status === 'fulfilled') await w.value.dispose().catch(() => undefined);
  if (e.status === 'rejected') throw e.reason;
  if (w.status === 'rejected') throw w.reason;
  throw (f as PromiseRejectedResult).reason;
}

/** What a build and a bake run: what preflight and opening the workspace need. */
export interface EngineSetup {
  options: RunOptions & Pick<BuildOptions, 'dockerPath' | 'builder'>;
  target: EngineTarget;
  runtime: BuildRuntime;
  run: ProcessRunner;
  /** The work directory's name prefix (layercache-run-, layercache-bake-). */
  prefix: string;
}

/** The two steps a build and a bake start alike: preflight (or the runtime's facts) and the tracked workspace. */
export function engineAndWorkspace(s: EngineSetup) {
  const { options, target, runtime, run } = s;
  return {
    preflight: async () =>
      runtime.preflight ??
      preflight({
        env: target.env,
        endpoint: target.endpoint,
        dockerPath: options.dockerPath,
        builder: options.builder,
        run,
        daemonInfo: runtime.daemonInfo,
      }),
    openWorkspace: () => openTrackedWorkspace(options, target.env, s.prefix, runtime.signal, run),
  };
}
