// What every adapter's bake (a Compose or bake file's services in one `docker buildx bake`) shares:
// the single build's job-wide options, and the per-image settings that do nothing in a bake. Pure.
import type { BakeOptionsInput } from '../bake/index.js';
import type { BuildOptionsInput } from '../options/schema.js';
import { definedOnly, EnvReader, type Env } from './env-reader.js';

export type SharedBakeOptions = Omit<BakeOptionsInput, 'files' | 'targets'>;

/** The job-wide part of single-build options: each service's image settings come from the file. */
export function sharedBakeOptions(build: BuildOptionsInput): SharedBakeOptions {
  const { push, load, pull, noCache, builder, registryAuth, workspace, dockerPath, cache } = build;
  return definedOnly({ push, load, pull, noCache, builder, registryAuth, workspace, dockerPath, cache });
}

/**
 * Per-image settings that are set in a bake, where they have no effect: each name maps to the value
 * that means "not set" (`LAYERCACHE_NETWORK: 'default'`), or undefined when any value counts.
 */
export function setInBake(env: Env, perImage: Readonly<Record<string, string | undefined>>): string[] {
  const reader = new EnvReader(env);
  return Object.entries(perImage).filter(([name, neutral]) => {
    const v = reader.get(name);
    return v !== undefined && v !== neutral;
  }).map(([name]) => name);
}

/** The warning for one per-image setting in a bake. */
export function ignoredInBakeWarning(name: string, switchName: string): string {
  return `${name} has no effect with ${switchName}: set it in each service's build section of the file`;
}
