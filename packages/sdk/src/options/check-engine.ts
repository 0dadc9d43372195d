// The engine settings that can be checked without touching Docker: DOCKER_HOST's syntax and that
// the docker CLI exists. A typo here is bad input (exit 2), not an engine failure after a build
// started. (The endpoint itself is resolved in engine/endpoint.ts; this only rejects what no
// docker client would accept.)
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, type ConfigIssue } from '../errors.js';

const SCHEMES = ['unix', 'tcp', 'http', 'https', 'ssh', 'npipe', 'fd'];

/** Why DOCKER_HOST is malformed, or undefined (unset means the default socket). */
export function dockerHostProblem(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return 'contains whitespace or control characters';
  const m = /^([a-z]+):\/\/(.*)$/.exec(value);
  if (!m) return `"${value.slice(0, 100)}" has no scheme: write unix:///path/to/docker.sock or tcp://host:port`;
  const [, scheme, rest] = m as unknown as [string, string, string];
  if (!SCHEMES.includes(scheme)) return `scheme "${scheme}" is not one of ${SCHEMES.join(', ')}`;
  if (scheme === 'unix')
    return rest === '' || rest.startsWith('/') ? undefined : `unix socket path "${rest.slice(0, 100)}" is not absolute`;
  if (scheme === 'tcp' || scheme === 'http' || scheme === 'https' || scheme === 'ssh') {
    const hostPort = /^(?:[^@/]+@)?(\[[0-9a-fA-F:.]+\]|[^:/[\]]+)(?::([^/]*))?(\/.*)?$/.exec(rest);
    if (!hostPort) return `"${value.slice(0, 100)}" names no host`;
    const port = hostPort[2];
    if (port !== undefined && !(/^\d{1,5}$/.test(port) && Number(port) >= 1 && Number(port) <= 65535))
      return `port "${port.slice(0, 20)}" is not a number from 1 to 65535`;
  }
  return undefined;
}

/** The issue for a docker CLI that cannot be started, naming the setting to fix. */
export function dockerNotFound(dockerPath: string, detail: string): ConfigIssue {
  return dockerPath === 'docker'
    ? {
        path: 'PATH',
        message: `the docker CLI was not found (${detail})`,
        hint: 'install the docker CLI (with the buildx plugin) or add its directory to PATH',
      }
    : {
        path: 'dockerPath',
        message: `${dockerPath} cannot be run (${detail})`,
        hint: 'point dockerPath at the docker CLI, or leave it unset to use docker from PATH',
      };
}

/** A catch handler for a docker CLI spawn: a missing or unrunnable CLI becomes a ConfigError naming the setting. */
export function unrunnableDockerIsBadInput(dockerPath: string): (error: NodeJS.ErrnoException) => never {
  return (error) => {
    if (error.code === 'ENOENT' || error.code === 'EACCES')
      throw new ConfigError([dockerNotFound(dockerPath, error.code)]);
    throw error;
  };
}

/** Why the docker CLI cannot be started with this PATH; undefined when it can (or PATH is not known). */
export async function dockerCliProblem(
  dockerPath: string,
  pathVariable: string | undefined,
  cwd: string,
): Promise<string | undefined> {
  if (dockerPath.includes('/'))
    return (await isExecutable(path.resolve(cwd, dockerPath))) ? undefined : `${dockerPath} is not an executable file`;
  if (pathVariable === undefined) return undefined; // spawn's own default search path applies; the spawn error is the backstop
  for (const dir of pathVariable.split(':')) {
    if (dir !== '' && (await isExecutable(path.resolve(cwd, dir, dockerPath)))) return undefined;
  }
  return `no executable ${dockerPath} in PATH=${pathVariable.slice(0, 200)}`;
}

async function isExecutable(file: string): Promise<boolean> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return false;
  return access(file, constants.X_OK).then(
    () => true,
    () => false,
  );
}

/** DOCKER_HOST and the docker CLI, for a run handed `env` (none: the process's own, not checked here). */
export async function engineIssues(
  env: Record<string, string | undefined> | undefined,
  dockerPath: string,
  cwd: string,
): Promise<ConfigIssue[]> {
  if (env === undefined) return [];
  const issues: ConfigIssue[] = [];
  // No process can be started with such an environment (spawn throws): name the variable instead.
  for (const [name, v] of Object.entries(env)) {
    if (!v?.includes('\u0000') && !name.includes('\u0000') && !name.includes('=')) continue;
    const shown = name.replace(/\u0000/g, '\\0');
    issues.push({
      path: shown,
      message: 'holds a NUL byte or its name an "=", which no process environment can carry',
      hint: `remove the NUL byte from ${shown} (or unset it)`,
    });
  }
  const host = dockerHostProblem(env.DOCKER_HOST);
  if (host)
    issues.push({
      path: 'DOCKER_HOST',
      message: host,
      hint: 'set DOCKER_HOST to unix:///var/run/docker.sock, tcp://docker:2375 or similar, or unset it',
    });
  const cli = await dockerCliProblem(dockerPath, env.PATH, cwd);
  if (cli) issues.push(dockerNotFound(dockerPath, cli));
  return issues;
}
