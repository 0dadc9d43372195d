// s3: a cache in an S3-compatible bucket (BuildKit's `s3` cache type), e.g. the managed cache
// Harness Cloud injects (`harness` is this backend's former name, kept as an alias).
// One cache name per branch slug under the configured prefix. Credentials reach buildx through
// AWS_* environment variables (buildx copies them into the cache attributes), never argv.
import { s3Store } from '../../prune/s3-store.js';
import { cacheEntry } from '../cache-entry.js';
import { exportErrorPolicy } from '../cache-failure.js';
import { emptyPlan, type CacheBackend } from '../types.js';
import { s3Mounts } from './mounts.js';
import type { HarnessCacheOptions, S3Credentials } from '../../options/schema.js';

export function s3Location(h: HarnessCacheOptions) {
  return {
    type: 's3',
    endpoint_url: h.endpointUrl,
    bucket: h.bucket,
    region: h.region,
    prefix: h.prefix || undefined,
    use_path_style: h.usePathStyle ? true : undefined,
  };
}

export function s3CredentialEnv(h: S3Credentials): Record<string, string> {
  const env: Record<string, string> = { AWS_ACCESS_KEY_ID: h.accessKeyId, AWS_SECRET_ACCESS_KEY: h.secretAccessKey };
  if (h.sessionToken) env.AWS_SESSION_TOKEN = h.sessionToken;
  return env;
}

export const s3Backend: CacheBackend = {
  name: 's3',
  exporter: 's3',
  store: 'bucket',
  mounts: s3Mounts,
  pruneRequires: (o) =>
    o.harness ? [] : [{ path: 'harness', message: 'the s3 backend needs the s3 settings', hint: 'pass them in --config (cache.harness) as builds do' }],
  pruneStore: (o, { now }) => s3Store(o.harness!, o.freshMinutes * 60_000, now),
  requires: (o) =>
    o.cache.harness ? [] : [{ path: 'cache.harness', message: 'is required by the s3 backend', hint: 'give bucket, region, endpointUrl and credentials' }],
  plan({ options, keys }) {
    const plan = emptyPlan('s3');
    const h = options.cache.harness!; // parseOptions requires it for this backend
    const where = (slug: string) => `s3://${h.bucket}/${h.prefix}${slug}`;
    plan.reads = keys.read.map(where);
    plan.cacheFrom = keys.read.map((name) => cacheEntry({ ...s3Location(h), name }));
    if (keys.write !== undefined) {
      plan.writes = where(keys.write);
      plan.cacheTo = [cacheEntry({ ...s3Location(h), name: keys.write, mode: options.cache.mode, ...exportErrorPolicy(options.cache.strict) })];
    }
    plan.secretEnv = s3CredentialEnv(h);
    return plan;
  },
};
