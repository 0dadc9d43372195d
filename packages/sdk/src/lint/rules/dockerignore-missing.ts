// No .dockerignore while the Dockerfile copies the whole context: `.git`, local `node_modules`,
// build outputs and editor files all land in the COPY layer, so it changes on every commit
// (`.git` alone changes with each one) even when no source file did.
import { isWholeContextCopy } from '../steps.js';
import type { LintContext, LintRule, RuleHit } from '../types.js';

export const HEAVY_ENTRIES = ['.git', 'node_modules'];

export const dockerignoreMissing: LintRule = {
  id: 'dockerignore-missing',
  severity: 'warning',
  title: 'The Dockerfile copies the whole context but there is no `.dockerignore`.',
  check({ model, options }: LintContext): RuleHit[] {
    if (options.dockerignore !== null) return []; // present, or unknown
    const copy = model.stages.flatMap((s) => s.steps).find(isWholeContextCopy);
    if (!copy) return [];
    const present = HEAVY_ENTRIES.filter((e) => options.contextEntries?.includes(e));
    const what = present.length > 0 ? present.join(' and ') : '.git, node_modules and build outputs';
    return [{
      line: copy.line,
      anchor: '.dockerignore',
      message: `There is no .dockerignore, so \`${copy.text}\` also copies ${what}: the layer changes on every commit even when no source file did.`,
      fix: 'Add a .dockerignore listing at least .git, node_modules and build outputs (dist, target, __pycache__).',
    }];
  },
};
