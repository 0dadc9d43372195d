// An ARG/ENV whose value changes on every build (commit sha, date, build number, CACHEBUST)
// above expensive RUNs: every RUN after an ARG declaration sees it in its environment, so the
// cache misses from there on, on every build.
import { isVolatileName } from '../names.js';
import type { Step } from '../../dockerfile/model.js';
import { isExpensiveRun } from '../steps.js';
import type { LintContext, LintRule, RuleHit } from '../types.js';

export const volatileArgBeforeRun: LintRule = {
  id: 'volatile-arg-before-run',
  severity: 'error',
  title: 'An ARG/ENV that changes every build (sha, date, build number, CACHEBUST) is declared above expensive RUNs.',
  check({ model }: LintContext): RuleHit[] {
    const hits: RuleHit[] = [];
    for (const stage of model.stages) {
      const reported = new Set<string>();
      const volatile = new Set<string>();
      stage.steps.forEach((step, i) => {
        for (const { name, report } of volatileDeclarations(step, volatile)) {
          volatile.add(name);
          if (!report || reported.has(name)) continue;
          const run = stage.steps.slice(i + 1).find(isExpensiveRun);
          if (!run) continue;
          reported.add(name);
          hits.push({
            line: step.line,
            anchor: `${step.keyword} ${name}`,
            message: `${step.keyword} ${name} changes on every build and is declared above \`${run.text}\` (line ` +
              `${run.line}): that RUN and every step after it miss the cache on every build.`,
            fix: `Declare ${name} after the expensive RUNs (just before the LABEL or step that needs it, ideally in the final stage).`,
          });
        }
      });
    }
    return hits;
  },
};

/**
 * Names a step declares that carry a per-build value. `report: false` for an ENV that only
 * re-exports a volatile variable already reported (`ENV REV=$GIT_SHA`): moving the ARG is the fix.
 */
function volatileDeclarations(step: Step, known: Set<string>): { name: string; report: boolean }[] {
  if (step.keyword === 'ARG') {
    return step.properties.filter((p) => isVolatileName(p.name)).map((p) => ({ name: p.name, report: true }));
  }
  if (step.keyword !== 'ENV') return [];
  // A literal ENV value is constant; one fed from a variable is volatile if the name or the source is.
  const fedFromVolatile = step.variables.some((v) => known.has(v));
  return step.properties
    .filter((p) => p.value !== null && p.value.includes('$'))
    .filter((p) => isVolatileName(p.name) || fedFromVolatile)
    .map((p) => ({ name: p.name, report: isVolatileName(p.name) && !known.has(p.name) }));
}
