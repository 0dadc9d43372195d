// Where a run's own registry calls (previous generations, build records, doctor) get credentials,
// in the docker CLI's order with explicit logins first: the adapter's or `registryAuth` login,
// then `credHelpers[registry]`, then `credsStore` (docker-credential-<name> get), then the
// `auths` entry of the user's config.json. Looked up once per registry per run, and only when
// the registry asks; bearer tokens are kept per registry and scope for the run.
import { runProcess, type ProcessRunner } from '../exec/process.js';
import type { RegistryCredentials } from '../registry/client.js';
import { helperGet } from './cred-helper.js';
import { authsCredentials, helperFor, readDockerConfigFile, userDockerConfigDir } from './docker-config-file.js';
import { authKey } from './registry-key.js';

export interface RegistryLogin extends RegistryCredentials {
  registry: string;
}

export interface CredentialSource {
  /** Credentials for a registry (host[:port]); undefined: go anonymous. */
  credentialsFor(registry: string): Promise<RegistryCredentials | undefined>;
  /** Bearer tokens got this run, keyed `registry scope`. */
  readonly tokens: Map<string, string>;
  /** Registries that asked for Basic auth this run (later requests send it at once). */
  readonly basicRegistries: Set<string>;
}

/** The explicit login for a registry, matched as docker matches registry names. */
export function loginFor<T extends { registry: string }>(logins: ReadonlyArray<T>, registry: string): T | undefined {
  return logins.find((l) => authKey(l.registry) === authKey(registry));
}

function memoized(lookup: (registry: string) => Promise<RegistryCredentials | undefined>): CredentialSource {
  const found = new Map<string, Promise<RegistryCredentials | undefined>>();
  return {
    credentialsFor(registry) {
      const key = authKey(registry);
      if (!found.has(key))
        found.set(
          key,
          lookup(registry).catch(() => undefined)
        );
      return found.get(key)!;
    },
    tokens: new Map(),
    basicRegistries: new Set(),
  };
}

/** Only these logins (tests, and callers without a docker config to honour). */
export function loginsOnly(logins: ReadonlyArray<RegistryLogin>): CredentialSource {
  return memoized(async (registry) => {
    const login = loginFor(logins, registry);
    return login && { username: login.username, password: login.password };
  });
}

export interface SourceInput {
  logins: ReadonlyArray<RegistryLogin>;
  /** The job's environment: DOCKER_CONFIG, HOME, and PATH for the helpers (undefined: helpers inherit the process's). */
  env: Record<string, string | undefined> | undefined;
  run?: ProcessRunner;
}

/** Explicit logins, then what the job's docker config holds. */
export function credentialSource(input: SourceInput): CredentialSource {
  const config = readDockerConfigFile(userDockerConfigDir(input.env ?? {}));
  return memoized(async (registry) => {
    const login = loginFor(input.logins, registry);
    if (login) return { username: login.username, password: login.password };
    const file = await config;
    const helper = helperFor(file, registry);
    const fromHelper = helper
      ? await helperGet(helper, authKey(registry), { run: input.run ?? runProcess, env: input.env })
      : undefined;
    return fromHelper ?? authsCredentials(file, registry);
  });
}
