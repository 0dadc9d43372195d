// Why did it miss? Compares the record of the build that wrote the cache with this build's
// inputs, at the first step that missed. Pure; the table test is the specification.
import type { BuildRecord, MissReason, StepRecord } from './types.js';

export const MAX_LISTED_FILES = 10;

export function stageOf(key: string): string {
  return key.slice(0, key.lastIndexOf('#'));
}

export function explainMiss(previous: BuildRecord | undefined, current: BuildRecord, missKey: string): MissReason {
  if (!previous)
    return {
      kind: 'no-record',
      message: 'no build record next to the cache (first build, or written by an older tool): cannot say why',
    };
  const before = previous.steps.find((s) => s.key === missKey);
  const after = current.steps.find((s) => s.key === missKey);
  if (!after) return { kind: 'no-record', message: `step ${missKey} is not in this build's record` };
  const stage = stageOf(missKey);
  const baseBefore = previous.baseImages[stage];
  const baseAfter = current.baseImages[stage];
  if (baseBefore && baseAfter && baseBefore !== baseAfter) {
    return {
      kind: 'base-image-moved',
      message: `the base image of stage ${stage} moved: ${short(baseBefore)} -> ${short(baseAfter)}`,
      before: baseBefore,
      after: baseAfter,
    };
  }
  if (!before) return { kind: 'new-step', message: `${missKey} is a new step (the cached build had no such step)` };
  if (before.instruction !== after.instruction) {
    return {
      kind: 'instruction-changed',
      message: `the instruction changed: "${before.instruction}" -> "${after.instruction}"`,
      before: before.instruction,
      after: after.instruction,
    };
  }
  const args = changedArgs(before, after);
  if (args.length > 0)
    return {
      kind: 'build-arg-changed',
      message: `build arg${args.length > 1 ? 's' : ''} ${args.join(', ')} changed`,
      args,
    };
  if (before.sourcesDigest !== after.sourcesDigest) {
    const files = changedFiles(before.sources ?? {}, after.sources ?? {});
    const listed = files.slice(0, MAX_LISTED_FILES);
    const more = files.length > listed.length ? ` and ${files.length - listed.length} more` : '';
    return {
      kind: 'sources-changed',
      message: `files under the ${after.instruction.split(' ')[0]} source changed: ${
        listed.join(', ') || '(beyond the listed files)'
      }${more}`,
      files: listed,
    };
  }
  return {
    kind: 'not-in-cache',
    message: 'its inputs did not change: the cache did not hold this step (mode=min, evicted, or the import failed)',
  };
}

function changedArgs(a: StepRecord, b: StepRecord): string[] {
  const names = new Set([...Object.keys(a.buildArgs), ...Object.keys(b.buildArgs)]);
  return [...names].filter((n) => a.buildArgs[n] !== b.buildArgs[n]).sort();
}

/** Paths added, removed or modified, sorted. */
export function changedFiles(before: Record<string, string>, after: Record<string, string>): string[] {
  const paths = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...paths].filter((p) => before[p] !== after[p]).sort();
}

/** Estimated time saved: what the cached steps took when they were last built. */
export function savedMs(previous: BuildRecord | undefined, cachedKeys: string[]): number | null {
  if (!previous) return null;
  let total = 0;
  let known = false;
  for (const key of cachedKeys) {
    const ms = previous.steps.find((s) => s.key === key)?.builtMs;
    if (typeof ms === 'number') {
      total += ms;
      known = true;
    }
  }
  return known ? total : null;
}

function short(digest: string): string {
  return digest.replace(/^sha256:/, '').slice(0, 12);
}
