// The user's cache_from / cache_to entries, as the buildx plugin treats them: path_style and
// cache_tls_insecure add their attribute to each entry, and the self-hosted DLC placeholders
// (`access_key_id=harness_placeholder_aws_creds`) take the harness_self_hosted_s3_* keys. S3 keys
// written inline are taken OUT of the entries: buildx gets them as AWS_* variables, never argv. Pure.
import { csvFields, type EnvReader } from '@layercache/sdk/adapter';
import { SETTINGS as S } from './settings.js';

export interface S3Keys {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface CacheEntries {
  cacheFrom: string[];
  cacheTo: string[];
  /** The one set of S3 keys the entries carried inline, if any. */
  credentials?: S3Keys;
  /** `PLUGIN_CACHE_FROM entry 1` for each entry whose keys were moved: for the log, never the values. */
  moved: string[];
}

const S3_KEY_FIELDS = {
  access_key_id: 'accessKeyId',
  secret_access_key: 'secretAccessKey',
  session_token: 'sessionToken',
} as const;
/** Keys of other cache types that only argv could carry: refused. */
const OTHER_KEY_FIELDS = new Set(
  ['account_key', 'client_secret', 'oidc_token', 'gcp_json_key', 'secret_key', 'password', 'token'],
);
const PLACEHOLDER = 'harness_placeholder_aws_creds';

export function cacheEntries(r: EnvReader, from: string[], to: string[]): CacheEntries {
  const found: Partial<S3Keys>[] = [];
  const moved: string[] = [];
  const one = (setting: string) => (entry: string, i: number): string => {
    const { kept, keys, other } = splitEntry(entry, r);
    if (other.length > 0) {
      const hint = 'use an s3 cache or the managed cache (cache_s3_*), whose keys travel in the environment';
      r.fail(setting, `entry ${i + 1} carries ${other.join(', ')} inline, which would put it in argv`, hint);
    }
    if (Object.keys(keys).length > 0) {
      const hint = 'remove access_key_id/secret_access_key from it';
      if (!kept.some((f) => /^type=s3$/i.test(f)))
        r.fail(setting, `entry ${i + 1} carries S3 keys but is not type=s3`, hint);
      found.push(keys);
      moved.push(`${setting} entry ${i + 1}`);
    }
    return withPluginAttributes(r, kept).join(',');
  };
  const cacheFrom = from.map(one(S.cacheFrom));
  const cacheTo = to.map(one(S.cacheTo));
  const credentials = oneSetOfKeys(found, r);
  return { cacheFrom, cacheTo, moved, ...(credentials ? { credentials } : {}) };
}

/** Splits the `k=v` fields into the kept ones, the S3 keys and the names of other keys. */
function splitEntry(entry: string, r: EnvReader): { kept: string[]; keys: Partial<S3Keys>; other: string[] } {
  const out = { kept: [] as string[], keys: {} as Partial<S3Keys>, other: [] as string[] };
  for (const field of csvFields(entry)) {
    const bare = field.replace(/^"|"$/g, '');
    const eq = bare.indexOf('=');
    const name = eq > 0 ? bare.slice(0, eq).trim().toLowerCase() : '';
    const keyField = S3_KEY_FIELDS[name as keyof typeof S3_KEY_FIELDS];
    let value = eq > 0 ? bare.slice(eq + 1) : '';
    if (keyField !== undefined) {
      if (value === PLACEHOLDER)
        value = r.get(name === 'access_key_id' ? S.selfHostedAccessKey : S.selfHostedSecretKey) ?? '';
      if (value !== '') out.keys[keyField] = value;
    } else if (OTHER_KEY_FIELDS.has(name)) out.other.push(name);
    else out.kept.push(field);
  }
  return out;
}

/** path_style / cache_tls_insecure: the plugin appends the attribute unless the entry sets it. */
function withPluginAttributes(r: EnvReader, fields: string[]): string[] {
  const out = [...fields];
  const has = (attr: string) => out.some((f) => f.replace(/^"/, '').startsWith(`${attr}=`));
  if (r.bool(S.pathStyleAlias) === true && out.some((f) => /^"?type=s3"?$/i.test(f)) && !has('use_path_style'))
    out.push('use_path_style=true');
  if (r.bool(S.cacheTlsInsecure) === true && !has('tls_insecure_skip_verify'))
    out.push('tls_insecure_skip_verify=true');
  return out;
}

/** buildx takes one set of AWS_* variables per build: entries with different keys cannot all work. */
function oneSetOfKeys(found: Partial<S3Keys>[], r: EnvReader): S3Keys | undefined {
  const first = found[0];
  if (first === undefined) return undefined;
  const { accessKeyId, secretAccessKey, sessionToken } = first;
  const same = (k: Partial<S3Keys>) =>
    k.accessKeyId === accessKeyId && k.secretAccessKey === secretAccessKey && k.sessionToken === sessionToken;
  if (!found.every(same)) {
    const message = 'cache entries carry different S3 keys: buildx takes one set per build';
    r.fail(S.cacheFrom, message, 'use one key pair for every s3 cache entry of the step');
  }
  if (accessKeyId === undefined || secretAccessKey === undefined) {
    const hint = 'give both access_key_id and secret_access_key (or harness_self_hosted_s3_*), or neither';
    r.fail(S.cacheFrom, 'an s3 cache entry carries only half of its keys inline', hint);
    return undefined;
  }
  return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}
