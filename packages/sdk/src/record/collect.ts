// Builds this build's record from the Dockerfile (lint's parser), the build args, the context
// files and the progress vertices. I/O: reads the Dockerfile and hashes the COPY/ADD sources.
// What needs no vertices (reading and parsing the Dockerfile, walking the context) can start with
// the build (`startRecord`), so only the matching and hashing wait for it to end.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { DockerfileModel, Stage, Step } from '../dockerfile/model.js';
import { parseDockerfileLazily } from '../dockerfile/parse-lazily.js';
import type { VertexState } from '../report/progress.js';
import { contextFiles, hashSources, matchSources } from './sources.js';
import { parseStepName, stageLabel, stepKey } from './step-key.js';
import type { BuildRecord, StepRecord } from './types.js';

const SECRET_NAME = /pass|secret|token|key|credential|auth/i;

export interface RecordSource {
  context: string;
  dockerfile: string;
  buildArgs: Record<string, string>;
}

export interface CollectInput extends RecordSource {
  vertices: VertexState[];
  previous?: BuildRecord;
  /** The Dockerfile and context, read while the build ran (startRecord); read here when absent. */
  started?: StartedRecord;
}

export interface StartedRecord {
  model: Promise<DockerfileModel>;
  /** The context's files, walked only if a COPY or ADD takes sources from it. */
  files: Promise<string[]>;
}

/** Reads and parses the Dockerfile and walks the context; neither rejects before it is awaited. */
export function startRecord(source: RecordSource): StartedRecord {
  const model = readFile(source.dockerfile, 'utf8').then(parseDockerfileLazily);
  const files = model.then((m) => (copiesFromContext(m) ? contextFiles(source.context) : []));
  model.catch(() => undefined);
  files.catch(() => undefined);
  return { model, files };
}

export async function collectRecord(input: CollectInput): Promise<BuildRecord> {
  const { model: parsed, files: walked } = input.started ?? startRecord(input);
  const model = await parsed;
  const stages = new Map(model.stages.map((s) => [stageLabel(s.name, s.index, model.stages.length), s]));
  const baseImages: Record<string, string> = {};
  const steps: StepRecord[] = [];
  for (const v of input.vertices) {
    const name = parseStepName(v.name);
    if (!name) continue;
    if (/^FROM\s/i.test(name.instruction)) {
      const digest = /@(sha256:[0-9a-f]{64})/.exec(name.instruction)?.[1];
      if (digest) baseImages[name.stage] = digest;
      continue;
    }
    const key = stepKey(name.stage, name.position);
    const stage = stages.get(name.stage);
    const step = stage ? vertexSteps(stage)[name.position - firstStepPosition(stage)] : undefined;
    const record: StepRecord = {
      key,
      // The Dockerfile's own text: BuildKit's vertex names expand build args, which would make
      // an arg change look like an instruction change.
      instruction: step?.text ?? name.instruction,
      buildArgs: step && stage ? argsInScope(stage, step, input.buildArgs) : {},
      builtMs: v.cached ? input.previous?.steps.find((s) => s.key === key)?.builtMs ?? null : duration(v),
    };
    if (step && isContextCopy(step)) {
      const patterns = step.args.slice(0, -1).filter((a) => !/^[a-z]+:\/\//i.test(a));
      Object.assign(
        record,
        await hashSources(input.context, matchSources(await walked, patterns)).then((h) => ({
          sources: h.sources,
          sourcesDigest: h.digest,
        })),
      );
    }
    steps.push(record);
  }
  return { version: 1, createdAt: new Date().toISOString(), baseImages, steps };
}

function isContextCopy(step: Step): boolean {
  return (step.keyword === 'COPY' || step.keyword === 'ADD') && !step.flags.some((f) => f.name === 'from');
}

function copiesFromContext(model: DockerfileModel): boolean {
  return model.stages.some((stage) => stage.steps.some(isContextCopy));
}

/** Only these instructions become build steps (vertices); ARG, ENV, LABEL, CMD… only change metadata. */
const VERTEX_KEYWORDS = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR']);

function vertexSteps(stage: Stage): Step[] {
  return stage.steps.filter((s) => VERTEX_KEYWORDS.has(s.keyword));
}

/** BuildKit numbers a stage's FROM as step 1 only when it pulls an image (not FROM another stage or scratch). */
function firstStepPosition(stage: Stage): number {
  return stage.parent !== null || stage.resolvedImage?.toLowerCase() === 'scratch' ? 1 : 2;
}

/** RUN sees every ARG declared before it in its stage; other steps only the ones they reference. */
function argsInScope(stage: Stage, step: Step, given: Record<string, string>): Record<string, string> {
  const declared = new Map<string, string | null>();
  for (const s of stage.steps) {
    if (s === step) break;
    if (s.keyword === 'ARG') for (const p of s.properties) declared.set(p.name, p.value);
  }
  const out: Record<string, string> = {};
  for (const [name, fallback] of declared) {
    if (step.keyword !== 'RUN' && !step.variables.includes(name)) continue;
    const value = given[name] ?? fallback ?? '';
    out[name] = SECRET_NAME.test(name)
      ? `sha256:${createHash('sha256').update(value).digest('hex').slice(0, 16)}`
      : value;
  }
  return out;
}

function duration(v: VertexState): number | null {
  if (!v.started || !v.completed) return null;
  return Math.max(0, Date.parse(v.completed) - Date.parse(v.started));
}
