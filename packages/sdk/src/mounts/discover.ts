// Dockerfile model -> the cache mounts a build uses: every `RUN --mount=type=cache` in the stages
// BuildKit actually builds for the target (the target, its FROM parents, COPY --from and
// RUN --mount=from sources). Pure. Mounts that share an id are one BuildKit cache: listed once.
import { expand } from '../dockerfile/expand.js';
import type { DockerfileModel, Stage } from '../dockerfile/model.js';
import { builtStages } from '../dockerfile/stages.js';

export type MountSharing = 'shared' | 'private' | 'locked';

export interface CacheMount {
  /** The cache's id: what BuildKit keys it on (default: the target path). */
  id: string;
  target: string;
  sharing: MountSharing;
  /** `from=`: the stage or image that seeds the mount, if any. */
  from?: string;
  /** `source=`: the subpath of `from` mounted. */
  source?: string;
  mode?: string;
  uid?: string;
  gid?: string;
  /** The stage (name or index) and line of the first RUN that mounts it. */
  stage: string;
  line: number;
  /** The stage's root image (FROM parents followed, build args applied); undefined when unknown. */
  image?: string;
}

export interface SkippedMount {
  /** The mount as written (its id or target, or the flag text). */
  mount: string;
  line: number;
  reason: string;
}

export interface MountDiscovery {
  mounts: CacheMount[];
  skipped: SkippedMount[];
}

const SHARING = new Set<MountSharing>(['shared', 'private', 'locked']);

export function discoverCacheMounts(model: DockerfileModel, options: { target?: string; buildArgs?: Record<string, string> } = {}): MountDiscovery {
  const mounts = new Map<string, CacheMount>();
  const skipped: SkippedMount[] = [];
  const globals = globalValues(model, options.buildArgs ?? {});
  for (const index of [...builtStages(model, options.target)].sort((a, b) => a - b)) {
    const stage = model.stages[index]!;
    // A stage sees a global ARG only when it declares it again (`ARG NAME`).
    const values = new Map<string, string | null>();
    for (const step of stage.steps) {
      if (step.keyword === 'ARG' || step.keyword === 'ENV') {
        for (const p of step.properties) values.set(p.name, declared(step.keyword, p, values, globals, options.buildArgs ?? {}));
        continue;
      }
      if (step.keyword !== 'RUN') continue;
      for (const flag of step.flags) {
        if (flag.name !== 'mount' || flag.options.type !== 'cache') continue;
        const raw = (name: string): string | undefined => flag.options[name] ?? undefined;
        const written = raw('target') ?? raw('dst') ?? raw('destination');
        const expanded = new Map<string, string | undefined>();
        let unresolved: string | undefined;
        for (const name of ['id', 'target', 'sharing', 'from', 'source', 'src', 'mode', 'uid', 'gid'] as const) {
          const value = name === 'target' ? written : raw(name);
          if (value === undefined) continue;
          const out = value.includes('$') ? expand(value, values) : value;
          if (out === null) unresolved ??= `${name}=${value}`;
          expanded.set(name, out ?? undefined);
        }
        const target = expanded.get('target');
        const label = raw('id') ?? written ?? flag.value ?? 'type=cache';
        if (unresolved) {
          skipped.push({ mount: label, line: step.line, reason: `${unresolved} uses a variable without a known value` });
          continue;
        }
        if (!target) {
          skipped.push({ mount: label, line: step.line, reason: 'it has no target' });
          continue;
        }
        const sharing = (expanded.get('sharing') ?? 'shared') as MountSharing;
        if (!SHARING.has(sharing)) {
          skipped.push({ mount: label, line: step.line, reason: `sharing=${sharing} is not shared, private or locked` });
          continue;
        }
        const id = expanded.get('id') || target;
        if (mounts.has(id)) continue;
        const source = expanded.get('source') ?? expanded.get('src');
        mounts.set(id, {
          id,
          target,
          sharing,
          ...optional('from', expanded.get('from')),
          ...optional('source', source),
          ...optional('mode', expanded.get('mode')),
          ...optional('uid', expanded.get('uid')),
          ...optional('gid', expanded.get('gid')),
          stage: stage.name ?? String(stage.index),
          line: step.line,
          ...optional('image', rootImage(model, stage, globals)),
        });
      }
    }
  }
  return { mounts: [...mounts.values()], skipped };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

/** Global ARG values with the build's --build-arg overrides applied. */
function globalValues(model: DockerfileModel, buildArgs: Record<string, string>): Map<string, string | null> {
  const values = new Map<string, string | null>();
  for (const step of model.globalArgs) {
    for (const p of step.properties) {
      values.set(p.name, buildArgs[p.name] ?? (p.value === null ? null : expand(p.value, values)));
    }
  }
  return values;
}

/** The value an ARG or ENV declaration gives a variable inside a stage. */
function declared(keyword: string, p: { name: string; value: string | null }, values: Map<string, string | null>,
  globals: Map<string, string | null>, buildArgs: Record<string, string>): string | null {
  const own = p.value === null ? null : expand(p.value, values);
  if (keyword === 'ENV') return own;
  return buildArgs[p.name] ?? own ?? globals.get(p.name) ?? null;
}

/** The image at the root of a stage's FROM chain, with build args applied; undefined when unknown. */
function rootImage(model: DockerfileModel, stage: Stage, globals: Map<string, string | null>): string | undefined {
  let current = stage;
  while (current.parent !== null) current = model.stages[current.parent]!;
  if (current.image === null) return undefined;
  return expand(current.image, globals) ?? undefined;
}
