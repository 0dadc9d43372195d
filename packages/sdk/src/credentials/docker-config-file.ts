// The user's docker config.json (DOCKER_CONFIG, else ~/.docker): what `docker login` and the
// credential helpers left there for this job.
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { RegistryCredentials } from '../registry/client.js';
import { lookupByRegistry } from './registry-key.js';

export interface AuthEntry {
  auth?: string;
  username?: string;
  password?: string;
  identitytoken?: string;
  registrytoken?: string;
  [field: string]: unknown;
}

export interface DockerConfigFile {
  auths?: Record<string, AuthEntry>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
  [field: string]: unknown;
}

/** A username of `<token>` means the secret is an identity token (the credential helper protocol's convention). */
export const IDENTITY_TOKEN_USER = '<token>';

export function userDockerConfigDir(env: Record<string, string | undefined>): string {
  return env.DOCKER_CONFIG || path.join(env.HOME || os.homedir(), '.docker');
}

/** The parsed config.json of a docker config directory; empty when there is none or it is not JSON. */
export async function readDockerConfigFile(dir: string): Promise<DockerConfigFile> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path.join(dir, 'config.json'), 'utf8'));
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as DockerConfigFile)
      : {};
  } catch {
    return {};
  }
}

/** The credentials an `auths` entry holds (base64 `user:password`, split fields, or an identity token). */
export function entryCredentials(entry: AuthEntry | undefined): RegistryCredentials | undefined {
  if (!entry || typeof entry !== 'object') return undefined;
  if (typeof entry.identitytoken === 'string' && entry.identitytoken !== '')
    return { username: IDENTITY_TOKEN_USER, password: entry.identitytoken };
  if (typeof entry.auth === 'string' && entry.auth !== '') {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0)
      return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1).replace(/\0+$/, '') };
    return undefined;
  }
  if (typeof entry.username === 'string' && typeof entry.password === 'string')
    return { username: entry.username, password: entry.password };
  return undefined;
}

/** `auths[registry]` of a config, matched as docker matches it. */
export function authsCredentials(config: DockerConfigFile, registry: string): RegistryCredentials | undefined {
  return entryCredentials(lookupByRegistry(config.auths, registry));
}

/** The helper docker would ask for this registry: `credHelpers[registry]`, else `credsStore`. */
export function helperFor(config: DockerConfigFile, registry: string): string | undefined {
  const named = lookupByRegistry(config.credHelpers, registry);
  if (typeof named === 'string' && named !== '') return named;
  return typeof config.credsStore === 'string' && config.credsStore !== '' ? config.credsStore : undefined;
}
