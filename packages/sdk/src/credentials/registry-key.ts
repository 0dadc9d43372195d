// How the docker CLI names a registry in config.json (docker/cli credentials/file_store.go and
// registry.GetAuthConfigKey): Docker Hub under `https://index.docker.io/v1/`, every other registry
// under its host[:port]; `auths` keys written with a scheme or a path still match their host.

export const DOCKER_HUB_KEY = 'https://index.docker.io/v1/';
const DOCKER_HUB_HOSTS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/** host[:port] of a registry name or URL (docker's ConvertToHostname). */
export function hostnameOf(value: string): string {
  if (value.includes('://')) {
    try {
      const url = new URL(value);
      if (url.hostname !== '') return url.host;
    } catch {
      // not a URL: fall through to the plain split
    }
  }
  return value.split('/')[0]!;
}

/** The key docker looks the registry up by: in `auths`, in `credHelpers`, and on a helper's stdin. */
export function authKey(registry: string): string {
  const host = hostnameOf(registry.trim());
  return DOCKER_HUB_HOSTS.has(host) || registry.trim() === DOCKER_HUB_KEY ? DOCKER_HUB_KEY : host;
}

/** A value from a map keyed as docker keys it: the exact key first, then any key naming the same host. */
export function lookupByRegistry<T>(map: Record<string, T> | undefined, registry: string): T | undefined {
  if (!map) return undefined;
  const key = authKey(registry);
  if (map[key] !== undefined) return map[key];
  return Object.entries(map).find(([k]) => authKey(k) === key)?.[1];
}
