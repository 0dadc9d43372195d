// Cache entries as users write them (`type=s3,bucket=b,access_key_id=…,secret_access_key=…`) may
// carry keys inline; in buildx's argv those would show in `ps`, logs and error messages. The S3 keys
// are taken out of the entries (the SDK hands them to buildx as AWS_* variables: cache.extraCredentials),
// and keys of other cache types, which only argv could carry, are refused. Problems are the reader's
// issues, named by the setting; key values are never echoed. Pure.
import type { S3Credentials } from '../options/schema.js';
import { csvFields } from './csv-fields.js';
import type { EnvReader } from './env-reader.js';

export interface CacheEntryList {
  /** The variable the entries come from. */
  setting: string;
  entries: readonly string[];
}

export interface InlineKeyHints {
  /** Where keys belong instead, for an entry that carries keys of another cache type. */
  otherKeys: string;
  /** How to give the whole key pair, for entries that carry only half of it. */
  halfKeys: string;
}

export interface InlineS3Keys {
  /** Each list's entries in order, without their key fields (the other fields as written). */
  lists: string[][];
  /** The one set of S3 keys the entries carried, if any. */
  credentials?: S3Credentials;
  /** `SETTING entry N` for each entry whose keys were taken out: for the log, never the values. */
  moved: string[];
}

export type S3KeyField = 'access_key_id' | 'secret_access_key' | 'session_token';
const S3_KEY_FIELDS = new Map<string, keyof S3Credentials>([
  ['access_key_id', 'accessKeyId'],
  ['secret_access_key', 'secretAccessKey'],
  ['session_token', 'sessionToken'],
]);
/** Keys of other cache types that only argv could carry: refused. */
const OTHER_KEY_FIELDS = new Set(
  ['account_key', 'client_secret', 'oidc_token', 'gcp_json_key', 'secret_key', 'password', 'token'],
);

/**
 * The entries without their S3 keys, and the keys. `keyValue` may stand another value in for a key
 * as written (a platform's placeholder); a key whose value is empty is dropped.
 */
export function takeInlineS3Keys(
  r: EnvReader,
  lists: readonly CacheEntryList[],
  hints: InlineKeyHints,
  keyValue: (field: S3KeyField, value: string) => string = (_field, value) => value,
): InlineS3Keys {
  const found: Partial<S3Credentials>[] = [];
  const moved: string[] = [];
  const out = lists.map(({ setting, entries }) => entries.map((entry, i) => {
    const { kept, keys, other } = splitEntry(entry, keyValue);
    if (other.length > 0)
      r.fail(setting, `entry ${i + 1} carries ${other.join(', ')} inline, which would put it in argv`, hints.otherKeys);
    if (Object.keys(keys).length > 0) {
      const hint = 'remove access_key_id/secret_access_key from it';
      if (!kept.some((f) => /^type=s3$/i.test(f)))
        r.fail(setting, `entry ${i + 1} carries S3 keys but is not type=s3`, hint);
      found.push(keys);
      moved.push(`${setting} entry ${i + 1}`);
    }
    return kept.join(',');
  }));
  const credentials = oneSetOfKeys(found, r, lists[0]?.setting ?? '', hints);
  return { lists: out, moved, ...(credentials ? { credentials } : {}) };
}

/** Splits the `k=v` fields into the kept ones, the S3 keys and the names of other keys. */
function splitEntry(entry: string, keyValue: (field: S3KeyField, value: string) => string) {
  const out = { kept: [] as string[], keys: {} as Partial<S3Credentials>, other: [] as string[] };
  for (const field of csvFields(entry)) {
    const bare = field.replace(/^"|"$/g, '');
    const eq = bare.indexOf('=');
    const name = eq > 0 ? bare.slice(0, eq).trim().toLowerCase() : '';
    const keyField = S3_KEY_FIELDS.get(name);
    if (keyField !== undefined) {
      const value = keyValue(name as S3KeyField, bare.slice(eq + 1));
      if (value !== '') out.keys[keyField] = value;
    } else if (OTHER_KEY_FIELDS.has(name)) out.other.push(name);
    else out.kept.push(field);
  }
  return out;
}

/** buildx takes one set of AWS_* variables per build: entries with different keys cannot all work. */
function oneSetOfKeys(found: Partial<S3Credentials>[], r: EnvReader, setting: string, hints: InlineKeyHints) {
  const first = found[0];
  if (first === undefined) return undefined;
  const { accessKeyId, secretAccessKey, sessionToken } = first;
  const same = (k: Partial<S3Credentials>) =>
    k.accessKeyId === accessKeyId && k.secretAccessKey === secretAccessKey && k.sessionToken === sessionToken;
  if (!found.every(same)) {
    const message = 'cache entries carry different S3 keys: buildx takes one set per build';
    r.fail(setting, message, 'use one key pair for every s3 cache entry of the step');
  }
  if (accessKeyId === undefined || secretAccessKey === undefined) {
    r.fail(setting, 'an s3 cache entry carries only half of its keys inline', hints.halfKeys);
    return undefined;
  }
  return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}
