// Turns Dockerfile text into the few facts the lint rules need, using the dockerfile-ast parser:
// stages (with their base image and parent stage), and per instruction its line, arguments,
// flags, variables, properties and, for RUN, the simple shell commands it runs.
import {
  DockerfileParser,
  type Arg,
  type Env,
  type From,
  type Instruction,
  type JSONInstruction,
  type ModifiableInstruction,
} from 'dockerfile-ast';
import { expand } from './expand.js';
import { simpleCommands } from './shell.js';

export interface StepFlag {
  name: string;
  value: string | null;
  /** `--mount=type=cache,target=/x` gives `{type: 'cache', target: '/x'}`. */
  options: Record<string, string | null>;
}

export interface Step {
  keyword: string;
  /** 1-based line of the instruction's first line. */
  line: number;
  /** The instruction as written, whitespace collapsed: a stable anchor for fingerprints. */
  text: string;
  /** Arguments without flags; exec/JSON form decoded. */
  args: string[];
  flags: StepFlag[];
  /** Names of the `$VAR` / `${VAR}` references in the instruction. */
  variables: string[];
  /** ARG and ENV declarations (`null` value: declared without one). */
  properties: { name: string; value: string | null }[];
  /** RUN only: the simple commands of its shell script (or its exec form). */
  commands: string[][];
}

export interface Stage {
  index: number;
  /** `AS name`, lower-cased (stage names are case-insensitive). */
  name: string | null;
  from: Step;
  /** The image as written (`${BASE}` unexpanded). */
  image: string | null;
  /** The image with global ARG defaults expanded; null when a variable has no default. */
  resolvedImage: string | null;
  /** Index of the earlier stage this one is built FROM, if any. */
  parent: number | null;
  steps: Step[];
}

export interface DockerfileModel {
  /** ARGs before the first FROM. */
  globalArgs: Step[];
  stages: Stage[];
}

export function parseDockerfile(text: string): DockerfileModel {
  const dockerfile = DockerfileParser.parse(text);
  const globalArgs: Step[] = [];
  const stages: Stage[] = [];
  const globals = new Map<string, string | null>();

  for (const instruction of dockerfile.getInstructions()) {
    const step = toStep(instruction);
    if (step.keyword === 'FROM') {
      const from = instruction as From;
      const image = from.getImage();
      const resolvedImage = image === null ? null : expand(image, globals);
      const parentName = resolvedImage?.toLowerCase();
      const parent = stages.find((s) => s.name !== null && s.name === parentName)?.index ?? null;
      stages.push({
        index: stages.length,
        name: from.getBuildStage()?.toLowerCase() ?? null,
        from: step,
        image,
        resolvedImage,
        parent,
        steps: [],
      });
    } else if (stages.length === 0) {
      if (step.keyword === 'ARG') {
        globalArgs.push(step);
        for (const p of step.properties) globals.set(p.name, p.value === null ? null : expand(p.value, globals));
      }
    } else {
      stages[stages.length - 1]!.steps.push(step);
    }
  }
  return { globalArgs, stages };
}

function toStep(instruction: Instruction): Step {
  const keyword = instruction.getKeyword().toUpperCase();
  const flags = 'getFlags' in instruction ? (instruction as ModifiableInstruction).getFlags() : [];
  const args = argumentsOf(instruction);
  const step: Step = {
    keyword,
    line: instruction.getRange().start.line + 1,
    text: `${keyword} ${instruction.getRawArgumentsContent() ?? ''}`.replace(/\s+/g, ' ').trim(),
    args,
    flags: flags.map((f) => ({
      name: f.getName(),
      value: f.getValue(),
      options: Object.fromEntries(f.getOptions().map((o) => [o.getName(), o.getValue()])),
    })),
    variables: instruction.getVariables().map((v) => v.getName()),
    properties: [],
    commands: [],
  };
  if (keyword === 'ARG' || keyword === 'ENV') {
    step.properties = (instruction as Arg | Env).getProperties().map((p) => ({ name: p.getName(), value: p.getValue() }));
    if (keyword === 'ARG') {
      // dockerfile-ast keeps only the first of `ARG A B` (names without values); BuildKit declares all.
      const known = new Set(step.properties.map((p) => p.name));
      for (const arg of args) {
        if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(arg) && !known.has(arg)) step.properties.push({ name: arg, value: null });
      }
    }
  }
  if (keyword === 'RUN') step.commands = runCommands(instruction, args);
  return step;
}

/** Arguments without flags; the exec form `["a", "b"]` is decoded with JSON.parse. */
function argumentsOf(instruction: Instruction): string[] {
  const json = 'getOpeningBracket' in instruction ? (instruction as JSONInstruction).getOpeningBracket() : null;
  if (json) {
    try {
      const parsed: unknown = JSON.parse(instruction.getArgumentsContent() ?? '');
      if (Array.isArray(parsed) && parsed.every((a) => typeof a === 'string')) return parsed;
    } catch {
      // Malformed exec form: Docker treats it as shell form, so do we.
    }
  }
  return instruction.getArguments().map((a) => a.getValue());
}

function runCommands(instruction: Instruction, args: string[]): string[][] {
  const isExec = 'getOpeningBracket' in instruction && (instruction as JSONInstruction).getOpeningBracket() !== null;
  if (!isExec) return simpleCommands(instruction.getArgumentsContent() ?? '');
  // ["sh", "-c", "script"] runs a script; any other exec form is one command.
  const [shell, flag, script] = args;
  if (shell && /(^|\/)(ba|da|a)?sh$/.test(shell) && flag === '-c' && script !== undefined) return simpleCommands(script);
  return args.length > 0 ? [args] : [];
}

export { expand };
