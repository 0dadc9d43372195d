// DOCKER_HOST syntax, checked as docker/cli's opts.ParseHost does, so a value docker would refuse
// is bad input (exit 2) reported before anything runs. Pure.
import { ConfigError } from '../errors.js';

export type HostScheme = 'unix' | 'tcp' | 'ssh' | 'npipe' | 'fd';

export interface ParsedHost {
  scheme: HostScheme;
  /** tcp/ssh: host name or address; unix/npipe: the path. */
  address: string;
}

const SCHEMES = new Set<string>(['unix', 'tcp', 'ssh', 'npipe', 'fd']);

/** Parses a docker host value; `field` names where it came from in the error (DOCKER_HOST, a context). */
export function parseDockerHost(value: string, field: string): ParsedHost {
  const raw = value.trim();
  const cut = raw.indexOf('://');
  // docker/cli: a value without "://" is a tcp address (DOCKER_HOST=docker:2376).
  const scheme = cut < 0 ? 'tcp' : raw.slice(0, cut);
  const rest = cut < 0 ? raw : raw.slice(cut + 3);
  const bad = (why: string): never => {
    throw new ConfigError([
      {
        path: field,
        message: `"${raw}" is not a Docker endpoint: ${why}`,
        hint: 'write unix:///var/run/docker.sock, tcp://HOST:2376 (TLS) or tcp://HOST:2375, or ssh://USER@HOST',
      },
    ]);
  };
  if (!SCHEMES.has(scheme)) bad(`docker does not speak ${scheme}:// (it knows ${[...SCHEMES].join(', ')})`);
  if (/\s/.test(rest)) bad('it contains whitespace');
  if (scheme === 'tcp') {
    const m = /^(\[[0-9a-fA-F:.]+\]|[^:/[\]@]*)(?::([^/]*))?(\/.*)?$/.exec(rest);
    if (!m || rest === '' || rest.includes('://')) bad('expected tcp://HOST:PORT');
    const port = m![2];
    if (port !== undefined && port !== '' && !/^\d{1,5}$/.test(port)) bad(`port "${port}" is not a number`);
    if (port && Number(port) > 65535) bad(`port ${port} is out of range`);
    return { scheme, address: m![1] || 'localhost' };
  }
  if (scheme === 'ssh') {
    const m = /^(?:[^@/]+@)?(\[[0-9a-fA-F:.]+\]|[^:/@]+)(?::(\d{1,5}))?\/?$/.exec(rest);
    if (!m) bad('expected ssh://[USER@]HOST[:PORT]');
    return { scheme, address: m![1]! };
  }
  return { scheme: scheme as HostScheme, address: rest };
}
