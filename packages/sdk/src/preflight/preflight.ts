// Preflight: is the daemon reachable, which buildx/BuildKit/driver, which cache exporters work.
// The I/O goes through one dockerode client and the process seam; the parsing is the toolkit's
// pure parsers (loaded lazily: importing the toolkit is slow, and its non-static methods print
// GitHub `::debug::` commands, which we never call).
import { EngineError } from '../errors.js';
import { unrunnableDockerIsBadInput } from '../options/check-engine.js';
import { dockerConnection } from '../run/docker-host.js';
import type { ProcessRunner } from '../run/process.js';
import { tailLines } from '../run/process.js';
import { cacheCapabilities, effectiveBuildkitVersion, type BuilderFacts, type Capabilities } from './capabilities.js';

export interface PreflightReport extends Capabilities {
  dockerHost: string;
  engineVersion?: string;
  containerdStore: boolean;
  buildxVersion: string;
  builder: string;
  driver: string;
  buildkitVersion?: string;
}

export interface PreflightInput {
  /** Environment of docker/buildx; undefined: they inherit the process's (and so does dockerode). */
  env: Record<string, string | undefined> | undefined;
  dockerPath: string;
  builder?: string;
  run: ProcessRunner;
}

export async function preflight(input: PreflightInput): Promise<PreflightReport> {
  // The toolkit import is ~0.5 s of CPU on this thread, so it starts first and the daemon answers
  // meanwhile. The docker CLI children start only once the daemon has answered (a dead daemon gives
  // one clear error and starts no process), and together, since they are independent.
  const parsers = loadToolkitParsers();
  parsers.catch(() => undefined); // awaited below; this only keeps an early daemon error from leaving it unhandled
  const engine = await engineFacts(input.env);
  const [buildx, inspect] = await Promise.all([
    input.run(input.dockerPath, ['buildx', 'version'], { env: input.env }),
    input.run(input.dockerPath, ['buildx', 'inspect', ...(input.builder ? [input.builder] : [])], { env: input.env }),
  ]).catch(unrunnableDockerIsBadInput(input.dockerPath)); // a setting to fix (exit 2), not an engine failure
  if (buildx.exitCode !== 0) {
    throw new EngineError(`[layercache] docker buildx is not available (${tailLines(buildx.stderrTail, 2) || `exit ${buildx.exitCode}`}). Fix: install the docker-buildx plugin (Debian: docker-buildx; Docker: docker-buildx-plugin).`);
  }
  if (inspect.exitCode !== 0) {
    throw new EngineError(`[layercache] buildx builder ${input.builder ?? '(current)'} cannot be inspected: ${tailLines(inspect.stderrTail, 2)}. Fix: create it (docker buildx create --name …) or drop the builder option.`);
  }
  const { Buildx, Builder } = await parsers;
  const info = Builder.parseInspect(inspect.stdout);
  const node = info.nodes?.[0];
  const facts: BuilderFacts = {
    driver: info.driver ?? 'docker',
    containerdStore: engine.containerdStore,
    buildkitVersion: node?.buildkit,
    engineVersion: engine.version,
  };
  return {
    ...cacheCapabilities(facts),
    dockerHost: engine.display,
    engineVersion: engine.version,
    containerdStore: engine.containerdStore,
    buildxVersion: Buildx.parseVersion(buildx.stdout),
    builder: info.name ?? input.builder ?? 'default',
    driver: facts.driver,
    buildkitVersion: effectiveBuildkitVersion(facts),
  };
}

/** Only the toolkit's static parsers are used: its other methods print GitHub `::debug::` commands. */
async function loadToolkitParsers() {
  const [{ Buildx }, { Builder }] = await Promise.all([import('@docker/actions-toolkit/lib/buildx/buildx.js'), import('@docker/actions-toolkit/lib/buildx/builder.js')]);
  return { Buildx, Builder };
}

interface EngineFacts {
  display: string;
  version?: string;
  containerdStore: boolean;
}

async function engineFacts(env: Record<string, string | undefined> | undefined): Promise<EngineFacts> {
  const { default: Docker } = await import('dockerode');
  // With no env handed over, dockerode resolves DOCKER_HOST itself, as the inherited docker CLI does.
  const connection = env === undefined ? undefined : dockerConnection(env.DOCKER_HOST);
  const display = connection?.display ?? 'DOCKER_HOST (inherited) or /var/run/docker.sock';
  const client = connection ? new Docker({ socketPath: connection.socketPath, host: connection.host, port: connection.port, protocol: connection.protocol, timeout: 15_000 }) : new Docker({ timeout: 15_000 });
  try {
    const [info, version] = await Promise.all([client.info(), client.version()]);
    const driverStatus: Array<[string, string]> = info.DriverStatus ?? [];
    const containerdStore = driverStatus.some(([k, v]) => k === 'driver-type' && v === 'io.containerd.snapshotter.v1');
    return { display, version: version.Version, containerdStore };
  } catch (error) {
    throw new EngineError(
      `[layercache] the Docker daemon is not reachable at DOCKER_HOST=${display} (${(error as Error).message}). ` +
        'Fix: start Docker, or set DOCKER_HOST to a running daemon (e.g. unix:///var/run/docker.sock, or tcp://docker:2375 with a docker:dind service).',
    );
  }
}
