// Registry logins for one build: a private DOCKER_CONFIG directory whose config.json is the
// user's, so `credsStore`, `credHelpers` and the CLI plugins keep working (base images behind an
// ECR or GCR helper keep their credentials), with the logins merged in.
//
// Why a helper and not `auths`: the docker CLI (and buildx, through its config loader) asks
// `credHelpers[registry]`, then `credsStore`, and reads `auths` only without a store, so an
// `auths` entry cannot win over the user's helpers. And a password in a file survives a SIGKILL.
// So every registry we must answer for (the explicit logins, which win, and the user's own
// `auths` entries when there is no store) gets `credHelpers[registry] = "layercache"`, and
// docker-credential-layercache (credentials/login-helper.ts) fetches the login from this process.
// The private config.json holds no password (a `registrytoken`-only entry, which no helper can
// serve, is the one secret copied as it is); the user's other helpers and store are untouched.
import { symlink, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  entryCredentials,
  readDockerConfigFile,
  userDockerConfigDir,
  type AuthEntry,
} from '../credentials/docker-config-file.js';
import { LOGIN_HELPER, startLoginHelper } from '../credentials/login-helper.js';
import { openPrivateDir } from '../credentials/private-dir.js';
import { authKey, lookupByRegistry } from '../credentials/registry-key.js';
import type { RegistryLogin } from '../credentials/source.js';
import type { RegistryCredentials } from '../registry/client.js';

export interface PrivateDockerConfig {
  dir: string;
  /** Variables a docker child needs: DOCKER_CONFIG, and PATH with the login helper first. */
  env: Record<string, string>;
  dispose(): Promise<void>;
  /** Synchronous removal of the directory, for a process that must exit now. */
  disposeSync(): void;
}

/** The private config: the user's, with the logins (and the user's own auths) served by the login helper. */
export function mergedConfig(
  user: Record<string, unknown>,
  logins: ReadonlyArray<RegistryLogin>
): { config: Record<string, unknown>; served: Map<string, RegistryCredentials> } {
  const auths = { ...((user.auths as Record<string, AuthEntry> | undefined) ?? {}) };
  const credHelpers = { ...((user.credHelpers as Record<string, string> | undefined) ?? {}) };
  const served = new Map<string, RegistryCredentials>();
  // Without a store, docker would read these from `auths`: serve them too, so no secret is copied.
  if (!user.credsStore) {
    for (const [key, entry] of Object.entries(auths)) {
      const credentials = entryCredentials(entry);
      if (!credentials || lookupByRegistry(credHelpers, key) !== undefined) continue;
      served.set(authKey(key), credentials);
      delete auths[key];
    }
  }
  for (const login of logins) {
    served.set(authKey(login.registry), { username: login.username, password: login.password });
    for (const key of Object.keys(auths)) if (authKey(key) === authKey(login.registry)) delete auths[key];
  }
  // What is left sits under a user helper or store, which docker asks instead: its secret is inert, so not copied.
  for (const [key, entry] of Object.entries(auths)) {
    if (!entryCredentials(entry)) continue;
    const { auth: _a, password: _p, identitytoken: _i, ...rest } = entry;
    auths[key] = rest;
  }
  for (const key of served.keys()) {
    // The explicit login wins over a user helper for the same registry, under any spelling of its name.
    for (const k of Object.keys(credHelpers)) if (authKey(k) === key) delete credHelpers[k];
    credHelpers[key] = LOGIN_HELPER;
  }
  return { config: { ...user, auths, credHelpers }, served };
}

export async function createDockerConfig(
  logins: RegistryLogin[],
  env: Record<string, string | undefined>
): Promise<PrivateDockerConfig> {
  const userDir = userDockerConfigDir(env);
  const dir = await openPrivateDir();
  try {
    const { config, served } = mergedConfig(await readDockerConfigFile(userDir), logins);
    const helper = await startLoginHelper(dir.path, served);
    await writeFile(path.join(dir.path, 'config.json'), JSON.stringify(config), { mode: 0o600 });
    for (const shared of ['buildx', 'cli-plugins', 'contexts']) {
      // Only existing folders: buildx cannot create its state behind a dangling link.
      if (await stat(path.join(userDir, shared)).catch(() => undefined)) {
        await symlink(path.join(userDir, shared), path.join(dir.path, shared));
      }
    }
    const pathVar = [helper.binDir, env.PATH].filter(Boolean).join(path.delimiter);
    return {
      dir: dir.path,
      env: { DOCKER_CONFIG: dir.path, PATH: pathVar },
      dispose: async () => {
        await helper.close();
        await dir.remove();
      },
      disposeSync: () => dir.removeSync(),
    };
  } catch (error) {
    await dir.remove();
    throw error;
  }
}
