// fromHarnessEnv: a Harness Plugin step's environment -> cachedBuild() options. Pure: no I/O, no
// process.env; tests feed plain objects. Throws ConfigError naming the variable to fix.
import { ConfigError, BACKENDS, type BuildOptionsInput } from '@layercache/sdk';
import { autoTagOn, autoTags } from './auto-tags.js';
import { addHosts, buildArgs, buildArgsFromEnvMissing, labels, secrets } from './build-inputs.js';
import { cacheEntries } from './cache-entries.js';
import { validateForHarness } from './config-errors.js';
import { keysFromDroneEnv } from './keys.js';
import { managedCacheFromEnv } from './managed-cache.js';
import { checkPluginSettings } from './plugin-settings.js';
import { SETTINGS as S, bool, commaList, oneOf, read, readFirst, semicolonList, type Env } from './settings.js';

const DOCKER_HUB = 'https://index.docker.io/v1/';

/** `now` dates auto_label's org.opencontainers.image.created label. */
export function fromHarnessEnv(env: Env, now: Date = new Date()): BuildOptionsInput {
  const refused = checkPluginSettings(env).refused;
  if (refused.length > 0) throw new ConfigError(refused);
  const backend = oneOf(env, S.backend, BACKENDS) ?? defaultBackend(env);
  const managed = read(env, S.s3Bucket) !== undefined || backend === 'harness';
  const tags = imageTags(env);

  // Managed mode: Harness's own cache-to replaces the user's (its cache-from is added to theirs).
  const entries = cacheEntries(env, semicolonList(env[S.cacheFrom]), managed ? [] : semicolonList(env[S.cacheTo]));

  const noPush = bool(env, S.noPush) ?? bool(env, S.dryRun) ?? false;
  const options: BuildOptionsInput = {
    context: read(env, S.context) ?? '.',
    ...opt('dockerfile', read(env, S.dockerfile)),
    ...opt('target', read(env, S.target)),
    tags,
    platforms: commaList(read(env, S.platform)),
    buildArgs: buildArgs(env),
    secrets: secrets(env),
    addHosts: addHosts(env),
    labels: labels(env, now),
    push: tags.length > 0 && !noPush,
    load: bool(env, S.load) ?? false,
    // drone-buildx pulls by default; layercache only when asked, so a cached base needs no registry round trip.
    pull: bool(env, S.pull) ?? false,
    noCache: bool(env, S.noCache) ?? false,
    ...opt('network', oneOf(env, S.network, ['default', 'none', 'host'] as const)),
    ...opt('builder', read(env, S.builder)),
    registryAuth: registryAuth(env),
    cache: {
      backend,
      ...opt('ref', read(env, S.remoteCacheImage)),
      ...opt('write', oneOf(env, S.write, ['auto', 'always', 'never'] as const)),
      ...opt('mode', oneOf(env, S.mode, ['min', 'max'] as const)),
      ...opt('strict', bool(env, S.strict)),
      ...opt('timeout', read(env, S.timeout)),
      keys: keysFromDroneEnv(env),
      extraFrom: entries.cacheFrom,
      extraTo: entries.cacheTo,
      ...(entries.credentials ? { extraCredentials: entries.credentials } : {}),
      ...(managed ? { harness: managedCacheFromEnv(env) } : {}),
    },
  };
  validateForHarness(options);
  return options;
}

/** Settings that are set but have no effect, worth a warning in the log. Pure. */
export function ignoredSettings(env: Env): string[] {
  const notes: string[] = [...checkPluginSettings(env).warnings, ...buildArgsFromEnvMissing(env)];
  if (bool(env, S.autoLabel) === false && read(env, S.labelSchema) !== undefined) notes.push(`${S.labelSchema} has no effect with ${S.autoLabel} false, as with the buildx plugin`);
  if (bool(env, S.multipleBuildArgs) === true && read(env, S.buildArgs) !== undefined) notes.push(`${S.buildArgs} has no effect with ${S.multipleBuildArgs} true, as with the buildx plugin: use ${S.buildArgsNew}`);
  if (autoTagOn(env) && readFirst(env, S.tags, S.tag) !== undefined) notes.push(`${S.tags} is replaced by auto_tag's tags, as with the buildx plugin`);
  const managed = read(env, S.s3Bucket) !== undefined || read(env, S.backend)?.toLowerCase() === 'harness';
  if (managed && read(env, S.cacheTo) !== undefined) notes.push(`${S.cacheTo} is replaced by the managed cache's own cache-to`);
  if (read(env, S.repo) === undefined && readFirst(env, S.tags, S.tag) !== undefined) notes.push(`${S.tags} needs ${S.repo}: no image is tagged or pushed`);
  return notes;
}

/** What the log should say about settings that were taken in a changed form (never their values). Pure. */
export function settingNotes(env: Env): string[] {
  const backend = oneOf(env, S.backend, BACKENDS);
  const managed = read(env, S.s3Bucket) !== undefined || backend === 'harness';
  const { moved } = cacheEntries(env, semicolonList(env[S.cacheFrom]), managed ? [] : semicolonList(env[S.cacheTo]));
  if (moved.length === 0) return [];
  return [`layercache: the S3 keys written inline in ${moved.join(', ')} were taken out of the entries; buildx gets them as AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY in its environment, not in argv`];
}

function defaultBackend(env: Env): (typeof BACKENDS)[number] {
  if (read(env, S.s3Bucket) !== undefined) return 'harness';
  if (read(env, S.remoteCacheImage) !== undefined) return 'registry';
  return 'auto';
}

/** repo + tags -> full references, as drone-buildx does (`latest` when no tag is given). */
function imageTags(env: Env): string[] {
  const repo = read(env, S.repo);
  if (repo === undefined) return [];
  const given = autoTagOn(env) ? autoTags(env) : commaList(readFirst(env, S.tags, S.tag)?.value);
  return (given.length > 0 ? given : ['latest']).map((tag) => (tag.includes('/') ? tag : `${repo}:${tag}`));
}

function registryAuth(env: Env): NonNullable<BuildOptionsInput['registryAuth']> {
  const push = login(env, S.username, S.password, registryHost(env));
  // The plugin's second login, for pulling base images: base_image_registry/_username/_password (or docker_*).
  const baseRegistry = readFirst(env, S.dockerRegistry, S.baseImageRegistry);
  const baseUser = readFirst(env, S.dockerUsername, S.baseImageUsername)?.name ?? S.baseImageUsername;
  const basePass = readFirst(env, S.dockerPassword, S.baseImagePassword)?.name ?? S.baseImagePassword;
  if (baseRegistry === undefined) {
    if (read(env, baseUser) !== undefined || read(env, basePass) !== undefined) {
      throw new ConfigError([{ path: S.baseImageRegistry, message: `is required when ${baseUser} or ${basePass} is set`, hint: 'name the registry the base images come from, e.g. registry.example.com' }]);
    }
    return push;
  }
  const host = hostOf(baseRegistry.value);
  return [...push, ...login(env, baseUser, basePass, ['docker.io', 'index.docker.io', 'registry-1.docker.io'].includes(host) ? DOCKER_HUB : host)];
}

function login(env: Env, userName: string, passName: string, registry: string): NonNullable<BuildOptionsInput['registryAuth']> {
  const username = read(env, userName);
  const password = env[passName] !== undefined && env[passName] !== '' ? env[passName]! : undefined;
  if (username === undefined && password === undefined) return [];
  if (username === undefined) throw new ConfigError([{ path: userName, message: `is required when ${passName} is set`, hint: 'set username next to password' }]);
  if (password === undefined) throw new ConfigError([{ path: passName, message: `is required when ${userName} is set`, hint: 'set password from a Harness secret, e.g. <+secrets.getValue("registry_token")>' }]);
  return [{ registry, username, password }];
}

function hostOf(registry: string): string {
  return registry.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
}

/** The docker config key for the login: PLUGIN_REGISTRY, else the repo's host, else Docker Hub. */
export function registryHost(env: Env): string {
  const explicit = read(env, S.registry);
  const host = explicit !== undefined ? hostOf(explicit) : repoHost(read(env, S.repo));
  if (host === undefined || ['docker.io', 'index.docker.io', 'registry-1.docker.io'].includes(host)) return DOCKER_HUB;
  return host;
}

function repoHost(repo: string | undefined): string | undefined {
  const first = repo?.split('/')[0];
  if (first === undefined || repo === first) return undefined;
  return /[.:]/.test(first) || first === 'localhost' ? first : undefined;
}

/** `{ key: value }` when the value is set, `{}` otherwise (keeps schema defaults in charge). */
function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
