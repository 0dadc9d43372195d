// The buildx plugin's settings that layercache does not take as they are. Each one is REFUSED (exit
// 2 before anything is built: the build would not be what the plugin builds) or WARNED (no effect,
// said in the log). Every other setting of the plugin is honoured with its meaning (settings.ts).
// docs/harness.md shows this table; test/plugin-settings.test.ts keeps the two the same. Pure.
import type { ConfigIssue } from '@layercache/sdk';
import { EnvReader, type Env } from '@layercache/sdk/adapter';
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
  "these keys would have to go into buildx's argv: use an s3 cache or the managed cache (cache_s3_*), whose keys travel in the environment";
const isTrue = (v: string) => /^(true|1|yes|on)$/i.test(v);
const isFalse = (v: string) => /^(false|0|no|off)$/i.test(v);

export const PLUGIN_SETTINGS: Record<string, PluginSetting> = {
  PLUGIN_SQUASH: {
    verdict: 'refused',
    why: 'buildx has no --squash; use a multi-stage Dockerfile that copies into a fresh stage',
  },
  PLUGIN_SSH_AGENT_KEY: {
    verdict: 'refused',
    why: 'SSH agent forwarding is not supported; pass the key as a build secret with secrets_from_file',
  },
  PLUGIN_CONFIG: {
    verdict: 'refused',
    why: "a raw docker config is not merged into the step's private one; use username/password (and base_image_*)",
  },
  PLUGIN_BUILDX_OPTIONS: {
    verdict: 'refused',
    why: 'raw buildx flags are not passed through (they could carry secrets or undo the cache flags); use the named settings',
  },
  PLUGIN_BUILDX_OPTIONS_SEMICOLON: {
    verdict: 'refused',
    why: 'raw buildx flags are not passed through (they could carry secrets or undo the cache flags); use the named settings',
  },
  PLUGIN_BAKE_OPTIONS: {
    verdict: 'refused',
    why: 'raw bake flags are not passed through; name the services with compose_services',
  },
  PLUGIN_PUSH_ONLY: {
    verdict: 'refused',
    why: 'layercache builds; to push an existing image use a plain docker push step',
  },
  PLUGIN_SOURCE_IMAGE: {
    verdict: 'refused',
    why: 'layercache builds; to push an existing image use a plain docker push step',
  },
  PLUGIN_SOURCE_TAR_PATH: {
    verdict: 'refused',
    why: 'layercache builds; to push an image tarball use a plain docker load and push step',
  },
  PLUGIN_TAR_PATH: {
    verdict: 'refused',
    why: 'the image is not saved as a tarball; use buildx_load and docker save in a later step',
  },
  PLUGIN_DESTINATION_TAR_PATH: {
    verdict: 'refused',
    why: 'the image is not saved as a tarball; use buildx_load and docker save in a later step',
  },
  PLUGIN_BUILDX_OUTPUT_FORMAT: {
    verdict: 'refused',
    why: 'the image is not saved as a tarball; use buildx_load and docker save in a later step',
  },
  PLUGIN_ENV_FILE: {
    verdict: 'refused',
    why: 'an env file is not loaded; give the values as settings or step environment variables',
  },
  PLUGIN_BUILDER_DRIVER: { verdict: 'refused', why: NEW_BUILDER },
  PLUGIN_BUILDER_DRIVER_OPTS: { verdict: 'refused', why: NEW_BUILDER },
  PLUGIN_BUILDER_DRIVER_OPTS_NEW: { verdict: 'refused', why: NEW_BUILDER },
  PLUGIN_BUILDER_CONFIG: { verdict: 'refused', why: NEW_BUILDER },
  PLUGIN_BUILDER_REMOTE_CONN: { verdict: 'refused', why: NEW_BUILDER },
  PLUGIN_BUILDKIT_VERSION: { verdict: 'refused', why: NEW_BUILDER },
  PLUGIN_MIRROR: {
    verdict: 'refused',
    why: `${OWN_DAEMON}: set registry-mirrors on that daemon (daemon.json, or the DinD service's --registry-mirror)`,
  },
  PLUGIN_INSECURE: {
    verdict: 'refused',
    why: `${OWN_DAEMON}: set insecure-registries on that daemon (daemon.json, or the DinD service's --insecure-registry)`,
  },
  PLUGIN_CUSTOM_DNS: {
    verdict: 'refused',
    why: `${OWN_DAEMON}: set dns on that daemon, or use add_host for single names`,
  },
  PLUGIN_CUSTOM_DNS_SEARCH: { verdict: 'refused', why: `${OWN_DAEMON}: set dns-search on that daemon` },
  PLUGIN_HARNESS_SELF_HOSTED_GCP_JSON_KEY: { verdict: 'refused', why: CREDENTIAL_IN_ARGV },
  PLUGIN_HARNESS_SELF_HOSTED_AZURE_ACCOUNT_KEY: { verdict: 'refused', why: CREDENTIAL_IN_ARGV },
  PLUGIN_HARNESS_SELF_HOSTED_AZURE_TENANT_ID: { verdict: 'refused', why: CREDENTIAL_IN_ARGV },
  PLUGIN_HARNESS_SELF_HOSTED_AZURE_CLIENT_ID: { verdict: 'refused', why: CREDENTIAL_IN_ARGV },
  PLUGIN_HARNESS_SELF_HOSTED_AZURE_CLIENT_SECRET: { verdict: 'refused', why: CREDENTIAL_IN_ARGV },
  PLUGIN_HARNESS_SELF_HOSTED_AZURE_OIDC_TOKEN: { verdict: 'refused', why: CREDENTIAL_IN_ARGV },
  PLUGIN_DAEMON_OFF: { verdict: 'warned', why: `${OWN_DAEMON}, as with daemon_off: true`, when: isFalse },
  PLUGIN_STORAGE_DRIVER: { verdict: 'warned', why: OWN_DAEMON },
  PLUGIN_STORAGE_PATH: { verdict: 'warned', why: OWN_DAEMON },
  PLUGIN_BIP: { verdict: 'warned', why: OWN_DAEMON },
  PLUGIN_MTU: { verdict: 'warned', why: OWN_DAEMON },
  PLUGIN_IPV6: { verdict: 'warned', why: OWN_DAEMON },
  PLUGIN_DEBUG: { verdict: 'warned', why: OWN_DAEMON },
  PLUGIN_DAEMON_RETRY_COUNT: { verdict: 'warned', why: OWN_DAEMON },
  PLUGIN_USE_LOADED_BUILDKIT: { verdict: 'warned', why: 'no builder is created, so no BuildKit image is loaded' },
  PLUGIN_BUILDKIT_ASSETS_DIR: { verdict: 'warned', why: 'no builder is created, so no BuildKit image is loaded' },
  PLUGIN_BUILDKIT_TLS_HANDSHAKE_TIMEOUT: {
    verdict: 'warned',
    why: 'no builder is created, so its timeouts do not apply',
  },
  PLUGIN_BUILDKIT_RESPONSE_HEADER_TIMEOUT: {
    verdict: 'warned',
    why: 'no builder is created, so its timeouts do not apply',
  },
  PLUGIN_BUILDKIT_INHERIT_AUTH: {
    verdict: 'warned',
    why: "buildx always uses the step's private docker config, which holds the logins",
  },
  PLUGIN_QUIET: { verdict: 'warned', why: "layercache reads buildx's progress itself and prints a per-step summary" },
  PLUGIN_COMPRESS: {
    verdict: 'warned',
    why: 'BuildKit streams only the files a build uses; there is no context upload to compress',
  },
  PLUGIN_EMAIL: { verdict: 'warned', why: 'registries no longer use a login e-mail' },
  PLUGIN_PURGE: {
    verdict: 'warned',
    why: 'layercache removes no images after the build (the cache does not live in the engine)',
    when: isTrue,
  },
};

export interface SettingVerdicts {
  refused: ConfigIssue[];
  warnings: string[];
}

/** The refused and warned settings that are set in this step, and every PLUGIN_* nobody reads. */
export function checkPluginSettings(env: Env, known: ReadonlySet<string> = knownSettings()): SettingVerdicts {
  const out: SettingVerdicts = { refused: [], warnings: [] };
  const r = new EnvReader(env);
  for (const name of Object.keys(env)
    .filter((n) => n.startsWith('PLUGIN_'))
    .sort()) {
    const value = r.get(name);
    if (value === undefined) continue;
    const rule = PLUGIN_SETTINGS[name];
    if (rule !== undefined) {
      if (rule.when !== undefined && !rule.when(value)) continue;
      if (rule.verdict === 'refused')
        out.refused.push({
          path: name,
          message: 'is a buildx plugin setting layercache cannot honour',
          hint: rule.why,
        });
      else out.warnings.push(`${name} has no effect: ${rule.why}`);
    } else if (!known.has(name)) {
      out.warnings.push(`${name} is not a setting of layercache or of the buildx plugin: it has no effect (a typo?)`);
    }
  }
  return out;
}

/** Every variable the adapter reads, its own and the plugin's. */
export function knownSettings(): Set<string> {
  return new Set<string>([...Object.values(SETTINGS), ...Object.keys(PLUGIN_SETTINGS)]);
}
