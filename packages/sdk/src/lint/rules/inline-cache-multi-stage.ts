// The inline backend writes cache metadata into the pushed image, and that image holds only the
// final stage: builder stages (compilers, dependency installs) are never cached and always rebuild.
import { backends, type CacheBackend } from '../../backends/index.js';
import { usedStages } from '../steps.js';
import type { LintContext, LintRule, RuleHit } from '../types.js';

export const inlineCacheMultiStage: LintRule = {
  id: 'inline-cache-multi-stage',
  severity: 'warning',
  title: 'A multi-stage build uses the inline cache backend, which caches only the final stage.',
  check({ model, options }: LintContext): RuleHit[] {
    if (!options.backend || !(backends as Record<string, CacheBackend | undefined>)[options.backend]?.finalStageOnly)
      return [];
    const used = [...usedStages(model)];
    if (used.length < 2) return [];
    const last = model.stages[model.stages.length - 1]!;
    const others = model.stages.filter((s) => s !== last && used.includes(s.index));
    const names = others.map((s) => s.name ?? `#${s.index}`).join(', ');
    return [
      {
        line: others[0]!.from.line,
        anchor: 'inline multi-stage',
        message: `This build has ${used.length} stages but the inline cache stores only the final one: stage(s) ` +
          `${names} rebuild on every runner without a warm local cache.`,
        fix: "Use the registry backend with mode=max (`--backend registry --cache-mode max`, or `cache: { backend: " +
          "'registry', mode: 'max' }`), which exports the layers of every stage.",
      },
    ];
  },
};
