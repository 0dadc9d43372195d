// Which stages of a Dockerfile a build runs: the target (default: the last stage), its FROM
// parents, and the sources of COPY --from and RUN --mount=from. BuildKit skips the rest, so lint
// ignores their problems and cache mounts are looked for only in these. Pure.
import type { DockerfileModel } from './model.js';

/** Stages BuildKit builds for `target` (default: the last stage). */
export function builtStages(model: DockerfileModel, target?: string): Set<number> {
  const used = new Set<number>();
  const byRef = (ref: string): number | undefined => {
    if (/^\d+$/.test(ref)) return Number(ref) < model.stages.length ? Number(ref) : undefined;
    return model.stages.find((s) => s.name === ref.toLowerCase())?.index;
  };
  const visit = (index: number) => {
    if (used.has(index)) return;
    used.add(index);
    const stage = model.stages[index]!;
    if (stage.parent !== null) visit(stage.parent);
    for (const step of stage.steps) {
      const refs = [step.flags.find((f) => f.name === 'from')?.value];
      for (const f of step.flags) if (f.name === 'mount') refs.push(f.options.from);
      for (const ref of refs) {
        const found = ref ? byRef(ref) : undefined;
        if (found !== undefined && found < index) visit(found);
      }
    }
  };
  const start = target === undefined ? model.stages.length - 1 : byRef(target);
  if (start !== undefined && start >= 0) visit(start);
  return used;
}
