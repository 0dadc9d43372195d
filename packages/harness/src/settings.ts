// The Plugin step's settings as Harness hands them over: every `settings:` key arrives upper-cased
// as PLUGIN_<KEY>. The names follow Harness's buildx plugin (drone-plugins/drone-buildx) where they
// overlap, so a step moves over by changing its image. Values are read with the SDK's adapter kit.
import { optionNames, type FieldKind, type OptionTable } from '@layercache/sdk/adapter';

/**
 * Every variable the adapter reads (docs/harness.md lists the same names), by what it is for:
 * [variable, the option path it feeds (the SDK's errors there name the variable), and for a setting
 * read as it is, how to read it and its default]. Settings with the plugin's rules are read by code.
 */
const TABLE = {
  repo: ['PLUGIN_REPO'],
  tags: ['PLUGIN_TAGS', 'tags'],
  tag: ['PLUGIN_TAG'],
  dockerfile: ['PLUGIN_DOCKERFILE', 'dockerfile', 'string'],
  context: ['PLUGIN_CONTEXT', 'context', 'string', '.'],
  target: ['PLUGIN_TARGET', 'target', 'string'],
  buildArgs: ['PLUGIN_BUILD_ARGS', 'buildArgs'],
  buildArgsNew: ['PLUGIN_BUILD_ARGS_NEW'],
  labels: ['PLUGIN_CUSTOM_LABELS', 'labels'],
  registry: ['PLUGIN_REGISTRY', 'registryAuth'],
  username: ['PLUGIN_USERNAME', 'registryAuth.0.username'],
  password: ['PLUGIN_PASSWORD', 'registryAuth.0.password'],
  cacheFrom: ['PLUGIN_CACHE_FROM', 'cache.extraFrom'],
  cacheTo: ['PLUGIN_CACHE_TO', 'cache.extraTo'],
  noPush: ['PLUGIN_NO_PUSH', 'push'],
  dryRun: ['PLUGIN_DRY_RUN'],
  platform: ['PLUGIN_PLATFORM', 'platforms'],
  load: ['PLUGIN_BUILDX_LOAD', 'load', 'bool', false],
  noCache: ['PLUGIN_NO_CACHE', 'noCache', 'bool', false],
  // drone-buildx pulls by default; layercache only when asked, so a cached base needs no registry round trip.
  pull: ['PLUGIN_PULL_IMAGE', 'pull', 'bool', false],
  builder: ['PLUGIN_BUILDER_NAME', 'builder', 'string'],
  network: ['PLUGIN_NETWORK', 'network'],
  // more of the buildx plugin's settings, with its meaning
  autoTag: ['PLUGIN_AUTO_TAG'],
  defaultTags: ['PLUGIN_DEFAULT_TAGS'],
  autoTagSuffix: ['PLUGIN_AUTO_TAG_SUFFIX'],
  defaultSuffix: ['PLUGIN_DEFAULT_SUFFIX'],
  buildArgsFromEnv: ['PLUGIN_BUILD_ARGS_FROM_ENV'],
  multipleBuildArgs: ['PLUGIN_MULTIPLE_BUILD_ARGS'],
  autoLabel: ['PLUGIN_AUTO_LABEL'],
  labelSchema: ['PLUGIN_LABEL_SCHEMA'],
  repoLink: ['PLUGIN_REPO_LINK'],
  addHost: ['PLUGIN_ADD_HOST', 'addHosts'],
  secret: ['PLUGIN_SECRET'],
  secretsFromEnv: ['PLUGIN_SECRETS_FROM_ENV', 'secrets'],
  secretsFromFile: ['PLUGIN_SECRETS_FROM_FILE'],
  baseImageRegistry: ['PLUGIN_BASE_IMAGE_REGISTRY'],
  baseImageUsername: ['PLUGIN_BASE_IMAGE_USERNAME'],
  baseImagePassword: ['PLUGIN_BASE_IMAGE_PASSWORD'],
  dockerRegistry: ['PLUGIN_DOCKER_REGISTRY'],
  dockerUsername: ['PLUGIN_DOCKER_USERNAME'],
  dockerPassword: ['PLUGIN_DOCKER_PASSWORD'],
  cacheTlsInsecure: ['PLUGIN_CACHE_TLS_INSECURE'],
  metadataFile: ['PLUGIN_METADATA_FILE'],
  artifactFile: ['PLUGIN_ARTIFACT_FILE'],
  registryType: ['PLUGIN_REGISTRY_TYPE'],
  cacheMetricsFile: ['PLUGIN_CACHE_METRICS_FILE'],
  // layercache's own settings
  backend: ['PLUGIN_CACHE_BACKEND', 'cache.backend'],
  remoteCacheImage: ['PLUGIN_REMOTE_CACHE_IMAGE', 'cache.ref', 'string'],
  write: ['PLUGIN_CACHE_WRITE', 'cache.write'],
  mode: ['PLUGIN_CACHE_MODE', 'cache.mode'],
  strict: ['PLUGIN_CACHE_STRICT', 'cache.strict', 'bool'],
  timeout: ['PLUGIN_CACHE_TIMEOUT', 'cache.timeout', 'string'],
  mounts: ['PLUGIN_CACHE_MOUNTS', 'cache.mounts', 'string'],
  mountsMaxSizeMb: ['PLUGIN_CACHE_MOUNTS_MAX_SIZE_MB', 'cache.mountsMaxSizeMb', 'int'],
  defaultBranch: ['PLUGIN_DEFAULT_BRANCH'],
  // multi-service builds (layercache bake)
  composeFile: ['PLUGIN_COMPOSE_FILE', 'files'],
  bakeFile: ['PLUGIN_BAKE_FILE'],
  composeServices: ['PLUGIN_COMPOSE_SERVICES', 'targets'],
  // managed (S3-compatible) cache
  s3Endpoint: ['PLUGIN_CACHE_S3_ENDPOINT', 'cache.harness.endpointUrl'],
  s3Bucket: ['PLUGIN_CACHE_S3_BUCKET', 'cache.harness'],
  s3Region: ['PLUGIN_CACHE_S3_REGION', 'cache.harness.region'],
  s3Prefix: ['PLUGIN_CACHE_S3_PREFIX', 'cache.harness.prefix'],
  s3PathStyle: ['PLUGIN_CACHE_S3_PATH_STYLE', 'cache.harness.usePathStyle'],
  s3AccessKey: ['PLUGIN_CACHE_S3_ACCESS_KEY', 'cache.harness.accessKeyId'],
  s3SecretKey: ['PLUGIN_CACHE_S3_SECRET_KEY', 'cache.harness.secretAccessKey'],
  s3SessionToken: ['PLUGIN_CACHE_S3_SESSION_TOKEN', 'cache.harness.sessionToken'],
  // the names drone-buildx reads for self-hosted DLC credentials, accepted as aliases
  selfHostedAccessKey: ['PLUGIN_HARNESS_SELF_HOSTED_S3_ACCESS_KEY'],
  selfHostedSecretKey: ['PLUGIN_HARNESS_SELF_HOSTED_S3_SECRET_KEY'],
  pathStyleAlias: ['PLUGIN_PATH_STYLE'],
} as const;

type Row = readonly [variable: string, path?: string, kind?: FieldKind, fallback?: unknown];
const rows = Object.values(TABLE) as readonly Row[];

export const SETTINGS = Object.fromEntries(Object.entries(TABLE).map(([key, [variable]]) => [key, variable])) as {
  readonly [K in keyof typeof TABLE]: (typeof TABLE)[K][0];
};

/** The settings read as they are: option path -> [variable, kind, default]. */
export const PLAIN_SETTINGS: OptionTable = Object.fromEntries(
  rows.flatMap(([variable, path, kind, fallback]) => (kind ? [[path, [variable, kind, fallback]]] : [])),
);

/**
 * The SDK names bad options by path (`tags.0`); a Harness user knows settings. Option path prefix ->
 * the variable that supplied it (longest prefix wins), so every error names what to fix.
 */
export const HARNESS_NAMES = optionNames(PLAIN_SETTINGS, {
  ...Object.fromEntries(rows.flatMap(([variable, path]) => (path ? [[path, variable]] : []))),
  'cache.extraCredentials': SETTINGS.cacheFrom,
  'cache.keys.branch': 'DRONE_BRANCH',
  'cache.keys.defaultBranch': 'DRONE_REPO_BRANCH',
  'cache.keys.prSourceBranch': 'DRONE_SOURCE_BRANCH',
  'cache.keys.prTargetBranch': 'DRONE_TARGET_BRANCH',
  'cache.keys.prId': 'DRONE_PULL_REQUEST',
  'cache.keys.tag': 'DRONE_TAG',
  'cache.keys.sha': 'DRONE_COMMIT_SHA',
});
