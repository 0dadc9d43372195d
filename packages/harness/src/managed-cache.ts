// Managed mode: the S3-compatible location Harness Cloud's Docker Layer Caching uses, mapped onto
// the SDK's `s3` backend (`harness`, its former name, is still taken as PLUGIN_CACHE_BACKEND).
// Harness builds the same location into `type=s3,endpoint_url=…,bucket=…,region=…,prefix=<account>/<repo>/`
// entries itself (harness-core CIDockerLayerCachingConfigService); the plugin gets it from the
// settings below instead, and hands the keys to buildx through the environment, never argv.
import { BACKENDS, type BackendName, type BuildOptionsInput } from '@layercache/sdk';
import { definedOnly, looksLikePlaceholder, resolveBackendAlias, type EnvReader } from '@layercache/sdk/adapter';
import { SETTINGS as S } from './settings.js';

type HarnessCache = NonNullable<NonNullable<BuildOptionsInput['cache']>['harness']>;

/**
 * The backend, and managed mode, decided here only: PLUGIN_CACHE_BACKEND=s3 (or its alias harness), or
 * a bucket named and no other backend chosen. Harness's own cache-to then replaces the user's (its
 * cache-from is added to theirs).
 */
export function cacheBackend(r: EnvReader): { backend: BackendName; managed: boolean } {
  const chosen = r.oneOf(S.backend, BACKENDS);
  const bucket = r.get(S.s3Bucket) !== undefined;
  const fallback = bucket ? 's3' : r.get(S.remoteCacheImage) !== undefined ? 'registry' : 'auto';
  // The managed cache is the s3 backend; `harness`, its former name, is taken and resolved here.
  const backend = resolveBackendAlias(chosen ?? fallback);
  // A backend set to an unknown word (already an issue) is not managed mode.
  if (chosen === undefined) return { backend, managed: bucket && r.get(S.backend) === undefined };
  return { backend, managed: backend === 's3' || (backend === 'auto' && bucket) };
}

/** The managed cache settings; every missing or placeholder setting is an issue of the reader. */
export function managedCacheFromEnv(r: EnvReader): HarnessCache {
  const bucket = r.get(S.s3Bucket);
  const bucketHint = 'set cache_s3_bucket to the bucket Harness gives your account';
  if (bucket === undefined) r.fail(S.s3Bucket, 'is required for the managed cache', bucketHint);
  const accessKey = credential(r, 'access key id', 'access', S.s3AccessKey, S.selfHostedAccessKey);
  const secretKey = credential(r, 'secret access key', 'secret', S.s3SecretKey, S.selfHostedSecretKey);
  const sessionToken = r.get(S.s3SessionToken);
  if (sessionToken !== undefined && looksLikePlaceholder(sessionToken)) {
    const hint = 'reference the secret, e.g. <+secrets.getValue("dlc_session_token")>, or remove the setting';
    r.fail(S.s3SessionToken, 'looks like a placeholder, not a session token', hint);
  }
  const endpoint = r.get(S.s3Endpoint);
  const endpointHint = 'e.g. https://storage.googleapis.com or http://minio.internal:9000';
  if (endpoint !== undefined && !/^https?:\/\/[^\s/]+/.test(endpoint))
    r.fail(S.s3Endpoint, 'must be an http(s) URL', endpointHint);
  const pathStyle = r.first(S.s3PathStyle, S.pathStyleAlias);
  return {
    endpointUrl: endpoint,
    bucket: bucket!,
    region: r.get(S.s3Region) ?? 'us-east-1',
    prefix: r.get(S.s3Prefix) ?? defaultPrefix(r),
    usePathStyle: pathStyle ? r.bool(pathStyle.name) : undefined,
    accessKeyId: accessKey!,
    secretAccessKey: secretKey!,
    ...definedOnly({ sessionToken }),
  };
}

/** Harness scopes its DLC cache as `<account id>/<image repo>/`; the same when those are known. */
export function defaultPrefix(r: EnvReader): string {
  const parts = [r.get('HARNESS_ACCOUNT_ID'), r.get(S.repo)].filter(Boolean);
  return parts.length > 0 ? `${parts.join('/')}/` : '';
}

function credential(r: EnvReader, what: string, secretName: string, name: string, alias: string): string | undefined {
  const found = r.first(name, alias);
  if (found === undefined) {
    const hint = `set ${settingKey(name)} from a Harness secret, e.g. <+secrets.getValue("dlc_${secretName}_key")>`;
    r.fail(name, `the managed cache's ${what} is missing`, hint);
    return undefined;
  }
  if (looksLikePlaceholder(found.value)) {
    // Never echo the value: a real key pasted in the wrong field must not reach the log.
    const message = `the managed cache's ${what} looks like a placeholder or an unresolved expression`;
    const hint = `put the real key in a Harness secret and reference it from ${settingKey(found.name)}`;
    r.fail(found.name, message, hint);
    return undefined;
  }
  return found.value;
}

/** PLUGIN_CACHE_S3_ACCESS_KEY -> cache_s3_access_key, the key users write under `settings:`. */
function settingKey(name: string): string {
  return name.replace(/^PLUGIN_/, '').toLowerCase();
}
