// Preflight: is the daemon reachable, which buildx/BuildKit/driver, which cache exporters work.
// Every fact comes from the docker CLI through the process seam, with the resolved endpoint's
// env, so layercache and buildx never disagree on which engine they reach, except the engine's own
// facts, which come from its API at that endpoint when it can be dialled directly (engine/daemon-info.ts:
// `docker info` asks the same API, after 100-300 ms of CLI start-up); the parsing is our own
// pure parsers (buildx-parse.ts), which replaced @docker/actions-toolkit's (its import cost ~1.1 CPU-s).
import type { DockerEndpoint } from '../engine/endpoint.js';
import { daemonInfo, type DaemonInfo, type DaemonInfoSource } from '../engine/daemon-info.js';
import { describeEndpoint } from '../engine/endpoint.js';
import { unreachableError } from '../engine/unreachable.js';
import { ConfigError, EngineError } from '../errors.js';
import { unrunnableDockerIsBadInput } from '../options/check-engine.js';
import type { ProcessResult, ProcessRunner } from '../exec/process.js';
import { runProcess, tailLines } from '../exec/process.js';
import { parseBuildxInspect, parseBuildxVersion, type BuilderInspect } from './buildx-parse.js';
import { cacheCapabilities, effectiveBuildkitVersion, type BuilderFacts, type Capabilities } from './capabilities.js';
import { buildxVersionMemo, type BuildxVersionMemo } from './buildx-version-memo.js';
import { usesEngineBuilder } from './engine-builder.js';

export interface PreflightReport extends Capabilities {
  /** The endpoint, where it came from and its TLS state, in one line. */
  dockerHost: string;
  endpoint?: DockerEndpoint;
  engineVersion?: string;
  containerdStore: boolean;
  buildxVersion: string;
  builder: string;
  driver: string;
  buildkitVersion?: string;
  /** What the builder itself said ("v0.0.0+unknown" on distribution-built engines). */
  buildkitReported?: string;
  /** buildx's driver features for the first node (docker --debug buildx inspect), when it printed them. */
  features?: Record<string, boolean>;
}

export interface PreflightInput {
  /** Environment of docker/buildx, the endpoint's variables applied; undefined: they inherit the process's. */
  env: Record<string, string | undefined> | undefined;
  /** The resolved endpoint (undefined with an inherited env: the docker CLI resolves it itself). */
  endpoint?: DockerEndpoint;
  dockerPath: string;
  builder?: string;
  run: ProcessRunner;
  /**
   * Where the engine's facts come from before `docker info` is run: by default its API, but only with
   * the real process seam (a test's fake runner answers `docker info` itself); false: always the CLI.
   */
  daemonInfo?: DaemonInfoSource | false;
  /** Always run `buildx inspect`, even for the engine's own builder (doctor shows buildx's feature probe). */
  inspectBuilder?: boolean;
  /**
   * buildx's remembered version (preflight/buildx-version-memo.ts). By default with the real process
   * seam only, and not for doctor (inspectBuilder), which asks buildx itself; false: always ask.
   */
  versionMemo?: BuildxVersionMemo | false;
}

/** `buildx version`'s answer: remembered for this buildx binary, or asked (and then remembered). */
async function buildxVersion(input: PreflightInput): Promise<ProcessResult> {
  const useMemo = input.versionMemo ?? (input.run === runProcess && !input.inspectBuilder);
  const memo = useMemo === true ? buildxVersionMemo(input.env ?? {}, input.dockerPath) : useMemo || undefined;
  const remembered = memo?.recall();
  if (remembered) return remembered;
  const result = await input.run(input.dockerPath, ['buildx', 'version'], { env: input.env });
  memo?.keep(result);
  return result;
}

/** docker info gets this long; a TCP endpoint that drops packets would otherwise hang the job. */
const INFO_TIMEOUT_MS = 30_000;

export async function preflight(input: PreflightInput): Promise<PreflightReport> {
  // `buildx version` is local (it dials nothing), so it runs alongside the engine's answer; inspect
  // dials the builder, so it starts only once the engine has answered: a dead daemon gives one error.
  const version = buildxVersion(input);
  version.catch(() => undefined); // awaited below; an engine error must not leave it unhandled
  const engine = await engineFacts(input);
  // The engine's own builder: the API already said what inspect would (driver docker, image store).
  const inspect =
    input.inspectBuilder || !engine.fromApi || !usesEngineBuilder(input.env ?? {}, input.endpoint, input.builder);
  const [buildx, inspected] = await Promise.all([
    version,
    // The CLI's --debug makes inspect print buildx's driver features ("Cache export: true"): the probe.
    inspect
      ? input.run(input.dockerPath, ['--debug', 'buildx', 'inspect', ...(input.builder ? [input.builder] : [])], {
          env: input.env,
        })
      : undefined,
  ]).catch(unrunnableDockerIsBadInput(input.dockerPath)); // a setting to fix (exit 2), not an engine failure
  if (buildx.exitCode !== 0) {
    throw new EngineError(
      `[layercache] docker buildx is not available (${
        tailLines(buildx.stderrTail, 2) || `exit ${buildx.exitCode}`
      }). Fix: install the docker-buildx plugin (Debian: docker-buildx; Docker: docker-buildx-plugin).`
    );
  }
  if (inspected && inspected.exitCode !== 0) {
    throw new EngineError(
      `[layercache] buildx builder ${input.builder ?? '(current)'} cannot be inspected: ${tailLines(
        inspected.stderrTail,
        2
      )}. Fix: create it (docker buildx create --name …) or drop the builder option.`
    );
  }
  const info: BuilderInspect = inspected ? parseBuildxInspect(inspected.stdout) : ENGINE_BUILDER;
  const node = info.nodes[0];
  const facts: BuilderFacts = {
    driver: info.driver ?? 'docker',
    containerdStore: engine.containerdStore,
    buildkitVersion: node?.buildkit,
    engineVersion: engine.version,
    features: node?.features,
  };
  return {
    ...cacheCapabilities(facts),
    dockerHost: input.endpoint
      ? describeEndpoint(input.endpoint)
      : 'the inherited environment (DOCKER_HOST or the current docker context)',
    endpoint: input.endpoint,
    engineVersion: engine.version,
    containerdStore: engine.containerdStore,
    buildxVersion: parseBuildxVersion(buildx.stdout),
    builder: info.name ?? input.builder ?? 'default',
    driver: facts.driver,
    buildkitVersion: effectiveBuildkitVersion(facts),
    buildkitReported: node?.buildkit,
    features: facts.features,
  };
}

interface EngineFacts {
  version?: string;
  containerdStore: boolean;
  /** The engine's API answered (not `docker info`): it is the endpoint buildx's default builder uses. */
  fromApi?: boolean;
}

/** What `buildx inspect` says of the engine's own builder, less what the API told: its BuildKit version. */
const ENGINE_BUILDER: BuilderInspect = { name: 'default', driver: 'docker', nodes: [] };

/** Server version and image store: from the API, else `docker info` (it dials the endpoint as buildx will). */
async function engineFacts(input: PreflightInput): Promise<EngineFacts> {
  const api = input.daemonInfo ?? (input.run === runProcess ? daemonInfo : false);
  const signal = AbortSignal.timeout(INFO_TIMEOUT_MS);
  if (api && input.endpoint) {
    const answer = await api(input.endpoint, signal).catch(() => {
      throw unreachableError(input.endpoint, `no answer within ${INFO_TIMEOUT_MS / 1000} s`);
    });
    if (answer?.ServerVersion) return { ...factsOf(answer), fromApi: true };
  }
  const result = await input
    .run(input.dockerPath, ['info', '--format', '{{json .}}'], {
      env: input.env,
      signal,
    })
    .catch(unrunnableDockerIsBadInput(input.dockerPath))
    .catch((error: Error) => {
      if (error instanceof ConfigError) throw error;
      const said = error.name === 'AbortError' ? `no answer within ${INFO_TIMEOUT_MS / 1000} s` : error.message;
      throw unreachableError(input.endpoint, said);
    });
  const info = parseInfo(result.stdout);
  const said = tailLines(result.stderrTail, 2) || info?.ServerErrors?.join('; ') || '';
  if (result.exitCode !== 0 || !info?.ServerVersion)
    throw unreachableError(input.endpoint, said.replace(/\s+/g, ' ').trim());
  return factsOf(info);
}

function factsOf(info: DaemonInfo): EngineFacts {
  const driverStatus = info.DriverStatus ?? [];
  const containerdStore = driverStatus.some(([k, v]) => k === 'driver-type' && v === 'io.containerd.snapshotter.v1');
  return { version: info.ServerVersion, containerdStore };
}

function parseInfo(stdout: string): DaemonInfo | undefined {
  try {
    return JSON.parse(stdout) as DaemonInfo;
  } catch {
    return undefined;
  }
}
