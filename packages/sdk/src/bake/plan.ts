// options + project -> the exact `docker buildx bake` argv: every selected service planned as a
// single build (planBuild: same backends, key fallbacks and write policy), its cache entries
// injected with --set <target>.cache-from/cache-to. The user's file is never edited. Pure.
import type { PlanFacts } from '../backends/types.js';
import { ConfigError, type ConfigIssue } from '../errors.js';
import { resolveCacheKeys, type ResolvedKeys } from '../keys/resolve.js';
import { planBuild, withoutCacheReads, type BuildPlan } from '../plan/build-plan.js';
import { defaultFacts } from '../plan/facts.js';
import { withParsedChanges } from '../options/parsed.js';
import { parseBakeOptions, serviceBuildOptions, type BakeOptions, type BakeOptionsInput } from './options.js';
import type { BakeProject, BakeService } from './project.js';

export interface BakeFacts extends PlanFacts {
  project: BakeProject;
  /** Target -> the Dockerfile to build it with instead of the file's (a copy that leaves the local cache out of the context). */
  dockerfiles?: Record<string, string>;
  /** The files as bake gets them (resolved by the loader; default: options.files). */
  files: string[];
}

export interface ServicePlan {
  service: string;
  /** bake target name (what --set and the progress prefix use). */
  target: string;
  slug: string;
  /** This service planned as a single build: backend, keys, refs read/written, cache entries. */
  build: BuildPlan;
  /** The --set values layercache adds for it. */
  sets: string[];
}

export interface BakePlan {
  command: string;
  args: string[];
  files: string[];
  services: ServicePlan[];
  /** Compose services without a build section. */
  ignored: string[];
  keys: ResolvedKeys;
  notes: string[];
  secretEnvNames: string[];
  /** Environment for buildx (S3 credentials); not enumerable, so JSON never prints it. */
  readonly secretEnv: Record<string, string>;
  options: BakeOptions;
}

export function planBake(input: BakeOptionsInput | BakeOptions, factsOverride: Partial<BakeFacts> = {}): BakePlan {
  const options = parseBakeOptions(input);
  const project = factsOverride.project;
  if (!project)
    throw new ConfigError([
      {
        path: 'project',
        message: 'is required to plan a bake',
        hint: 'load the Compose or bake file first (loadBakeProject) and pass it as facts.project',
      },
    ]);
  const facts = defaultFacts(factsOverride);
  const files = factsOverride.files ?? options.files;
  const selected = selectServices(project.services, options.targets);
  if (selected.length === 0) {
    throw new ConfigError([
      {
        path: files.join(', ') || 'files',
        message: 'has no service with a build section',
        hint: `add build: to the services to build${
          project.ignored.length > 0 ? ` (found only ${project.ignored.join(', ')})` : ''
        }`,
      },
    ]);
  }

  const issues: ConfigIssue[] = [];
  const services: ServicePlan[] = [];
  for (const s of selected) {
    let build: BuildPlan;
    try {
      build = planBuild(serviceBuildOptions(options, s), facts);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      for (const issue of error.issues) {
        const perService =
          /^(context|dockerfile|target|tags)(\.|$)/.test(issue.path) ||
          (issue.path === 'cache.ref' && /no tag/.test(issue.message));
        const next = perService ? { ...issue, path: `services.${s.name}.${issue.path}` } : issue;
        if (!issues.some((i) => i.path === next.path && i.message === next.message)) issues.push(next);
      }
      continue;
    }
    const dockerfile = factsOverride.dockerfiles?.[s.target];
    services.push({
      service: s.name,
      target: s.target,
      slug: s.slug,
      build,
      sets: [...setsFor(s.target, build), ...(dockerfile ? [`${s.target}.dockerfile=${dockerfile}`] : [])],
    });
  }
  if (issues.length > 0) throw new ConfigError(issues);

  const args = ['buildx', 'bake'];
  if (options.builder) args.push('--builder', options.builder);
  args.push('--progress=rawjson', '--metadata-file', facts.metadataFile);
  for (const f of files) args.push('--file', f);
  if (options.push) args.push('--push');
  if (options.load) args.push('--load');
  if (options.pull) args.push('--pull');
  if (options.noCache) args.push('--no-cache');
  for (const sp of services) for (const set of sp.sets) args.push('--set', set);
  args.push(...services.map((sp) => sp.target));

  const secretEnv = Object.assign({}, ...services.map((sp) => sp.build.secretEnv)) as Record<string, string>;
  const notes = [
    ...new Set(
      services.flatMap((sp) => sp.build.notes.map((n) => (n.startsWith('auto:') ? n : `${sp.service}: ${n}`))),
    ),
  ];
  if (project.ignored.length > 0)
    notes.push(`services without a build section are not built: ${project.ignored.join(', ')}`);
  const plan = {
    command: options.dockerPath,
    args,
    files,
    services,
    ignored: project.ignored,
    keys: resolveCacheKeys(options.cache.keys, options.cache.write),
    notes: [...notes, ...project.warnings],
    secretEnvNames: Object.keys(secretEnv),
    options,
  } as Omit<BakePlan, 'secretEnv'>;
  Object.defineProperty(plan, 'secretEnv', { value: secretEnv, enumerable: false });
  // options hold credentials (registry passwords, S3 keys): keep them out of JSON.
  Object.defineProperty(plan, 'options', { value: options, enumerable: false });
  return plan as BakePlan;
}

/** The same bake with every layercache cache entry removed (the user's own stay): the fallback when the cache setup breaks the build. */
export function withoutBakeCache(plan: BakePlan, facts: Partial<BakeFacts>): BakePlan {
  const cache = { ...plan.options.cache, backend: 'none' as const, extraFrom: [], extraTo: [] };
  return planBake(withParsedChanges(plan.options, { cache }), facts);
}

/**
 * The same bake reading no cache layercache set (it still writes): the fallback when what it reads
 * is broken. Cache entries of the user's file apply again, since no --set replaces them.
 */
export function withoutBakeCacheReads(plan: BakePlan): BakePlan {
  const readSet = (value: string | undefined) => value !== undefined && /^[^=]*\.cache-from=/.test(value);
  const args = plan.args.filter(
    (arg, i) => !(arg === '--set' && readSet(plan.args[i + 1])) && !(plan.args[i - 1] === '--set' && readSet(arg)),
  );
  const services = plan.services.map((sp) => ({
    ...sp,
    build: withoutCacheReads(sp.build),
    sets: sp.sets.filter((x) => !readSet(x)),
  }));
  const copy = { ...plan, args, services };
  for (const hidden of ['secretEnv', 'options'] as const)
    Object.defineProperty(copy, hidden, { value: plan[hidden], enumerable: false });
  return copy as BakePlan;
}

function selectServices(all: BakeService[], wanted: string[]): BakeService[] {
  if (wanted.length === 0) return all;
  const unknown = wanted.filter((w) => !all.some((s) => s.name === w || s.target === w));
  if (unknown.length > 0) {
    throw new ConfigError(
      unknown.map((u) => ({
        path: `targets.${u}`,
        message: 'is not a service with a build section in the file',
        hint: `build one of: ${all.map((s) => s.name).join(', ') || '(none)'}`,
      })),
    );
  }
  return all.filter((s) => wanted.includes(s.name) || wanted.includes(s.target));
}

/** --set values for one target. A list set replaces the file's list, so the file's entries are repeated after ours. */
function setsFor(target: string, build: BuildPlan): string[] {
  const sets: string[] = [];
  for (const from of build.cacheFrom) sets.push(`${target}.cache-from=${from}`);
  for (const to of build.cacheTo) sets.push(`${target}.cache-to=${to}`);
  if (build.cachePlan.extraTags.length > 0) for (const tag of build.tags) sets.push(`${target}.tags=${tag}`);
  for (const [k, v] of Object.entries(build.cachePlan.buildArgs)) sets.push(`${target}.args.${k}=${v}`);
  return sets;
}
