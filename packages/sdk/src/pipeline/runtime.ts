// What a caller hands cachedBuild and cachedBake besides the options: the seams the SDK does its
// I/O through, so it never reads process globals on its own.
import type { DaemonInfoSource } from '../engine/daemon-info.js';
import type { PreflightReport } from '../preflight/preflight.js';
import type { Logger } from '../workspace/build-environment.js';
import type { ProcessRunner } from '../exec/process.js';

export interface BuildRuntime {
  /** Environment for docker/buildx (DOCKER_HOST, HOME, PATH…). Omitted: children inherit the process's. */
  env?: Record<string, string | undefined>;
  /** Directory relative paths start from. Default: the process's working directory. */
  cwd?: string;
  logger?: Logger;
  /** Process seam; tests pass a spy. */
  run?: ProcessRunner;
  /** Skip preflight and use these facts (tests of the orchestration; the CLI's dry run). */
  preflight?: PreflightReport;
  /**
   * Aborting stops the build: buildx gets SIGTERM, the private docker config is removed, and the
   * call throws InterruptedError. (handleInterrupts() does this for every run on SIGTERM/SIGINT.)
   */
  signal?: AbortSignal;
  /**
   * Where preflight gets the engine's GET /info answer (the CLI's is asked before the build's code
   * loads: engine/early-info.ts). Omitted: asked by preflight, with the real process seam only.
   */
  daemonInfo?: DaemonInfoSource;
}

/** Which engine the build runs on, so a job log shows the endpoint buildx dialled. */
export function engineLine(engine: PreflightReport): string {
  const versions = `Docker ${engine.engineVersion ?? 'unknown'}, buildx ${engine.buildxVersion}`;
  return `layercache: engine ${engine.dockerHost}; ${versions}, builder ${engine.builder} (${engine.driver})`;
}
