// The engine a run talks to: the resolved endpoint and the env every docker/buildx child gets.
// Resolved once, before anything runs, so a malformed DOCKER_HOST or an unknown context is bad
// input (exit 2) and preflight, buildx, bake and doctor all dial the same endpoint.
import { ConfigError } from '../errors.js';
import { resolveEndpoint, withEndpointEnv, type DockerEndpoint, type Env } from './endpoint.js';

export interface EngineTarget {
  /** Undefined when the env is inherited: the docker CLI resolves it from the process's own env. */
  endpoint?: DockerEndpoint;
  /** The children's env: the runtime env with the endpoint's variables; undefined to inherit. */
  env: Env | undefined;
}

export function engineTarget(
  env: Env | undefined,
  dockerContext: string | undefined,
  entryPoint: string
): EngineTarget {
  if (env === undefined) {
    if (dockerContext)
      throw new ConfigError([
        {
          path: 'runtime.env',
          message: 'is required with dockerContext',
          hint: `call ${entryPoint}(options, { env: process.env })`,
        },
      ]);
    return { env: undefined };
  }
  const endpoint = resolveEndpoint({ env, context: dockerContext });
  return { endpoint, env: withEndpointEnv(env, endpoint) };
}
