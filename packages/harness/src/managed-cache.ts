// Managed mode: the S3-compatible location Harness Cloud's Docker Layer Caching uses, mapped onto
// the SDK's `s3` backend (`harness`, its former name, is still taken as PLUGIN_CACHE_BACKEND).
// Harness builds the same location into `type=s3,endpoint_url=…,bucket=…,region=…,
// prefix=<account>/<repo>/` entries itself (harness-core CIDockerLayerCachingConfigService); the plugin gets it from the settings below instead, and hands
// the keys to buildx through the environment, never argv.
import type { BuildOptionsInput } from '@layercache/sdk';
import { resolveBackendAlias, type EnvReader } from '@layercache/sdk/adapter';
import { SETTINGS as S } from './settings.js';

type HarnessCache = NonNullable<NonNullable<BuildOptionsInput['cache']>['harness']>;

/**
 * Managed mode, decided once: PLUGIN_CACHE_BACKEND=s3 (or its alias harness), or a bucket named and
 * no other backend chosen. Harness's own cache-to then replaces the user's (its cache-from is added to theirs).
 */
export function isManaged(r: EnvReader): boolean {
  const backend = r.get(S.backend)?.toLowerCase();
  if (backend !== undefined && resolveBackendAlias(backend) === 's3') return true;
  return r.get(S.s3Bucket) !== undefined && (backend === undefined || backend === 'auto');
}

/** The managed cache settings; every missing or placeholder setting is an issue of the reader. */
export function managedCacheFromEnv(r: EnvReader): HarnessCache {
  const bucket = r.get(S.s3Bucket);
  if (bucket === undefined)
    r.fail(
      S.s3Bucket,
      'is required for the managed cache',
      'set cache_s3_bucket to the bucket Harness gives your account',
    );

  const accessKey = credential(r, 'access key id', S.s3AccessKey, S.selfHostedAccessKey);
  const secretKey = credential(r, 'secret access key', S.s3SecretKey, S.selfHostedSecretKey);
  const sessionToken = r.get(S.s3SessionToken);
  if (sessionToken !== undefined && isPlaceholder(sessionToken)) {
    r.fail(
      S.s3SessionToken,
      'looks like a placeholder, not a session token',
      'reference the secret, e.g. <+secrets.getValue("dlc_session_token")>, or remove the setting',
    );
  }

  const endpoint = r.get(S.s3Endpoint);
  if (endpoint !== undefined && !/^https?:\/\/[^\s/]+/.test(endpoint)) {
    r.fail(S.s3Endpoint, 'must be an http(s) URL', 'e.g. https://storage.googleapis.com or http://minio.internal:9000');
  }
  const pathStyle = r.first(S.s3PathStyle, S.pathStyleAlias);

  return {
    endpointUrl: endpoint,
    bucket: bucket!,
    region: r.get(S.s3Region) ?? 'us-east-1',
    prefix: r.get(S.s3Prefix) ?? defaultPrefix(r),
    usePathStyle: pathStyle ? r.bool(pathStyle.name) : undefined,
    accessKeyId: accessKey!,
    secretAccessKey: secretKey!,
    ...(sessionToken !== undefined ? { sessionToken } : {}),
  };
}

/** Harness scopes its DLC cache as `<account id>/<image repo>/`; the same when those are known. */
export function defaultPrefix(r: EnvReader): string {
  const parts = [r.get('HARNESS_ACCOUNT_ID'), r.get(S.repo)].filter((p): p is string => p !== undefined);
  return parts.length > 0 ? `${parts.join('/')}/` : '';
}

function credential(r: EnvReader, what: string, name: string, alias: string): string | undefined {
  const found = r.first(name, alias);
  if (found === undefined) {
    r.fail(
      name,
      `the managed cache's ${what} is missing`,
      `set ${settingKey(name)} from a Harness secret, e.g. <+secrets.getValue("dlc_${
        what.includes('secret') ? 'secret' : 'access'
      }_key")>`,
    );
    return undefined;
  }
  if (isPlaceholder(found.value)) {
    // Never echo the value: a real key pasted in the wrong field must not reach the log.
    r.fail(
      found.name,
      `the managed cache's ${what} looks like a placeholder or an unresolved expression`,
      `put the real key in a Harness secret and reference it from ${settingKey(found.name)}`,
    );
    return undefined;
  }
  return found.value;
}

const PLACEHOLDER_WORDS = new Set([
  'null',
  'undefined',
  'none',
  'changeme',
  'change-me',
  'change_me',
  'placeholder',
  'todo',
  'tbd',
  'replace-me',
  'replace_me',
  'replaceme',
  'secret',
  'password',
  'dummy',
  'example',
  'your-access-key',
  'your-secret-key',
  'access-key',
  'secret-key',
  'access_key',
  'secret_key',
]);

/** Values that are obviously not a key: template leftovers, unresolved Harness expressions, filler words. */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v.length === 0) return true;
  if (/^<\+.*>$/.test(v) || /^<[^<>]*>$/.test(v)) return true; // <+secrets.getValue("x")> left unresolved, <ACCESS_KEY>
  if (/^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(v) || /^\{\{.*\}\}$/.test(v)) return true; // $VAR, ${VAR}, {{ var }}
  if (/^([x*.?-])\1*$/i.test(v)) return true; // xxxx, ****, ----
  return PLACEHOLDER_WORDS.has(v.toLowerCase());
}

/** PLUGIN_CACHE_S3_ACCESS_KEY -> cache_s3_access_key, the key users write under `settings:`. */
export function settingKey(name: string): string {
  return name.replace(/^PLUGIN_/, '').toLowerCase();
}
