// fromHarnessEnv: a Harness Plugin step's environment -> cachedBuild() options. Pure: no I/O, no
// process.env; tests feed plain objects. Throws ConfigError naming the variable to fix.
import { parseOptions, type BuildOptionsInput } from '@layercache/sdk';
import { definedOnly, EnvReader, readOptionTable, renamedSync, withTable, type Env } from '@layercache/sdk/adapter';
import { autoTagOn, autoTags } from './auto-tags.js';
import { buildArgs, buildArgsFromEnvMissing, labels, secrets } from './build-inputs.js';
import { cacheEntries } from './cache-entries.js';
import { keysFromDroneEnv } from './keys.js';
import { cacheBackend, managedCacheFromEnv } from './managed-cache.js';
import { checkPluginSettings } from './plugin-settings.js';
import { HARNESS_NAMES, PLAIN_SETTINGS, SETTINGS as S } from './settings.js';

const DOCKER_HUB = 'https://index.docker.io/v1/';
const HUB_HOSTS = ['docker.io', 'index.docker.io', 'registry-1.docker.io'];

/** `now` dates auto_label's org.opencontainers.image.created label. Every bad setting is reported at once. */
export function fromHarnessEnv(env: Env, now: Date = new Date()): BuildOptionsInput {
  const options = harnessOptions(env, now);
  // The SDK's own rules; its errors come back named by the setting.
  renamedSync(HARNESS_NAMES, () => parseOptions(options));
  return options;
}

/**
 * The plugin settings mapped onto build options, checked for the plugin's own rules only: the
 * adapter's runner checks the SDK's rules once, naming the same settings (fromHarnessEnv does both).
 */
export function harnessOptions(env: Env, now: Date = new Date()): BuildOptionsInput {
  const r = new EnvReader(env);
  r.issues.push(...checkPluginSettings(env).refused);
  const { backend, managed } = cacheBackend(r);
  const tags = imageTags(r);
  const entries = cacheEntries(r, managed);
  const noPush = r.bool(S.noPush) ?? r.bool(S.dryRun) ?? false;
  const options = withTable<BuildOptionsInput>(readOptionTable(r, PLAIN_SETTINGS), {
    tags,
    platforms: r.list(S.platform, ','),
    buildArgs: buildArgs(r),
    secrets: secrets(r),
    addHosts: r.list(S.addHost, ','),
    labels: labels(r, now),
    push: tags.length > 0 && !noPush,
    network: r.oneOf(S.network, ['default', 'none', 'host'] as const),
    registryAuth: registryAuth(r),
    cache: definedOnly({
      backend,
      write: r.oneOf(S.write, ['auto', 'always', 'never'] as const),
      mode: r.oneOf(S.mode, ['min', 'max'] as const),
      keys: keysFromDroneEnv(r),
      extraFrom: entries.cacheFrom,
      extraTo: entries.cacheTo,
      extraCredentials: entries.credentials,
      harness: managed ? managedCacheFromEnv(r) : undefined,
    }),
  });
  r.throwIfAny();
  return options;
}

/** Settings that are set but have no effect, worth a warning in the log. Pure. */
export function ignoredSettings(env: Env): string[] {
  const r = new EnvReader(env);
  const notes: string[] = [...checkPluginSettings(env).warnings, ...buildArgsFromEnvMissing(r)];
  if (r.bool(S.autoLabel) === false && r.get(S.labelSchema) !== undefined)
    notes.push(`${S.labelSchema} has no effect with ${S.autoLabel} false, as with the buildx plugin`);
  if (r.bool(S.multipleBuildArgs) === true && r.get(S.buildArgs) !== undefined) {
    const use = `as with the buildx plugin: use ${S.buildArgsNew}`;
    notes.push(`${S.buildArgs} has no effect with ${S.multipleBuildArgs} true, ${use}`);
  }
  if (autoTagOn(r) && r.first(S.tags, S.tag) !== undefined)
    notes.push(`${S.tags} is replaced by auto_tag's tags, as with the buildx plugin`);
  if (cacheBackend(r).managed && r.get(S.cacheTo) !== undefined)
    notes.push(`${S.cacheTo} is replaced by the managed cache's own cache-to`);
  if (r.get(S.repo) === undefined && r.first(S.tags, S.tag) !== undefined)
    notes.push(`${S.tags} needs ${S.repo}: no image is tagged or pushed`);
  return notes;
}

/** What the log should say about settings that were taken in a changed form (never their values). Pure. */
export function settingNotes(env: Env): string[] {
  const r = new EnvReader(env);
  const { moved } = cacheEntries(r, cacheBackend(r).managed);
  if (moved.length === 0) return [];
  const how = 'buildx gets them as AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY in its environment, not in argv';
  return [`layercache: the S3 keys written inline in ${moved.join(', ')} were taken out of the entries; ${how}`];
}

/** repo + tags -> full references, as drone-buildx does (`latest` when no tag is given). */
function imageTags(r: EnvReader): string[] {
  const repo = r.get(S.repo);
  if (repo === undefined) return [];
  const given = autoTagOn(r) ? autoTags(r) : r.list(r.first(S.tags, S.tag)?.name ?? S.tags, ',');
  return (given.length > 0 ? given : ['latest']).map((tag) => (tag.includes('/') ? tag : `${repo}:${tag}`));
}

type Logins = NonNullable<BuildOptionsInput['registryAuth']>;

function registryAuth(r: EnvReader): Logins {
  const push = login(r, S.username, S.password, registryHost(r.env));
  // The plugin's second login, for pulling base images: base_image_registry/_username/_password (or docker_*).
  const baseRegistry = r.first(S.dockerRegistry, S.baseImageRegistry);
  const baseUser = r.first(S.dockerUsername, S.baseImageUsername)?.name ?? S.baseImageUsername;
  const basePass = r.first(S.dockerPassword, S.baseImagePassword)?.name ?? S.baseImagePassword;
  if (baseRegistry !== undefined) {
    const host = hostOf(baseRegistry.value);
    return [...push, ...login(r, baseUser, basePass, HUB_HOSTS.includes(host) ? DOCKER_HUB : host)];
  }
  if (r.get(baseUser) !== undefined || r.get(basePass) !== undefined) {
    const hint = 'name the registry the base images come from, e.g. registry.example.com';
    r.fail(S.baseImageRegistry, `is required when ${baseUser} or ${basePass} is set`, hint);
  }
  return push;
}

function login(r: EnvReader, userName: string, passName: string, registry: string): Logins {
  const username = r.get(userName);
  const password = r.secret(passName);
  if (username !== undefined && password !== undefined) return [{ registry, username, password }];
  if (password !== undefined) r.fail(userName, `is required when ${passName} is set`, 'set username next to password');
  else if (username !== undefined) {
    const hint = 'set password from a Harness secret, e.g. <+secrets.getValue("registry_token")>';
    r.fail(passName, `is required when ${userName} is set`, hint);
  }
  return [];
}

function hostOf(registry: string): string {
  return registry.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
}

/** The docker config key for the login: PLUGIN_REGISTRY, else the repo's host, else Docker Hub. */
export function registryHost(env: Env): string {
  const r = new EnvReader(env);
  const explicit = r.get(S.registry);
  const host = explicit !== undefined ? hostOf(explicit) : repoHost(r.get(S.repo));
  if (host === undefined || HUB_HOSTS.includes(host)) return DOCKER_HUB;
  return host;
}

function repoHost(repo: string | undefined): string | undefined {
  const first = repo?.split('/')[0];
  if (first === undefined || repo === first) return undefined;
  return /[.:]/.test(first) || first === 'localhost' ? first : undefined;
}
