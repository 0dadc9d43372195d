// The compose_file (or bake_file) setting: the step builds every service of a Compose or bake file
// in one `docker buildx bake` instead of one image. The shared options (cache mode, managed S3
// cache, remote cache image, keys, login) come from fromHarnessEnv; the image's own settings
// (repo/tags, dockerfile, target, build args, platform, network) live per service in the file. Pure.
import type { BakeOptionsInput } from '@layercache/sdk';
import { EnvReader, ignoredInBakeWarning, sharedBakeOptions, type Env } from '@layercache/sdk/adapter';
import { fromHarnessEnv } from './env.js';
import { SETTINGS as S } from './settings.js';

/** Settings that describe one image: a bake takes them from each service's build section. */
const PER_SERVICE = [S.repo, S.tags, S.tag, S.dockerfile, S.context, S.target, S.buildArgs, S.buildArgsNew,
  S.buildArgsFromEnv, S.labels, S.labelSchema, S.platform, S.network, S.secret, S.secretsFromEnv, S.secretsFromFile,
  S.addHost, S.autoTag, S.defaultTags, S.metadataFile, S.artifactFile, S.cacheMetricsFile] as const;

export function isBake(env: Env): boolean {
  return new EnvReader(env).first(S.composeFile, S.bakeFile) !== undefined;
}

export function fromHarnessBakeEnv(env: Env): BakeOptionsInput {
  const r = new EnvReader(env);
  if (r.get(S.composeFile) !== undefined && r.get(S.bakeFile) !== undefined) {
    const hint = 'set one of compose_file and bake_file (both take several files, comma-separated)';
    r.fail(S.bakeFile, `is set together with ${S.composeFile}`, hint);
    r.throwIfAny();
  }
  const file = r.first(S.composeFile, S.bakeFile)!;
  // drone-buildx pushes unless no_push or dry_run; each service's tags come from the file.
  const push = !(r.bool(S.noPush) ?? r.bool(S.dryRun) ?? false);
  // Harness passes a list setting as one string; files and services are split on `,`, `;` or whitespace.
  const files = r.list(file.name, /[,;\s]+/);
  const targets = r.list(S.composeServices, /[,;\s]+/);
  return { ...sharedBakeOptions(fromHarnessEnv(env)), push, files, targets };
}

/** Per-image settings that are set but do nothing in a bake, for a warning in the log. */
export function ignoredInBake(env: Env): string[] {
  const r = new EnvReader(env);
  const switchName = r.first(S.composeFile, S.bakeFile)?.name ?? S.composeFile;
  return PER_SERVICE.filter((name) => r.get(name) !== undefined).map((name) => ignoredInBakeWarning(name, switchName));
}
