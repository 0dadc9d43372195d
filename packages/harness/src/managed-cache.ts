// Managed mode: the S3-compatible location Harness Cloud's Docker Layer Caching uses, mapped onto
// the SDK's `harness` backend. Harness builds the same location into `type=s3,endpoint_url=…,
// bucket=…,region=…,prefix=<account>/<repo>/` entries itself (harness-core
// CIDockerLayerCachingConfigService); the plugin gets it from the settings below instead, and hands
// the keys to buildx through the environment, never argv.
import { ConfigError, type BuildOptionsInput, type ConfigIssue } from '@layercache/sdk';
import { SETTINGS as S, bool, read, readFirst, type Env } from './settings.js';

type HarnessCache = NonNullable<NonNullable<BuildOptionsInput['cache']>['harness']>;

/** True when the step asks for the managed cache, explicitly or by naming a bucket. */
export function wantsManagedCache(env: Env, backend: string | undefined): boolean {
  return backend === 'harness' || (backend === undefined || backend === 'auto' ? read(env, S.s3Bucket) !== undefined : false);
}

/** The managed cache settings, or a ConfigError naming every missing or placeholder setting. */
export function managedCacheFromEnv(env: Env): HarnessCache {
  const issues: ConfigIssue[] = [];
  const bucket = read(env, S.s3Bucket);
  if (bucket === undefined) issues.push({ path: S.s3Bucket, message: 'is required for the managed cache', hint: 'set cache_s3_bucket to the bucket Harness gives your account' });

  const accessKey = credential(env, issues, 'access key id', S.s3AccessKey, S.selfHostedAccessKey);
  const secretKey = credential(env, issues, 'secret access key', S.s3SecretKey, S.selfHostedSecretKey);
  const sessionToken = read(env, S.s3SessionToken);
  if (sessionToken !== undefined && isPlaceholder(sessionToken)) {
    issues.push({ path: S.s3SessionToken, message: 'looks like a placeholder, not a session token', hint: 'reference the secret, e.g. <+secrets.getValue("dlc_session_token")>, or remove the setting' });
  }

  const endpoint = read(env, S.s3Endpoint);
  if (endpoint !== undefined && !/^https?:\/\/[^\s/]+/.test(endpoint)) {
    issues.push({ path: S.s3Endpoint, message: 'must be an http(s) URL', hint: 'e.g. https://storage.googleapis.com or http://minio.internal:9000' });
  }
  const pathStyle = readFirst(env, S.s3PathStyle, S.pathStyleAlias);
  if (issues.length > 0) throw new ConfigError(issues);

  return {
    endpointUrl: endpoint,
    bucket: bucket!,
    region: read(env, S.s3Region) ?? 'us-east-1',
    prefix: read(env, S.s3Prefix) ?? defaultPrefix(env),
    usePathStyle: pathStyle ? bool(env, pathStyle.name) : undefined,
    accessKeyId: accessKey!,
    secretAccessKey: secretKey!,
    ...(sessionToken !== undefined ? { sessionToken } : {}),
  };
}

/** Harness scopes its DLC cache as `<account id>/<image repo>/`; the same when those are known. */
export function defaultPrefix(env: Env): string {
  const parts = [read(env, 'HARNESS_ACCOUNT_ID'), read(env, S.repo)].filter((p): p is string => p !== undefined);
  return parts.length > 0 ? `${parts.join('/')}/` : '';
}

function credential(env: Env, issues: ConfigIssue[], what: string, name: string, alias: string): string | undefined {
  const found = readFirst(env, name, alias);
  if (found === undefined) {
    issues.push({ path: name, message: `the managed cache's ${what} is missing`, hint: `set ${settingKey(name)} from a Harness secret, e.g. <+secrets.getValue("dlc_${what.includes('secret') ? 'secret' : 'access'}_key")>` });
    return undefined;
  }
  if (isPlaceholder(found.value)) {
    // Never echo the value: a real key pasted in the wrong field must not reach the log.
    issues.push({ path: found.name, message: `the managed cache's ${what} looks like a placeholder or an unresolved expression`, hint: `put the real key in a Harness secret and reference it from ${settingKey(found.name)}` });
    return undefined;
  }
  return found.value;
}

const PLACEHOLDER_WORDS = new Set(['null', 'undefined', 'none', 'changeme', 'change-me', 'change_me', 'placeholder', 'todo', 'tbd', 'replace-me', 'replace_me', 'replaceme', 'secret', 'password', 'dummy', 'example', 'your-access-key', 'your-secret-key', 'access-key', 'secret-key', 'access_key', 'secret_key']);

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
