// A secret passed as a build arg and used in a RUN: the value is written into the image history
// and the RUN's cache key, and since tokens rotate (CI job tokens change every job) the step
// misses the cache whenever it does. Secret mounts are neither cached nor recorded.
import { isSecretName } from '../names.js';
import type { LintContext, LintRule, RuleHit } from '../types.js';

export const secretBuildArg: LintRule = {
  id: 'secret-build-arg',
  severity: 'error',
  title: 'A secret (a *PASSWORD*, *TOKEN*, *SECRET*, *KEY* build arg) is passed to a RUN as a build arg.',
  check({ model }: LintContext): RuleHit[] {
    const hits: RuleHit[] = [];
    for (const stage of model.stages) {
      stage.steps.forEach((step, i) => {
        if (step.keyword !== 'ARG') return;
        for (const { name } of step.properties) {
          if (!isSecretName(name)) continue;
          const run = stage.steps.slice(i + 1).find((s) => s.keyword === 'RUN' && s.variables.includes(name));
          if (!run) continue;
          const id = name.toLowerCase().replace(/_/g, '-');
          hits.push({
            line: step.line,
            anchor: `ARG ${name}`,
            message: `Build arg ${name} looks like a secret and is used by \`${run.text}\` (line ${run.line}): its ` +
              `value ends up in the image history and in that step's cache key, so every new value misses the cache.`,
            fix: `Use a secret mount instead: \`RUN --mount=type=secret,id=${id},env=${name} ...\`, passing it ` +
              `with layercache \`secrets: [{ id: '${id}', env: '${name}' }]\` (or \`--secret id=${id},env=${name}\`).`,
          });
        }
      });
    }
    return hits;
  },
};
