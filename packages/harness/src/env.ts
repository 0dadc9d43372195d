// fromHarnessEnv: a Harness Plugin step's environment -> cachedBuild() options. Pure: no I/O, no
// process.env; tests feed plain objects. Throws ConfigError naming the variable to fix.
import { ConfigError, BACKENDS, type BuildOptionsInput, type ConfigIssue } from '@layercache/sdk';
import { validateForHarness } from './config-errors.js';
import { keysFromDroneEnv } from './keys.js';
import { managedCacheFromEnv } from './managed-cache.js';
import { SETTINGS as S, bool, commaList, keyValues, oneOf, read, readFirst, semicolonList, short, type Env } from './settings.js';

const DOCKER_HUB = 'https://index.docker.io/v1/';

export function fromHarnessEnv(env: Env): BuildOptionsInput {
  const backend = oneOf(env, S.backend, BACKENDS) ?? defaultBackend(env);
  const managed = read(env, S.s3Bucket) !== undefined || backend === 'harness';
  const tags = imageTags(env);

  const cacheFrom = semicolonList(env[S.cacheFrom]);
  // Managed mode: Harness's own cache-to replaces the user's (its cache-from is added to theirs).
  const cacheTo = managed ? [] : semicolonList(env[S.cacheTo]);
  rejectInlineCredentials(S.cacheFrom, cacheFrom);
  rejectInlineCredentials(S.cacheTo, cacheTo);

  const noPush = bool(env, S.noPush) ?? bool(env, S.dryRun) ?? false;
  const options: BuildOptionsInput = {
    context: read(env, S.context) ?? '.',
    ...opt('dockerfile', read(env, S.dockerfile)),
    ...opt('target', read(env, S.target)),
    tags,
    platforms: commaList(read(env, S.platform)),
    buildArgs: { ...keyValues(commaList(read(env, S.buildArgs)), S.buildArgs), ...keyValues(semicolonList(read(env, S.buildArgsNew)), S.buildArgsNew) },
    labels: keyValues(commaList(read(env, S.labels)), S.labels),
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
      extraFrom: cacheFrom,
      extraTo: cacheTo,
      ...(managed ? { harness: managedCacheFromEnv(env) } : {}),
    },
  };
  validateForHarness(options);
  return options;
}

/** Settings that are set but have no effect, worth a warning in the log. Pure. */
export function ignoredSettings(env: Env): string[] {
  const notes: string[] = [];
  const managed = read(env, S.s3Bucket) !== undefined || read(env, S.backend)?.toLowerCase() === 'harness';
  if (managed && read(env, S.cacheTo) !== undefined) notes.push(`${S.cacheTo} is replaced by the managed cache's own cache-to`);
  if (read(env, S.repo) === undefined && readFirst(env, S.tags, S.tag) !== undefined) notes.push(`${S.tags} needs ${S.repo}: no image is tagged or pushed`);
  return notes;
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
  const given = commaList(readFirst(env, S.tags, S.tag)?.value);
  return (given.length > 0 ? given : ['latest']).map((tag) => (tag.includes('/') ? tag : `${repo}:${tag}`));
}

function registryAuth(env: Env): NonNullable<BuildOptionsInput['registryAuth']> {
  const username = read(env, S.username);
  const password = env[S.password] !== undefined && env[S.password] !== '' ? env[S.password]! : undefined;
  if (username === undefined && password === undefined) return [];
  if (username === undefined) throw new ConfigError([{ path: S.username, message: `is required when ${S.password} is set`, hint: 'set username next to password' }]);
  if (password === undefined) throw new ConfigError([{ path: S.password, message: `is required when ${S.username} is set`, hint: 'set password from a Harness secret, e.g. <+secrets.getValue("registry_token")>' }]);
  return [{ registry: registryHost(env), username, password }];
}

/** The docker config key for the login: PLUGIN_REGISTRY, else the repo's host, else Docker Hub. */
export function registryHost(env: Env): string {
  const explicit = read(env, S.registry);
  const host = explicit !== undefined ? explicit.replace(/^https?:\/\//, '').replace(/\/.*$/, '') : repoHost(read(env, S.repo));
  if (host === undefined || ['docker.io', 'index.docker.io', 'registry-1.docker.io'].includes(host)) return DOCKER_HUB;
  return host;
}

function repoHost(repo: string | undefined): string | undefined {
  const first = repo?.split('/')[0];
  if (first === undefined || repo === first) return undefined;
  return /[.:]/.test(first) || first === 'localhost' ? first : undefined;
}

/** Cache entries with keys in them would put secrets in buildx's argv and the log. */
function rejectInlineCredentials(name: string, entries: string[]): void {
  const issues: ConfigIssue[] = entries
    .filter((e) => /(^|,|")\s*(access_key_id|secret_access_key|session_token|account_key|client_secret)=/i.test(e))
    .map((e) => ({
      path: name,
      message: `a ${short(/type=([A-Za-z0-9_-]+)/.exec(e)?.[1] ?? 'cache')} entry carries credentials inline`,
      hint: 'use the managed cache settings (cache_s3_bucket, cache_s3_access_key, cache_s3_secret_key), which pass keys through the environment',
    }));
  if (issues.length > 0) throw new ConfigError(issues);
}

/** `{ key: value }` when the value is set, `{}` otherwise (keeps schema defaults in charge). */
function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
