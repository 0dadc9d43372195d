// The user's cache_from / cache_to entries, as the buildx plugin treats them: path_style and
// cache_tls_insecure add their attribute to each entry, and the self-hosted DLC placeholders
// (`access_key_id=harness_placeholder_aws_creds`) take the harness_self_hosted_s3_* keys. S3 keys
// written inline are taken OUT of the entries: buildx gets them as AWS_* variables, never argv. Pure.
import { csvFields, takeInlineS3Keys, type EnvReader, type InlineS3Keys } from '@layercache/sdk/adapter';
import { SETTINGS as S } from './settings.js';

export interface CacheEntries {
  cacheFrom: string[];
  cacheTo: string[];
  /** The one set of S3 keys the entries carried inline, if any. */
  credentials?: InlineS3Keys['credentials'];
  /** `PLUGIN_CACHE_FROM entry 1` for each entry whose keys were moved: for the log, never the values. */
  moved: string[];
}

const PLACEHOLDER = 'harness_placeholder_aws_creds';
const HINTS = {
  otherKeys: 'use an s3 cache or the managed cache (cache_s3_*), whose keys travel in the environment',
  halfKeys: 'give both access_key_id and secret_access_key (or harness_self_hosted_s3_*), or neither',
};

/**
 * cache_from and cache_to are `;` lists: Harness joins list settings with `;` for the buildx plugin
 * because each entry (`type=registry,ref=…,mode=max`) has commas of its own. The managed cache's
 * cache-to replaces the user's.
 */
export function cacheEntries(r: EnvReader, managed: boolean): CacheEntries {
  const lists = [
    { setting: S.cacheFrom, entries: r.list(S.cacheFrom, ';') },
    { setting: S.cacheTo, entries: managed ? [] : r.list(S.cacheTo, ';') },
  ];
  const selfHosted = (field: string) => (field === 'access_key_id' ? S.selfHostedAccessKey : S.selfHostedSecretKey);
  const { lists: [from, to], credentials, moved } = takeInlineS3Keys(r, lists, HINTS, (field, value) =>
    value === PLACEHOLDER ? (r.get(selfHosted(field)) ?? '') : value,
  );
  const withAttributes = (entry: string) => withPluginAttributes(r, csvFields(entry)).join(',');
  return { cacheFrom: from!.map(withAttributes), cacheTo: to!.map(withAttributes), moved, credentials };
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
