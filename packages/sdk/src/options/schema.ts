// The options of cachedBuild()/planBuild(): one zod schema with a description and a default
// for every field. `BuildOptionsInput` is what callers write; `BuildOptions` is what the SDK uses.
import { resolveBackendAlias } from '../backends/aliases.js';
import { z } from 'zod';

const MAX_VALUE_LENGTH = 32 * 1024;

/** A string that may not carry newlines or NUL: they would smuggle extra lines into logs and outputs. */
const singleLine = (what: string) =>
  z
    .string()
    .max(MAX_VALUE_LENGTH, `${what} is longer than ${MAX_VALUE_LENGTH} characters`)
    .refine((v) => !/[\r\n\0]/.test(v), `${what} contains a newline or NUL character`);

const nonEmptyLine = (what: string) => singleLine(what).refine((v) => v.trim().length > 0, `${what} is empty`);

const BUILD_ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
// buildx --add-host: `host:ip` or `host=ip`; the ip may be IPv6 (colons) or the word host-gateway.
const ADD_HOST = /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?[:=]([0-9A-Fa-f:.[\]]+|host-gateway)$/;
const LABEL_KEY = /^[A-Za-z0-9][A-Za-z0-9._\/-]*$/;

/** cache.timeout's default: long enough for a multi-GB export, far short of a job's own limit. */
export const DEFAULT_CACHE_TIMEOUT_SECONDS = 300;

const TIMEOUT_HINT = 'cache.timeout must be a whole number of seconds from 0 (no limit) to 86400';
/** Seconds, as a number or as the digits a CI variable or CLI flag holds. */
const cacheTimeout = z
  .union(
    [
      z.number(),
      z
        .string()
        .trim()
        .regex(/^\d{1,6}$/, TIMEOUT_HINT)
        .transform(Number),
    ],
    { errorMap: () => ({ message: TIMEOUT_HINT }) },
  )
  .pipe(
    z
      .number()
      .int(TIMEOUT_HINT)
      .min(0, TIMEOUT_HINT)
      .max(24 * 3600, TIMEOUT_HINT),
  )
  .default(DEFAULT_CACHE_TIMEOUT_SECONDS);

/** cache.mountsMaxSizeMb's default: a cache mount's archive (uncompressed) above it is not saved. */
export const DEFAULT_MOUNTS_MAX_SIZE_MB = 1024;

const MOUNTS_HINT =
  'cache.mounts must be auto, off, or a list of cache mount ids (comma-separated in a flag or variable)';
/** `auto` | `off` | ids; a CI variable or flag gives the ids as one comma-separated string. */
const cacheMounts = z
  .union(
    [
      z.enum(['auto', 'off']),
      z.array(nonEmptyLine('cache.mounts id')).min(1, MOUNTS_HINT),
      singleLine('cache.mounts')
        .refine((v) => v.split(',').every((id) => id.trim().length > 0), MOUNTS_HINT)
        .transform((v) =>
          v.trim() === 'auto' || v.trim() === 'off'
            ? (v.trim() as 'auto' | 'off')
            : v.split(',').map((id) => id.trim()),
        ),
    ],
    { errorMap: () => ({ message: MOUNTS_HINT }) },
  )
  .default('auto');

// `harness` is the s3 backend's former name, kept as an alias: existing configs keep working.
export const BACKENDS = ['inline', 'registry', 'local', 's3', 'harness', 'none', 'auto'] as const;
export type BackendName = (typeof BACKENDS)[number];
/** A backend name as options hold it once parsed: aliases resolved. */
export type ResolvedBackendName = Exclude<BackendName, 'harness'>;
export { resolveBackendAlias };

export const cacheKeysSchema = z
  .object({
    branch: nonEmptyLine('branch').optional().describe('Branch being built; its cache is read first and written to.'),
    defaultBranch: nonEmptyLine('defaultBranch')
      .default('main')
      .describe('The default branch: the last read fallback, written only by its own builds.'),
    prSourceBranch: nonEmptyLine('prSourceBranch')
      .optional()
      .describe('Source branch of a pull/merge request (defaults to `branch`).'),
    prTargetBranch: nonEmptyLine('prTargetBranch')
      .optional()
      .describe('Target branch of a pull/merge request: read after the source branch, never written.'),
    prId: nonEmptyLine('prId').optional().describe('Pull/merge request number or id; its presence marks a PR build.'),
    fork: z.boolean().default(false).describe('The PR comes from a fork: it reads but never writes any cache ref.'),
    tag: nonEmptyLine('tag').optional().describe('Git tag being built: reads the default branch, does not write.'),
    sha: z
      .string()
      .regex(/^[0-9a-fA-F]{7,64}$/, 'sha must be 7 to 64 hex digits')
      .optional()
      .describe('Commit SHA, recorded in the report.'),
  })
  .strict();

export const harnessCacheSchema = z
  .object({
    // z.url() alone takes "minio:9000" (scheme "minio:"); BuildKit needs http(s).
    endpointUrl: z
      .string()
      .url('endpointUrl must be an http(s) URL')
      .regex(/^https?:\/\//i, 'endpointUrl must be an http(s) URL')
      .optional()
      .describe('S3-compatible endpoint, e.g. the one Harness Cloud injects.'),
    bucket: nonEmptyLine('bucket').describe('Bucket holding the cache.'),
    region: nonEmptyLine('region').default('us-east-1').describe('Bucket region.'),
    prefix: singleLine('prefix')
      .default('')
      .describe('Key prefix scoping the cache (Harness: account and repository).'),
    usePathStyle: z.boolean().default(true).describe('Path-style addressing (needed by most S3-compatible servers).'),
    accessKeyId: nonEmptyLine('accessKeyId').describe(
      'Access key id. Passed to buildx through the environment, never argv.',
    ),
    secretAccessKey: nonEmptyLine('secretAccessKey').describe(
      'Secret access key. Environment only, never argv or logs.',
    ),
    sessionToken: singleLine('sessionToken').optional().describe('Session token for temporary credentials.'),
  })
  .strict();

export const localCacheSchema = z
  .object({
    maxSizeMb: z
      .number()
      .int()
      .positive()
      .max(1024 * 1024)
      .default(4096)
      .describe('A new local cache larger than this is discarded (the previous one stays) with a warning.'),
    keep: z
      .number()
      .int()
      .min(0)
      .max(20)
      .default(1)
      .describe(
        'Newest older snapshots kept besides the current one; the one current replaced (`previous`, which builds read) is kept too while keep > 0.',
      ),
  })
  .strict();

export const s3CredentialsSchema = z
  .object({
    accessKeyId: nonEmptyLine('accessKeyId').describe(
      'Access key id. Passed to buildx through the environment, never argv.',
    ),
    secretAccessKey: nonEmptyLine('secretAccessKey').describe(
      'Secret access key. Environment only, never argv or logs.',
    ),
    sessionToken: singleLine('sessionToken').optional().describe('Session token for temporary credentials.'),
  })
  .strict();

export const cacheSchema = z
  .object({
    backend: z
      .enum(BACKENDS)
      .default('auto')
      .transform(resolveBackendAlias)
      .describe('Where the cache lives: inline | registry | local | s3 | none | auto (harness: an alias of s3).'),
    ref: singleLine('cache.ref')
      .optional()
      .describe(
        'Registry repository for cache refs (registry, inline). Without a tag, branch tags are added; with a tag, it is used as is.',
      ),
    dir: singleLine('cache.dir').optional().describe('Directory for the local backend.'),
    mode: z.enum(['min', 'max']).default('max').describe('min: final stage layers only; max: every stage.'),
    write: z
      .enum(['auto', 'always', 'never'])
      .default('auto')
      .describe('auto: write the own branch, PRs never write target/default, tags and forks never write.'),
    strict: z.boolean().default(false).describe('Fail the build when the cache cannot be imported or exported.'),
    timeout: cacheTimeout.describe(
      "Seconds a cache import or export may take; past it, it is abandoned with a warning and the build's result " +
        "stands (an import: the build reruns without the cache). The image push is never cut short. 0: no limit.",
    ),
    keys: cacheKeysSchema.default({}).describe('CI facts that pick the cache refs.'),
    extraFrom: z
      .array(singleLine('cache.extraFrom entry'))
      .default([])
      .describe("Raw --cache-from entries, read after layercache's own."),
    extraTo: z
      .array(singleLine('cache.extraTo entry'))
      .default([])
      .describe("Raw --cache-to entries, written besides layercache's own."),
    extraCredentials: s3CredentialsSchema
      .optional()
      .describe('S3 keys for `type=s3` extraFrom/extraTo entries: buildx gets them as AWS_* variables, never in argv.'),
    local: localCacheSchema.default({}).describe('Local backend limits.'),
    mounts: cacheMounts.describe(
      'RUN --mount=type=cache contents saved with the cache and restored before the build: auto (every cache mount ' +
        'of the built stages, where the builder supports it), off, or a list of mount ids (docs/cache-mounts.md).',
    ),
    mountsMaxSizeMb: z
      .number()
      .int()
      .positive()
      .max(1024 * 1024)
      .default(DEFAULT_MOUNTS_MAX_SIZE_MB)
      .describe('A cache mount whose archive is larger than this (MB, uncompressed) is not saved, with a warning.'),
    harness: harnessCacheSchema.optional().describe('S3-style managed cache (Harness Cloud).'),
  })
  .strict();

export const secretSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_.-]{1,128}$/, 'secret id must be 1-128 letters, digits, _ . -'),
    src: nonEmptyLine('secret src').optional().describe('File holding the secret.'),
    env: z
      .string()
      .regex(BUILD_ARG_NAME, 'secret env must be an environment variable name')
      .optional()
      .describe('Environment variable holding the secret.'),
  })
  .strict()
  .refine((s) => (s.src === undefined) !== (s.env === undefined), 'give exactly one of src or env');

export const registryAuthSchema = z
  .object({
    registry: nonEmptyLine('registry').describe('Registry host, e.g. registry.gitlab.com.'),
    username: nonEmptyLine('username'),
    password: nonEmptyLine('password').describe('Written to a private docker config; never argv or logs.'),
  })
  .strict();

export const buildOptionsSchema = z
  .object({
    context: nonEmptyLine('context').default('.').describe('Build context directory.'),
    dockerfile: nonEmptyLine('dockerfile').optional().describe('Dockerfile path (default: Dockerfile in the context).'),
    target: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/, 'target must be a stage name')
      .optional()
      .describe('Target stage.'),
    tags: z.array(singleLine('tag')).max(100).default([]).describe('Image tags (full references).'),
    platforms: z
      .array(z.string().regex(/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/, 'platform must look like linux/amd64'))
      .default([])
      .describe('Target platforms.'),
    buildArgs: z.record(singleLine('build arg value')).default({}).describe('Build args (not secrets: use `secrets`).'),
    secrets: z.array(secretSchema).default([]).describe('Build secrets passed as --secret, never as build args.'),
    labels: z.record(singleLine('label value')).default({}).describe('Image labels.'),
    addHosts: z
      .array(z.string().regex(ADD_HOST, 'add-host entries look like host:ip'))
      .default([])
      .describe('Extra /etc/hosts entries for RUN steps (`host:ip`, buildx --add-host).'),
    push: z.boolean().default(false).describe('Push the image.'),
    load: z.boolean().default(false).describe('Load the image into the local engine.'),
    pull: z.boolean().default(false).describe('Always pull base images.'),
    noCache: z.boolean().default(false).describe('Do not use any cache (imports nothing, still exports).'),
    network: z.enum(['default', 'none', 'host']).default('default').describe('Network for RUN steps.'),
    builder: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'builder must be a buildx builder name')
      .optional()
      .describe('buildx builder name.'),
    dockerContext: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.+-]*$/, 'dockerContext must be a docker context name')
      .optional()
      .describe(
        'Docker context to build on (the --context flag): wins over DOCKER_HOST, DOCKER_CONTEXT and the current context.',
      ),
    registryAuth: z
      .array(registryAuthSchema)
      .default([])
      .describe('Registry logins, written to a private docker config.'),
    workspace: nonEmptyLine('workspace').optional().describe('When set, cache.dir must lie inside it.'),
    dockerPath: nonEmptyLine('dockerPath').default('docker').describe('docker CLI to run.'),
    cache: cacheSchema.default({}).describe('Layer cache settings.'),
  })
  .strict();

export type BuildOptionsInput = z.input<typeof buildOptionsSchema>;
export type BuildOptions = z.output<typeof buildOptionsSchema>;
export type CacheKeys = z.output<typeof cacheKeysSchema>;
export type CacheOptions = z.output<typeof cacheSchema>;
export type S3Credentials = z.output<typeof s3CredentialsSchema>;
export type HarnessCacheOptions = z.output<typeof harnessCacheSchema>;

export const limits = { BUILD_ARG_NAME, LABEL_KEY, MAX_VALUE_LENGTH };
