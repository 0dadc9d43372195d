// A package-manager RUN without `--mount=type=cache`: when the layer misses, every package is
// downloaded again. A cache mount keeps the tool's download cache on the builder between builds.
import { hasCacheMount, toolUses } from '../steps.js';
import { CACHE_TARGETS, type Ecosystem } from '../tools.js';
import type { LintContext, LintRule, RuleHit } from '../types.js';

export const runWithoutCacheMount: LintRule = {
  id: 'run-without-cache-mount',
  severity: 'info',
  title: 'A package-manager RUN has no `--mount=type=cache`.',
  check({ model }: LintContext): RuleHit[] {
    const hits: RuleHit[] = [];
    for (const stage of model.stages) {
      for (const step of stage.steps) {
        // An index refresh alone (`apt-get update`) is reported with its install, not on its own.
        const uses = toolUses(step).filter((u) => u.action !== 'update');
        if (uses.length === 0 || hasCacheMount(step)) continue;
        const ecosystems = [...new Set(uses.map((u) => u.ecosystem))];
        const mounts = ecosystems.flatMap((e) => CACHE_TARGETS[e].map((t) => mountFlag(e, t)));
        hits.push({
          line: step.line,
          anchor: step.text,
          message: `\`${uses.map((u) => u.command).join('`, `')}\` runs without a cache mount: each time this layer misses, every package is downloaded again.`,
          fix: `Add ${mounts.join(' ')} to the RUN.`,
        });
      }
    }
    return hits;
  },
};

function mountFlag(ecosystem: Ecosystem, target: string): string {
  // apt holds a lock on its cache: concurrent builds must not share it unlocked.
  return `\`--mount=type=cache,target=${target}${ecosystem === 'apt' ? ',sharing=locked' : ''}\``;
}
