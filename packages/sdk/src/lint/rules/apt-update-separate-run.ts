// `RUN apt-get update` on its own and `RUN apt-get install` later: the update layer stays cached
// with a stale package index, so a changed install list fetches versions that may be gone.
import { toolUses } from '../steps.js';
import type { LintContext, LintRule, RuleHit } from '../types.js';

export const aptUpdateSeparateRun: LintRule = {
  id: 'apt-update-separate-run',
  severity: 'warning',
  title: '`apt-get update` runs in a different RUN from `apt-get install`.',
  check({ model }: LintContext): RuleHit[] {
    const hits: RuleHit[] = [];
    for (const stage of model.stages) {
      let updateOnly: (typeof stage.steps)[number] | null = null;
      for (const step of stage.steps) {
        const apt = toolUses(step).filter((u) => u.ecosystem === 'apt');
        const updates = apt.some((u) => u.action === 'update');
        const install = apt.find((u) => u.action === 'install');
        if (updates && !install) updateOnly = step;
        else if (install && !updates && updateOnly) {
          hits.push({
            line: updateOnly.line,
            anchor: `${updateOnly.text} -> ${step.text}`,
            message: `\`${updateOnly.text}\` is cached separately from \`${install.command}\` (line ${step.line}): ` +
              `a later change to the install list reuses a stale package index.`,
            fix: 'Run `apt-get update && apt-get install -y ...` in the same RUN (and clean /var/lib/apt/lists or use a cache mount).',
          });
          updateOnly = null;
        }
      }
    }
    return hits;
  },
};
