import { describe, expect, test } from 'vitest';
import { EnvReader } from './env-reader.js';
import { takeInlineS3Keys, type CacheEntryList } from './inline-s3-keys.js';

const HINTS = { otherKeys: 'use an s3 cache', halfKeys: 'give both keys' };

function take(from: string[], to: string[] = [], keyValue?: (field: string, value: string) => string) {
  const r = new EnvReader({});
  const lists: CacheEntryList[] = [{ setting: 'X_FROM', entries: from }, { setting: 'X_TO', entries: to }];
  return { ...takeInlineS3Keys(r, lists, HINTS, keyValue), issues: r.issues };
}

describe('takeInlineS3Keys', () => {
  test('S3 keys leave the entries and come back once; other fields stay as written', () => {
    const keys = 'access_key_id=AKIAX,secret_access_key=TOPSECRET';
    const registry = '"type=registry","ref=r.example/a,b:c"';
    const got = take([`type=s3,bucket=b,${keys}`, registry], [`type=s3,bucket=b,mode=max,${keys}`]);
    expect(got.lists).toEqual([['type=s3,bucket=b', registry], ['type=s3,bucket=b,mode=max']]);
    expect(got.credentials).toEqual({ accessKeyId: 'AKIAX', secretAccessKey: 'TOPSECRET' });
    expect(got.moved).toEqual(['X_FROM entry 1', 'X_TO entry 1']);
    expect(got.issues).toEqual([]);
  });

  test('entries without keys: nothing moved, no credentials', () => {
    const got = take(['type=registry,ref=r.example/c']);
    expect(got).toEqual({ lists: [['type=registry,ref=r.example/c'], []], moved: [], issues: [] });
  });

  test('keyValue stands in for a value; an empty one drops the key', () => {
    // The placeholder of the access key has a real value, the secret's has none.
    const real = (field: string, value: string) => (value !== 'PH' ? value : field === 'access_key_id' ? 'AKIA1' : '');
    const got = take(['type=s3,bucket=b,access_key_id=PH,secret_access_key=PH,session_token=TOK'], [], real);
    expect(got.lists[0]).toEqual(['type=s3,bucket=b']);
    expect(got.issues.map((i) => i.message)).toEqual(['an s3 cache entry carries only half of its keys inline']);
    expect(got.credentials).toBeUndefined();
  });

  test.each([
    ['different keys', ['type=s3,access_key_id=K1,secret_access_key=S1',
      'type=s3,access_key_id=K2,secret_access_key=S2'],
      'different S3 keys'],
    ['half a key pair', ['type=s3,access_key_id=K1'], 'only half'],
    ['keys on a registry entry', ['type=registry,ref=r/c,access_key_id=K1,secret_access_key=S1'], 'not type=s3'],
    ['keys only argv could carry', ['type=azblob,name=c,account_key=AZSECRET'], 'account_key'],
  ])('%s: an issue naming the setting, no key value echoed', (_name, from, words) => {
    const { issues } = take(from);
    expect(issues[0]?.path).toBe('X_FROM');
    expect(issues.map((i) => i.message).join('\n')).toContain(words);
    expect(JSON.stringify(issues)).not.toMatch(/S1|S2|AZSECRET/);
    expect(issues.every((i) => i.hint)).toBe(true);
  });
});
