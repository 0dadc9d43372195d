// Former backend names that still work: `harness` is the s3 backend (a generic S3 cache, first
// written for the managed cache Harness Cloud injects). Options resolve them once, when parsed.
const ALIASES: Record<string, string> = { harness: 's3' };

export function resolveBackendAlias<T extends string>(name: T): Exclude<T, 'harness'> | 's3' {
  return (ALIASES[name] ?? name) as Exclude<T, 'harness'> | 's3';
}
