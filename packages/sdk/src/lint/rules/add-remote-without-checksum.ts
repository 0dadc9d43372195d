// `ADD https://...` without `--checksum`: BuildKit has to fetch the URL on every build to learn
// whether it changed; with a checksum the source is immutable and the step stays cached.
import { flagValue } from '../steps.js';
import type { LintContext, LintRule, RuleHit } from '../types.js';

export const addRemoteWithoutChecksum: LintRule = {
  id: 'add-remote-without-checksum',
  severity: 'warning',
  title: '`ADD` of a remote URL without `--checksum`.',
  check({ model }: LintContext): RuleHit[] {
    const hits: RuleHit[] = [];
    for (const stage of model.stages) {
      for (const step of stage.steps) {
        if (step.keyword !== 'ADD' || flagValue(step, 'checksum')) continue;
        const url = step.args.slice(0, -1).find(isHttpFile);
        if (!url) continue;
        hits.push({
          line: step.line,
          anchor: step.text,
          message: `\`ADD ${url}\` has no checksum: the file is downloaded again on every build to check whether ` +
            `it changed, and an upstream change silently busts the cache.`,
          fix: `Pin it: \`ADD --checksum=sha256:<digest> ${url} ...\` (Dockerfile syntax 1.6+).`,
        });
      }
    }
    return hits;
  },
};

/** An http(s) file URL; git URLs (`.git`, `#ref`) are pinned by their ref instead. */
function isHttpFile(src: string): boolean {
  if (!/^https?:\/\//i.test(src)) return false;
  const path = src.split('#')[0]!.split('?')[0]!;
  return !path.endsWith('.git') && !src.includes('.git#');
}
