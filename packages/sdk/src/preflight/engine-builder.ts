// Whether buildx would build on the engine's own builder (the docker driver of the default context):
// then preflight knows the builder's facts from the engine's API, and does not spend a Go process on
// `buildx inspect` (60-140 ms before every build, issue #14). Anything else, or anything unsure, and
// preflight inspects. The rules are buildx's own (store/store.go, Txn.Current): `--builder`, then
// BUILDX_BUILDER, then the `current` file in buildx's config dir, whose instance counts only when it
// is global or was chosen for this endpoint; an empty name there is the default builder.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { userDockerConfigDir } from '../credentials/docker-config-file.js';
import type { DockerEndpoint } from '../engine/endpoint.js';

type Env = Record<string, string | undefined>;

export function usesEngineBuilder(env: Env, endpoint: DockerEndpoint | undefined, builder?: string): boolean {
  // A named context's builder carries the context's name: left to inspect, so the report names it.
  if (!endpoint || endpoint.context !== 'default') return false;
  if (builder !== undefined && builder !== 'default') return false;
  if (builder === undefined && env.BUILDX_BUILDER) return false;
  if (builder === 'default') return true;
  const current = readCurrent(env);
  if (current === 'unreadable') return false;
  if (!current?.Name) return true;
  return !current.Global && current.Key !== endpoint.host;
}

interface Current {
  Key?: string;
  Name?: string;
  Global?: boolean;
}

/** buildx's `current` file; undefined when there is none. */
function readCurrent(env: Env): Current | undefined | 'unreadable' {
  const dir = env.BUILDX_CONFIG || path.join(userDockerConfigDir(env), 'buildx');
  let text: string;
  try {
    text = readFileSync(path.join(dir, 'current'), 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : 'unreadable';
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' ? (parsed as Current) : 'unreadable';
  } catch {
    return 'unreadable';
  }
}
