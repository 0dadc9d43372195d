// The context holds `.git` or `node_modules` that the .dockerignore does not exclude while the
// Dockerfile copies the whole context: the COPY layer changes with every commit or local install.
import { isIgnored, parseDockerignore } from '../../dockerfile/dockerignore.js';
import { isWholeContextCopy } from '../steps.js';
import type { LintContext, LintRule, RuleHit } from '../types.js';
import { HEAVY_ENTRIES } from './dockerignore-missing.js';

export const contextNotIgnored: LintRule = {
  id: 'context-not-ignored',
  severity: 'warning',
  title: 'The build context holds `.git` or `node_modules` that `.dockerignore` does not exclude.',
  check({ model, options }: LintContext): RuleHit[] {
    if (typeof options.dockerignore !== 'string' || !options.contextEntries) return [];
    const copy = model.stages.flatMap((s) => s.steps).find(isWholeContextCopy);
    if (!copy) return [];
    const patterns = parseDockerignore(options.dockerignore);
    return HEAVY_ENTRIES.filter((e) => options.contextEntries!.includes(e) && !isIgnored(patterns, e)).map((entry) => ({
      line: 1,
      file: '.dockerignore',
      anchor: entry,
      message: `${entry} is in the build context and not in .dockerignore: \`${copy.text}\` (Dockerfile line ${
        copy.line
      }) copies it, so that layer changes ${entry === '.git' ? 'on every commit' : 'with every local install'}.`,
      fix: `Add \`${entry}\` to .dockerignore.`,
    }));
  },
};
