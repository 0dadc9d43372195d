// The Plugin step's settings as Harness hands them over: every `settings:` key arrives upper-cased
// as PLUGIN_<KEY>. The names follow Harness's buildx plugin (drone-plugins/drone-buildx) where they
// overlap, so a step moves over by changing its image. Values are read with the SDK's adapter kit.
import { splitList } from '@layercache/sdk/adapter';

export type { Env } from '@layercache/sdk/adapter';

/** Every variable the adapter reads, by what it is for. docs/harness.md lists the same names. */
export const SETTINGS = {
  repo: 'PLUGIN_REPO',
  tags: 'PLUGIN_TAGS',
  tag: 'PLUGIN_TAG',
  dockerfile: 'PLUGIN_DOCKERFILE',
  context: 'PLUGIN_CONTEXT',
  target: 'PLUGIN_TARGET',
  buildArgs: 'PLUGIN_BUILD_ARGS',
  buildArgsNew: 'PLUGIN_BUILD_ARGS_NEW',
  labels: 'PLUGIN_CUSTOM_LABELS',
  registry: 'PLUGIN_REGISTRY',
  username: 'PLUGIN_USERNAME',
  password: 'PLUGIN_PASSWORD',
  cacheFrom: 'PLUGIN_CACHE_FROM',
  cacheTo: 'PLUGIN_CACHE_TO',
  noPush: 'PLUGIN_NO_PUSH',
  dryRun: 'PLUGIN_DRY_RUN',
  platform: 'PLUGIN_PLATFORM',
  load: 'PLUGIN_BUILDX_LOAD',
  noCache: 'PLUGIN_NO_CACHE',
  pull: 'PLUGIN_PULL_IMAGE',
  builder: 'PLUGIN_BUILDER_NAME',
  network: 'PLUGIN_NETWORK',
  // more of the buildx plugin's settings, with its meaning
  autoTag: 'PLUGIN_AUTO_TAG',
  defaultTags: 'PLUGIN_DEFAULT_TAGS',
  autoTagSuffix: 'PLUGIN_AUTO_TAG_SUFFIX',
  defaultSuffix: 'PLUGIN_DEFAULT_SUFFIX',
  buildArgsFromEnv: 'PLUGIN_BUILD_ARGS_FROM_ENV',
  multipleBuildArgs: 'PLUGIN_MULTIPLE_BUILD_ARGS',
  autoLabel: 'PLUGIN_AUTO_LABEL',
  labelSchema: 'PLUGIN_LABEL_SCHEMA',
  repoLink: 'PLUGIN_REPO_LINK',
  addHost: 'PLUGIN_ADD_HOST',
  secret: 'PLUGIN_SECRET',
  secretsFromEnv: 'PLUGIN_SECRETS_FROM_ENV',
  secretsFromFile: 'PLUGIN_SECRETS_FROM_FILE',
  baseImageRegistry: 'PLUGIN_BASE_IMAGE_REGISTRY',
  baseImageUsername: 'PLUGIN_BASE_IMAGE_USERNAME',
  baseImagePassword: 'PLUGIN_BASE_IMAGE_PASSWORD',
  dockerRegistry: 'PLUGIN_DOCKER_REGISTRY',
  dockerUsername: 'PLUGIN_DOCKER_USERNAME',
  dockerPassword: 'PLUGIN_DOCKER_PASSWORD',
  cacheTlsInsecure: 'PLUGIN_CACHE_TLS_INSECURE',
  metadataFile: 'PLUGIN_METADATA_FILE',
  artifactFile: 'PLUGIN_ARTIFACT_FILE',
  registryType: 'PLUGIN_REGISTRY_TYPE',
  cacheMetricsFile: 'PLUGIN_CACHE_METRICS_FILE',
  // layercache's own settings
  backend: 'PLUGIN_CACHE_BACKEND',
  remoteCacheImage: 'PLUGIN_REMOTE_CACHE_IMAGE',
  write: 'PLUGIN_CACHE_WRITE',
  mode: 'PLUGIN_CACHE_MODE',
  strict: 'PLUGIN_CACHE_STRICT',
  timeout: 'PLUGIN_CACHE_TIMEOUT',
  mounts: 'PLUGIN_CACHE_MOUNTS',
  mountsMaxSizeMb: 'PLUGIN_CACHE_MOUNTS_MAX_SIZE_MB',
  defaultBranch: 'PLUGIN_DEFAULT_BRANCH',
  // multi-service builds (layercache bake)
  composeFile: 'PLUGIN_COMPOSE_FILE',
  bakeFile: 'PLUGIN_BAKE_FILE',
  composeServices: 'PLUGIN_COMPOSE_SERVICES',
  // managed (S3-compatible) cache
  s3Endpoint: 'PLUGIN_CACHE_S3_ENDPOINT',
  s3Bucket: 'PLUGIN_CACHE_S3_BUCKET',
  s3Region: 'PLUGIN_CACHE_S3_REGION',
  s3Prefix: 'PLUGIN_CACHE_S3_PREFIX',
  s3PathStyle: 'PLUGIN_CACHE_S3_PATH_STYLE',
  s3AccessKey: 'PLUGIN_CACHE_S3_ACCESS_KEY',
  s3SecretKey: 'PLUGIN_CACHE_S3_SECRET_KEY',
  s3SessionToken: 'PLUGIN_CACHE_S3_SESSION_TOKEN',
  // the names drone-buildx reads for self-hosted DLC credentials, accepted as aliases
  selfHostedAccessKey: 'PLUGIN_HARNESS_SELF_HOSTED_S3_ACCESS_KEY',
  selfHostedSecretKey: 'PLUGIN_HARNESS_SELF_HOSTED_S3_SECRET_KEY',
  pathStyleAlias: 'PLUGIN_PATH_STYLE',
} as const;

/** A comma list (tags, platforms, build args): how urfave/cli splits PLUGIN_TAGS and friends. */
export const commaList = (value: string | undefined): string[] => splitList(value, ',');

/**
 * A `;` list (cache_from, cache_to, build_args_new): Harness joins list settings with `;` for the
 * buildx plugin because each entry (`type=registry,ref=…,mode=max`) has commas of its own.
 */
export const semicolonList = (value: string | undefined): string[] => splitList(value, ';');
