// `COPY . .` before `npm ci` (or pip install, go mod download, mvn, ...): every source edit changes
// the COPY layer, so the dependency install below it re-runs on every commit.
import type { Stage } from '../../dockerfile/model.js';
import { isWholeContextCopy, toolUses } from '../steps.js';
import { MANIFESTS, type Ecosystem } from '../tools.js';
import type { LintContext, LintRule, RuleHit } from '../types.js';

export const copyContextBeforeInstall: LintRule = {
  id: 'copy-context-before-install',
  severity: 'error',
  title: 'The whole build context is copied before a dependency install step.',
  check({ model }: LintContext): RuleHit[] {
    const hits: RuleHit[] = [];
    // Ecosystems whose dependencies each stage (with its parents) installed so far.
    const installedBy = new Map<number, Set<Ecosystem>>();
    for (const stage of model.stages) {
      const installed = new Set(stage.parent === null ? [] : installedBy.get(stage.parent));
      installedBy.set(stage.index, installed);
      hits.push(...checkStage(stage, installed));
    }
    return hits;
  },
};

function checkStage(stage: Stage, installed: Set<Ecosystem>): RuleHit[] {
  const hits: RuleHit[] = [];
  let contextCopy: (typeof stage.steps)[number] | null = null;
  for (const step of stage.steps) {
    if (!contextCopy && isWholeContextCopy(step)) contextCopy = step;
    for (const use of toolUses(step)) {
      if (use.action === 'update') continue;
      // A manifest-first install of the same tool already ran above the copy: this later
      // command (e.g. `pip install --no-deps .`, `mvn -o package`) is the cheap part.
      if (contextCopy && !installed.has(use.ecosystem)) {
        const manifests = MANIFESTS[use.ecosystem];
        hits.push({
          line: contextCopy.line,
          anchor: `${contextCopy.text} -> ${use.command}`,
          message: `\`${contextCopy.text}\` copies the whole build context before \`${use.command}\` (line ` +
            `${step.line}), so any source change re-runs the install.`,
          fix: manifests
            ? `Copy only ${manifests} first, run \`${use.command}\`, then \`${contextCopy.text}\`.`
            : `Move \`${use.command}\` above \`${contextCopy.text}\`; it does not need the sources.`,
        });
        installed.add(use.ecosystem); // one finding per tool and stage is enough
      }
      if (!contextCopy) installed.add(use.ecosystem);
    }
  }
  return hits;
}
