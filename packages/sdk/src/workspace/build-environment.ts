// What a single build and a bake set up alike around buildx: redacted logging, the credentials
// check, the work directory with its private docker config, and the plan facts from preflight.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { PlanFacts, StoredManifest } from '../backends/types.js';
import { ConfigError } from '../errors.js';
import type { BuildOptions } from '../options/schema.js';
import { defaultFacts } from '../plan/facts.js';
import type { PreflightReport } from '../preflight/preflight.js';
import { credentialSource, type CredentialSource } from '../credentials/source.js';
import { createDockerConfig } from './docker-config.js';
import { trackRun, type TrackedRun } from './interrupt.js';
import type { ProcessRunner } from '../exec/process.js';
import { makeRedactor, type Redactor } from './redact.js';

export interface Logger {
  info(line: string): void;
  warn(line: string): void;
}

export type ChildEnv = Record<string, string | undefined> | undefined;

/** The options a run's setup reads: shared by single-build and bake options. */
export type RunOptions = Pick<BuildOptions, 'registryAuth' | 'cache'>;

const consoleLogger: Logger = { info: (l) => console.error(l), warn: (l) => console.error(`warning: ${l}`) };

/** The secret values of the options: what every line the run prints or returns is redacted of. */
export function secretValues(o: RunOptions): string[] {
  const { harness, extraCredentials: extra } = o.cache;
  const keys = [
    harness?.secretAccessKey,
    harness?.sessionToken,
    harness?.accessKeyId,
    extra?.secretAccessKey,
    extra?.sessionToken,
    extra?.accessKeyId,
  ];
  return [...o.registryAuth.map((a) => a.password), ...keys].filter((v): v is string => v !== undefined && v !== '');
}

/** The run's redactor and a logger (the caller's, else stderr) that redacts every line. */
export function redactedLogging(options: RunOptions, sink: Logger = consoleLogger): { redact: Redactor; log: Logger } {
  const redact = makeRedactor(secretValues(options));
  return { redact, log: { info: (l) => sink.info(redact(l)), warn: (l) => sink.warn(redact(l)) } };
}

/** Credentials travel in the build's environment; without runtime.env there is none to extend. */
export function requireEnvForCredentials(options: RunOptions, env: ChildEnv, entryPoint: string): void {
  if (
    env === undefined &&
    (options.registryAuth.length > 0 || options.cache.harness || options.cache.extraCredentials)
  ) {
    throw new ConfigError([
      {
        path: 'runtime.env',
        message: 'is required with registryAuth or harness credentials',
        hint: `call ${entryPoint}(options, { env: process.env })`,
      },
    ]);
  }
}

export interface RunWorkspace {
  /** Where buildx writes --metadata-file. */
  metadataFile: string;
  /** The environment of a buildx child: the runtime's, plus extra variables and the private DOCKER_CONFIG; undefined to inherit. */
  childEnv(extra: Record<string, string>): ChildEnv;
  /** Where the run's own registry calls get credentials: the logins, then the job's docker config. */
  credentials: CredentialSource;
  /** Removes the private docker config and the work directory. */
  dispose(): Promise<void>;
}

/**
 * A temporary work directory and, with registry logins, a private docker config that serves them.
 * The private config is removed on dispose, and synchronously if the process must exit first.
 */
export async function openRunWorkspace(
  options: RunOptions,
  env: ChildEnv,
  prefix: string,
  tracked: TrackedRun,
  run?: ProcessRunner,
): Promise<RunWorkspace> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), prefix));
  const dockerConfig =
    options.registryAuth.length > 0 ? await createDockerConfig(options.registryAuth, env ?? {}) : undefined;
  const unregister = dockerConfig && tracked.onForcedExit(() => dockerConfig.disposeSync());
  return {
    metadataFile: path.join(workDir, 'metadata.json'),
    childEnv: (extra) =>
      env === undefined && Object.keys(extra).length === 0 && !dockerConfig
        ? undefined
        : { ...(env ?? {}), ...extra, ...(dockerConfig?.env ?? {}) },
    credentials: credentialSource({ logins: options.registryAuth, env, run }),
    dispose: async () => {
      await dockerConfig?.dispose();
      unregister?.();
      await rm(workDir, { recursive: true, force: true });
    },
  };
}

/**
 * The run's workspace, tracked for SIGTERM/SIGINT: `signal` aborts on an interrupt (or the caller's
 * signal), and dispose also ends the tracking. A workspace that cannot be opened leaves no tracking.
 */
export async function openTrackedWorkspace(
  options: RunOptions,
  env: ChildEnv,
  prefix: string,
  outer: AbortSignal | undefined,
  run?: ProcessRunner,
): Promise<RunWorkspace & { signal: AbortSignal }> {
  const tracked = trackRun(outer);
  try {
    const workspace = await openRunWorkspace(options, env, prefix, tracked, run);
    return {
      ...workspace,
      signal: tracked.signal,
      dispose: async () => {
        try {
          await workspace.dispose();
        } finally {
          tracked.release();
        }
      },
    };
  } catch (error) {
    tracked.release();
    throw error;
  }
}

/** Plan facts from what preflight found on the engine, with a fresh run id. */
export function preflightFacts(
  engine: PreflightReport,
  at: {
    cwd: string;
    metadataFile: string;
    localCaches: Set<string>;
    previousCaches?: Set<string>;
    heldBefore?: ReadonlyMap<string, StoredManifest>;
    credentials?: CredentialSource;
  },
): PlanFacts {
  return defaultFacts({
    exporters: new Set(engine.exporters),
    imageManifest: engine.imageManifest,
    builderSummary: engine.summary,
    runId: `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`,
    cwd: at.cwd,
    metadataFile: at.metadataFile,
    localCaches: at.localCaches,
    ...(at.previousCaches ? { previousCaches: at.previousCaches } : {}),
    ...(at.heldBefore ? { heldBefore: at.heldBefore } : {}),
    ...(at.credentials ? { credentials: at.credentials } : {}),
  });
}
