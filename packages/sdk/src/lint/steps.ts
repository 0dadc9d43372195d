// Questions the rules ask about single instructions and stages.
import type { DockerfileModel, Step } from '../dockerfile/model.js';
import { builtStages } from '../dockerfile/stages.js';
import { classifyCommand, type ToolUse } from './tools.js';

/** The package-manager and build-tool commands a RUN executes, in order. */
export function toolUses(step: Step): ToolUse[] {
  if (step.keyword !== 'RUN') return [];
  return step.commands.map(classifyCommand).filter((u): u is ToolUse => u !== null);
}

export function flagValue(step: Step, name: string): string | null | undefined {
  return step.flags.find((f) => f.name === name)?.value;
}

/** `RUN --mount=type=cache,...` */
export function hasCacheMount(step: Step): boolean {
  return step.flags.some((f) => f.name === 'mount' && f.options.type === 'cache');
}

const WHOLE_CONTEXT = new Set(['.', './', '*', './*', '/']);

/** COPY/ADD of the whole build context (`COPY . .`, `ADD . /app`), not from another stage or image. */
export function isWholeContextCopy(step: Step): boolean {
  if (step.keyword !== 'COPY' && step.keyword !== 'ADD') return false;
  if (flagValue(step, 'from') !== undefined) return false;
  return step.args.slice(0, -1).some((src) => WHOLE_CONTEXT.has(src));
}

/** Commands too cheap to care whether they re-run. */
const TRIVIAL = new Set([
  'echo', 'printf', 'mkdir', 'chmod', 'chown', 'chgrp', 'ln', 'rm', 'touch', 'cp', 'mv', 'true', 'false', ':',
  'set', 'export', 'cd', 'useradd', 'adduser', 'addgroup', 'groupadd', 'usermod', 'ls', 'cat', 'test', '[',
  'fi', 'done', 'if', 'for', 'while', 'sed', 'tee', 'date', 'id', 'whoami', 'env', 'printenv', 'pwd', 'exit',
]);

/** A RUN that does real work (anything beyond trivial file and user bookkeeping). */
export function isExpensiveRun(step: Step): boolean {
  if (step.keyword !== 'RUN') return false;
  return step.commands.some((words) => {
    const tool = words[0] ?? '';
    return !TRIVIAL.has(tool.slice(tool.lastIndexOf('/') + 1));
  });
}

/** Stages the final stage needs; BuildKit skips the rest, so their problems cost a build nothing. */
export function usedStages(model: DockerfileModel): Set<number> {
  return builtStages(model);
}
