// The buildx plugin's settings that layercache does not take as they are. Each one is REFUSED (exit
// 2 before anything is built: the build would not be what the plugin builds) or WARNED (no effect,
// said in the log). Every other setting of the plugin is honoured with its meaning (settings.ts).
// docs/harness.md shows this table; test/plugin-settings.test.ts keeps the two the same. Pure.
import type { ConfigIssue } from '@layercache/sdk';
import { EnvReader, parseBoolean, type Env } from '@layercache/sdk/adapter';
import { SETTINGS } from './settings.js';

export type Verdict = 'refused' | 'warned';

export interface PluginSetting {
  verdict: Verdict;
  /** Why, and what to do instead: one sentence each way, shown in the log and the docs. */
  why: string;
  /** Only these values trigger the verdict (e.g. daemon_off: false); default: any value. */
  when?: (value: string) => boolean;
}

const OWN_DAEMON = 'the step uses the Docker engine it is given and starts no daemon of its own';
const NEW_BUILDER =
  'layercache uses an existing builder and creates none: create it in an earlier step and name it with builder_name';
const CREDENTIAL_IN_ARGV =
  "these keys would have to go into buildx's argv: use an s3 cache or the managed cache (cache_s3_*), " +
  'whose keys travel in the environment';
const RAW_FLAGS =
  'raw buildx flags are not passed through (they could carry secrets or undo the cache flags); use the named settings';
const PUSH_ONLY = 'layercache builds; to push an existing image use a plain docker push step';
const NO_TARBALL = 'the image is not saved as a tarball; use buildx_load and docker save in a later step';
const NO_BUILDKIT_IMAGE = 'no builder is created, so no BuildKit image is loaded';
const NO_BUILDER_TIMEOUTS = 'no builder is created, so its timeouts do not apply';

/** One reason and the settings it applies to. */
const RULES: [Verdict, string, ...string[]][] = [
  ['refused', 'buildx has no --squash; use a multi-stage Dockerfile that copies into a fresh stage', 'PLUGIN_SQUASH'],
  ['refused', 'SSH agent forwarding is not supported; pass the key as a build secret with secrets_from_file',
    'PLUGIN_SSH_AGENT_KEY'],
  ['refused',
    "a raw docker config is not merged into the step's private one; use username/password (and base_image_*)",
    'PLUGIN_CONFIG'],
  ['refused', RAW_FLAGS, 'PLUGIN_BUILDX_OPTIONS', 'PLUGIN_BUILDX_OPTIONS_SEMICOLON'],
  ['refused', 'raw bake flags are not passed through; name the services with compose_services', 'PLUGIN_BAKE_OPTIONS'],
  ['refused', PUSH_ONLY, 'PLUGIN_PUSH_ONLY', 'PLUGIN_SOURCE_IMAGE'],
  ['refused', 'layercache builds; to push an image tarball use a plain docker load and push step',
    'PLUGIN_SOURCE_TAR_PATH'],
  ['refused', NO_TARBALL, 'PLUGIN_TAR_PATH', 'PLUGIN_DESTINATION_TAR_PATH', 'PLUGIN_BUILDX_OUTPUT_FORMAT'],
  ['refused', 'an env file is not loaded; give the values as settings or step environment variables',
    'PLUGIN_ENV_FILE'],
  ['refused', NEW_BUILDER, 'PLUGIN_BUILDER_DRIVER', 'PLUGIN_BUILDER_DRIVER_OPTS', 'PLUGIN_BUILDER_DRIVER_OPTS_NEW',
    'PLUGIN_BUILDER_CONFIG', 'PLUGIN_BUILDER_REMOTE_CONN', 'PLUGIN_BUILDKIT_VERSION'],
  ['refused',
    `${OWN_DAEMON}: set registry-mirrors on that daemon (daemon.json, or the DinD service's --registry-mirror)`,
    'PLUGIN_MIRROR'],
  ['refused',
    `${OWN_DAEMON}: set insecure-registries on that daemon (daemon.json, or the DinD service's --insecure-registry)`,
    'PLUGIN_INSECURE'],
  ['refused', `${OWN_DAEMON}: set dns on that daemon, or use add_host for single names`, 'PLUGIN_CUSTOM_DNS'],
  ['refused', `${OWN_DAEMON}: set dns-search on that daemon`, 'PLUGIN_CUSTOM_DNS_SEARCH'],
  ['refused', CREDENTIAL_IN_ARGV, 'PLUGIN_HARNESS_SELF_HOSTED_GCP_JSON_KEY',
    'PLUGIN_HARNESS_SELF_HOSTED_AZURE_ACCOUNT_KEY', 'PLUGIN_HARNESS_SELF_HOSTED_AZURE_TENANT_ID',
    'PLUGIN_HARNESS_SELF_HOSTED_AZURE_CLIENT_ID',
    'PLUGIN_HARNESS_SELF_HOSTED_AZURE_CLIENT_SECRET', 'PLUGIN_HARNESS_SELF_HOSTED_AZURE_OIDC_TOKEN'],
  ['warned', `${OWN_DAEMON}, as with daemon_off: true`, 'PLUGIN_DAEMON_OFF'],
  ['warned', OWN_DAEMON, 'PLUGIN_STORAGE_DRIVER', 'PLUGIN_STORAGE_PATH', 'PLUGIN_BIP', 'PLUGIN_MTU', 'PLUGIN_IPV6',
    'PLUGIN_DEBUG', 'PLUGIN_DAEMON_RETRY_COUNT'],
  ['warned', NO_BUILDKIT_IMAGE, 'PLUGIN_USE_LOADED_BUILDKIT', 'PLUGIN_BUILDKIT_ASSETS_DIR'],
  ['warned', NO_BUILDER_TIMEOUTS, 'PLUGIN_BUILDKIT_TLS_HANDSHAKE_TIMEOUT', 'PLUGIN_BUILDKIT_RESPONSE_HEADER_TIMEOUT'],
  ['warned', "buildx always uses the step's private docker config, which holds the logins",
    'PLUGIN_BUILDKIT_INHERIT_AUTH'],
  ['warned', "layercache reads buildx's progress itself and prints a per-step summary", 'PLUGIN_QUIET'],
  ['warned', 'BuildKit streams only the files a build uses; there is no context upload to compress',
    'PLUGIN_COMPRESS'],
  ['warned', 'registries no longer use a login e-mail', 'PLUGIN_EMAIL'],
  ['warned', 'layercache removes no images after the build (the cache does not live in the engine)', 'PLUGIN_PURGE'],
];

/** The settings whose verdict holds for one boolean value only. */
const ONLY_WHEN: Record<string, (value: string) => boolean> = {
  PLUGIN_DAEMON_OFF: (v) => parseBoolean(v) === false,
  PLUGIN_PURGE: (v) => parseBoolean(v) === true,
};

export const PLUGIN_SETTINGS: Record<string, PluginSetting> = Object.fromEntries(
  RULES.flatMap(([verdict, why, ...names]) =>
    names.map((name) => [name, { verdict, why, ...(ONLY_WHEN[name] ? { when: ONLY_WHEN[name] } : {}) }]),
  ),
);

/** The refused and warned settings that are set in this step, and every PLUGIN_* nobody reads. */
export function checkPluginSettings(env: Env, known = knownSettings()): { refused: ConfigIssue[]; warnings: string[] } {
  const out = { refused: [] as ConfigIssue[], warnings: [] as string[] };
  const r = new EnvReader(env);
  for (const name of Object.keys(env).filter((n) => n.startsWith('PLUGIN_')).sort()) {
    const value = r.get(name);
    const rule = PLUGIN_SETTINGS[name];
    if (value === undefined || (rule?.when !== undefined && !rule.when(value))) continue;
    if (rule?.verdict === 'refused')
      out.refused.push({ path: name, message: 'is a buildx plugin setting layercache cannot honour', hint: rule.why });
    else if (rule !== undefined) out.warnings.push(`${name} has no effect: ${rule.why}`);
    else if (!known.has(name))
      out.warnings.push(`${name} is not a setting of layercache or of the buildx plugin: it has no effect (a typo?)`);
  }
  return out;
}

/** Every variable the adapter reads, its own and the plugin's. */
export function knownSettings(): Set<string> {
  return new Set<string>([...Object.values(SETTINGS), ...Object.keys(PLUGIN_SETTINGS)]);
}
