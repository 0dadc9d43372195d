// options -> plan: the exact `docker buildx build` argv, cache refs and environment. Pure.
import { s3CredentialEnv } from '../backends/s3/backend.js';
import { backends, chooseBackend } from '../backends/index.js';
import type { CachePlan, ConcreteBackend, PlanFacts } from '../backends/types.js';
import { resolveCacheKeys, type ResolvedKeys } from '../keys/resolve.js';
import { dockerfilePath } from '../options/check-files.js';
import { parseOptions } from '../options/parse.js';
import { withParsedChanges } from '../options/parsed.js';
import type { BuildOptions, BuildOptionsInput } from '../options/schema.js';
import { defaultFacts } from './facts.js';

export interface BuildPlan {
  /** Program to run (the docker CLI). */
  command: string;
  /** Its arguments: never a shell string, never a secret. */
  args: string[];
  backend: ConcreteBackend;
  /** Why `auto` picked this backend. */
  backendReason?: string;
  keys: ResolvedKeys;
  /** All image tags, including a cache tag the inline backend adds. */
  tags: string[];
  cacheFrom: string[];
  cacheTo: string[];
  reads: string[];
  writes: string | undefined;
  notes: string[];
  /** Names of environment variables buildx gets from `secretEnv` (values are not enumerable). */
  secretEnvNames: string[];
  /** Environment values for buildx; not enumerable, so JSON/inspect never print them. */
  readonly secretEnv: Record<string, string>;
  options: BuildOptions;
  cachePlan: CachePlan;
}

export function planBuild(input: BuildOptionsInput | BuildOptions, factsOverride: Partial<PlanFacts> = {}): BuildPlan {
  const options = parseOptions(input);
  const facts = defaultFacts(factsOverride);
  const keys = resolveCacheKeys(options.cache.keys, options.cache.write);
  const choice = chooseBackend(options, facts);
  const cachePlan = choice.backend.plan({ options, keys, facts });
  const tags = [...options.tags, ...cachePlan.extraTags];
  const args = buildxArgs(options, facts, cachePlan, tags);
  // Keys for the caller's own type=s3 entries; the backend's own keys win where both are set.
  const extra = options.cache.extraCredentials;
  const secretEnv = { ...(extra ? s3CredentialEnv(extra) : {}), ...cachePlan.secretEnv };
  const plan = {
    command: options.dockerPath,
    args,
    backend: cachePlan.backend,
    backendReason: choice.reason,
    keys,
    tags,
    cacheFrom: [...cachePlan.cacheFrom, ...options.cache.extraFrom],
    cacheTo: [...cachePlan.cacheTo, ...options.cache.extraTo],
    reads: cachePlan.reads,
    writes: cachePlan.writes,
    notes: [...(choice.reason ? [choice.reason] : []), ...cachePlan.notes],
    secretEnvNames: Object.keys(secretEnv),
    options,
    cachePlan,
  } as Omit<BuildPlan, 'secretEnv'>;
  Object.defineProperty(plan, 'secretEnv', { value: secretEnv, enumerable: false });
  // options and cachePlan hold credentials (registry passwords, S3 keys): keep them out of JSON.
  Object.defineProperty(plan, 'cachePlan', { value: cachePlan, enumerable: false });
  Object.defineProperty(plan, 'options', { value: options, enumerable: false });
  return plan as BuildPlan;
}

/** Plans the same build with every cache flag removed: the fallback when the cache setup itself breaks the build. */
export function withoutCache(plan: BuildPlan, facts: Partial<PlanFacts> = {}): BuildPlan {
  const cache = { ...plan.options.cache, backend: 'none' as const, extraFrom: [], extraTo: [] };
  return planBuild(withParsedChanges(plan.options, { cache }), facts);
}

/** The same plan without any --cache-from (it still writes): the fallback when what it reads is broken. */
export function withoutCacheReads(plan: BuildPlan): BuildPlan {
  const args = plan.args.filter((arg, i) => arg !== '--cache-from' && plan.args[i - 1] !== '--cache-from');
  const copy = { ...plan, args, cacheFrom: [], reads: [] };
  for (const hidden of ['secretEnv', 'options', 'cachePlan'] as const) Object.defineProperty(copy, hidden, { value: plan[hidden], enumerable: false });
  return copy as BuildPlan;
}

function buildxArgs(o: BuildOptions, facts: PlanFacts, cache: CachePlan, tags: string[]): string[] {
  const args = ['buildx', 'build'];
  if (o.builder) args.push('--builder', o.builder);
  args.push('--progress=rawjson', '--metadata-file', facts.metadataFile);
  args.push('--file', dockerfilePath(o));
  if (o.target) args.push('--target', o.target);
  for (const tag of tags) args.push('--tag', tag);
  if (o.platforms.length > 0) args.push('--platform', o.platforms.join(','));
  for (const [k, v] of Object.entries({ ...cache.buildArgs, ...o.buildArgs })) args.push('--build-arg', `${k}=${v}`);
  for (const [k, v] of Object.entries(o.labels)) args.push('--label', `${k}=${v}`);
  for (const host of o.addHosts) args.push('--add-host', host);
  for (const s of o.secrets) args.push('--secret', s.src !== undefined ? `id=${s.id},src=${s.src}` : `id=${s.id},env=${s.env}`);
  for (const from of [...cache.cacheFrom, ...o.cache.extraFrom]) args.push('--cache-from', from);
  for (const to of [...cache.cacheTo, ...o.cache.extraTo]) args.push('--cache-to', to);
  if (o.push) args.push('--push');
  if (o.load) args.push('--load');
  if (o.pull) args.push('--pull');
  if (o.noCache) args.push('--no-cache');
  if (o.network !== 'default') args.push(`--network=${o.network}`);
  args.push(o.context);
  return args;
}

export { backends };
