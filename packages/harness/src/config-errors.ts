// The SDK names bad options by option path (`tags.0`, `cache.ref`); a Harness user knows settings.
// This rewrites those paths to the variable that supplied the value, so every error names what to fix.
import type { ConfigIssue } from '@layercache/sdk';
import { renameIssues as rename, type OptionNames } from '@layercache/sdk/adapter';
import { SETTINGS as S } from './settings.js';

/** Option path prefix -> the variable it comes from. Longest prefix wins. */
export const HARNESS_NAMES: OptionNames = {
  context: S.context,
  files: S.composeFile,
  targets: S.composeServices,
  dockerfile: S.dockerfile,
  target: S.target,
  tags: S.tags,
  platforms: S.platform,
  buildArgs: S.buildArgs,
  labels: S.labels,
  secrets: S.secretsFromEnv,
  addHosts: S.addHost,
  push: S.noPush,
  load: S.load,
  pull: S.pull,
  noCache: S.noCache,
  network: S.network,
  builder: S.builder,
  registryAuth: S.registry,
  'registryAuth.0.username': S.username,
  'registryAuth.0.password': S.password,
  'cache.backend': S.backend,
  'cache.ref': S.remoteCacheImage,
  'cache.write': S.write,
  'cache.mode': S.mode,
  'cache.strict': S.strict,
  'cache.timeout': S.timeout,
  'cache.mounts': S.mounts,
  'cache.mountsMaxSizeMb': S.mountsMaxSizeMb,
  'cache.extraFrom': S.cacheFrom,
  'cache.extraTo': S.cacheTo,
  'cache.extraCredentials': S.cacheFrom,
  'cache.harness': S.s3Bucket,
  'cache.harness.endpointUrl': S.s3Endpoint,
  'cache.harness.region': S.s3Region,
  'cache.harness.prefix': S.s3Prefix,
  'cache.harness.usePathStyle': S.s3PathStyle,
  'cache.harness.accessKeyId': S.s3AccessKey,
  'cache.harness.secretAccessKey': S.s3SecretKey,
  'cache.harness.sessionToken': S.s3SessionToken,
  'cache.keys.branch': 'DRONE_BRANCH',
  'cache.keys.defaultBranch': 'DRONE_REPO_BRANCH',
  'cache.keys.prSourceBranch': 'DRONE_SOURCE_BRANCH',
  'cache.keys.prTargetBranch': 'DRONE_TARGET_BRANCH',
  'cache.keys.prId': 'DRONE_PULL_REQUEST',
  'cache.keys.tag': 'DRONE_TAG',
  'cache.keys.sha': 'DRONE_COMMIT_SHA',
};

export function renameIssues(issues: ConfigIssue[]): ConfigIssue[] {
  return rename(HARNESS_NAMES, issues);
}
