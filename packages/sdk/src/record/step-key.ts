// BuildKit names steps "[deps 4/4] RUN make", "[stage-1 2/3] COPY . .", or "[2/3] RUN x" in a
// one-stage Dockerfile. This maps those names to record keys, and Dockerfile stages to the
// same labels. Pure.

export interface StepName {
  /** Stage label as BuildKit prints it ('' for a one-stage Dockerfile). */
  stage: string;
  /** 1-based position in the stage, FROM being 1. */
  position: number;
  /** The instruction as BuildKit printed it. */
  instruction: string;
}

const NAME_RE = /^\[(?:(\S+)\s)?(\d+)\/(\d+)\]\s+(.*)$/s;

export function parseStepName(name: string): StepName | undefined {
  const m = NAME_RE.exec(name);
  if (!m) return undefined;
  return { stage: m[1] ?? '', position: Number(m[2]), instruction: m[4]!.replace(/\s+/g, ' ').trim() };
}

export function stepKey(stage: string, position: number): string {
  return `${stage}#${position}`;
}

/** BuildKit's label for stage `index` of a Dockerfile with `count` stages. */
export function stageLabel(name: string | null, index: number, count: number): string {
  if (count === 1 && name === null) return '';
  return name ?? `stage-${index}`;
}
