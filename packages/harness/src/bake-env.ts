// The compose_file (or bake_file) setting: the step builds every service of a Compose or bake file
// in one `docker buildx bake` instead of one image. The shared options (cache mode, managed S3
// cache, remote cache image, keys, login) come from fromHarnessEnv; the image's own settings
// (repo/tags, dockerfile, target, build args, platform, network) live per service in the file. Pure.
import { ConfigError, type BakeOptionsInput } from '@layercache/sdk';
import { fromHarnessEnv } from './env.js';
import { SETTINGS as S, bool, read, readFirst, type Env } from './settings.js';

/** Settings that describe one image: a bake takes them from each service's build section. */
const PER_SERVICE = [
  S.repo, S.tags, S.tag, S.dockerfile, S.context, S.target, S.buildArgs, S.buildArgsNew, S.buildArgsFromEnv, S.labels,
  S.labelSchema, S.platform, S.network, S.secret, S.secretsFromEnv, S.secretsFromFile, S.addHost, S.autoTag, S.defaultTags,
  S.metadataFile, S.artifactFile, S.cacheMetricsFile,
] as const;

export function isBake(env: Env): boolean {
  return readFirst(env, S.composeFile, S.bakeFile) !== undefined;
}

/** Harness passes a list setting as one string; files and services are split on `,`, `;` or whitespace. */
function names(value: string | undefined): string[] {
  return (value ?? '').split(/[,;\s]+/).filter(Boolean);
}

export function fromHarnessBakeEnv(env: Env): BakeOptionsInput {
  if (read(env, S.composeFile) !== undefined && read(env, S.bakeFile) !== undefined) {
    throw new ConfigError([{ path: S.bakeFile, message: `is set together with ${S.composeFile}`, hint: 'set one of compose_file and bake_file (both take several files, comma-separated)' }]);
  }
  const file = readFirst(env, S.composeFile, S.bakeFile)!;
  const build = fromHarnessEnv(env);
  // drone-buildx pushes unless no_push or dry_run; each service's tags come from the file.
  const noPush = bool(env, S.noPush) ?? bool(env, S.dryRun) ?? false;
  const { load, pull, noCache, builder, registryAuth, cache } = build;
  return dropUndefined({ push: !noPush, load, pull, noCache, builder, registryAuth, cache, files: names(file.value), targets: names(read(env, S.composeServices)) });
}

/** Per-image settings that are set but do nothing in a bake, for a warning in the log. */
export function ignoredInBake(env: Env): string[] {
  return PER_SERVICE.filter((name) => read(env, name) !== undefined).map((name) => `${name} has no effect with ${readFirst(env, S.composeFile, S.bakeFile)?.name ?? S.composeFile}: set it in each service's build section of the file`);
}

function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
