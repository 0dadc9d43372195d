// `FROM node` / `FROM node:latest` on a stage the build uses: the tag moves upstream, and when it
// does every layer above it misses; runners that resolved it at different times cannot share a cache.
import { flagValue, usedStages } from '../steps.js';
import type { LintContext, LintRule, RuleHit } from '../types.js';

export const floatingBaseImage: LintRule = {
  id: 'floating-base-image',
  severity: 'warning',
  title: 'A base image floats (`:latest` or no tag) on a stage the build uses.',
  check({ model }: LintContext): RuleHit[] {
    const hits: RuleHit[] = [];
    const stageNames = new Set(model.stages.map((s) => s.name).filter((n): n is string => n !== null));
    const used = usedStages(model);
    for (const stage of model.stages) {
      if (!used.has(stage.index)) continue;
      const image = stage.resolvedImage;
      if (image !== null && stage.parent === null && floats(image)) {
        hits.push(hit(stage.from.line, `FROM ${image}`, image, stage.image !== image ? ` (from ${stage.image})` : ''));
      }
      for (const step of stage.steps) {
        const from = flagValue(step, 'from');
        if (step.keyword !== 'COPY' || !from || /^\d+$/.test(from) || stageNames.has(from.toLowerCase())) continue;
        if (!from.includes('$') && floats(from)) hits.push(hit(step.line, `COPY --from=${from}`, from, ''));
      }
    }
    return hits;
  },
};

function hit(line: number, anchor: string, image: string, origin: string): RuleHit {
  return {
    line,
    anchor,
    message: `\`${image}\`${origin} floats: when the tag moves upstream every layer built on it misses the cache, ` +
      `and runners that pulled it at different times cannot share one.`,
    fix: `Pin a version tag, ideally with its digest: \`${imageName(image)}:<version>@sha256:<digest>\`.`,
  };
}

/** No digest, and no tag or the tag `latest`. `scratch` is not an image. */
export function floats(image: string): boolean {
  if (image.toLowerCase() === 'scratch' || image.includes('@')) return false;
  const tag = tagOf(image);
  return tag === null || tag === 'latest';
}

function tagOf(image: string): string | null {
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1); // a colon before the last slash is a registry port
  return colon === -1 ? null : image.slice(colon + 1);
}

function imageName(image: string): string {
  const tag = tagOf(image);
  return tag === null ? image : image.slice(0, image.length - tag.length - 1);
}
