// Registry logins for one build: a private DOCKER_CONFIG directory holding config.json with
// the auths, so passwords never reach argv or the user's own config. The user's buildx state and
// CLI plugins stay visible through links, and their existing auths are kept.
import { chmod, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface RegistryLogin {
  registry: string;
  username: string;
  password: string;
}

export interface PrivateDockerConfig {
  dir: string;
  dispose(): Promise<void>;
}

export function userDockerConfigDir(env: Record<string, string | undefined>): string {
  return env.DOCKER_CONFIG || path.join(env.HOME || os.homedir(), '.docker');
}

export async function createDockerConfig(logins: RegistryLogin[], env: Record<string, string | undefined>): Promise<PrivateDockerConfig> {
  const userDir = userDockerConfigDir(env);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'layercache-docker-config-'));
  await chmod(dir, 0o700);
  let base: { auths?: Record<string, unknown> } = {};
  try {
    base = JSON.parse(await readFile(path.join(userDir, 'config.json'), 'utf8'));
  } catch {
    // no user config: start empty
  }
  const auths: Record<string, unknown> = { ...(base.auths ?? {}) };
  for (const login of logins) {
    auths[login.registry] = { auth: Buffer.from(`${login.username}:${login.password}`).toString('base64') };
  }
  // Credential helpers would take precedence over our auths for their registries.
  const { credsStore: _store, credHelpers: _helpers, ...rest } = base as Record<string, unknown>;
  await writeFile(path.join(dir, 'config.json'), JSON.stringify({ ...rest, auths }), { mode: 0o600 });
  for (const shared of ['buildx', 'cli-plugins', 'contexts']) {
    // Only existing folders: buildx cannot create its state behind a dangling link.
    if (await stat(path.join(userDir, shared)).catch(() => undefined)) {
      await symlink(path.join(userDir, shared), path.join(dir, shared));
    }
  }
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}
