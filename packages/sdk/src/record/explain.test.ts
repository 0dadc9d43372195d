import { describe, expect, test } from 'vitest';
import { explainMiss, savedMs } from './explain.js';
import type { BuildRecord, StepRecord } from './types.js';
import { parseStepName, stageLabel, stepKey } from './step-key.js';

const step = (key: string, over: Partial<StepRecord> = {}): StepRecord => ({
  key,
  instruction: `RUN make ${key}`,
  buildArgs: {},
  builtMs: 1000,
  ...over,
});
const record = (steps: StepRecord[], baseImages: Record<string, string> = { deps: 'sha256:aaa' }): BuildRecord => ({
  version: 1,
  createdAt: 'now',
  baseImages,
  steps,
});

describe('explainMiss', () => {
  const prev = record([
    step('deps#2'),
    step('deps#3', {
      instruction: 'COPY src/ ./src/',
      sources: { 'src/a.txt': '1', 'src/b.txt': '2' },
      sourcesDigest: 'd1',
    }),
    step('deps#4', { buildArgs: { VERSION: '1' } }),
  ]);
  test.each<[string, BuildRecord, string, string, RegExp]>([
    ['no record', prev, 'deps#2', 'no-record', /no build record/],
    [
      'instruction changed',
      record([step('deps#2', { instruction: 'RUN make all' })]),
      'deps#2',
      'instruction-changed',
      /"RUN make deps#2" -> "RUN make all"/,
    ],
    [
      'build arg changed',
      record([step('deps#4', { buildArgs: { VERSION: '2' } })]),
      'deps#4',
      'build-arg-changed',
      /build arg VERSION changed/,
    ],
    [
      'base image moved',
      record([step('deps#2')], { deps: 'sha256:bbb' }),
      'deps#2',
      'base-image-moved',
      /stage deps moved: aaa -> bbb/,
    ],
    [
      'files changed, listed',
      record([
        step('deps#3', {
          instruction: 'COPY src/ ./src/',
          sources: { 'src/a.txt': '1', 'src/b.txt': 'X', 'src/c.txt': '3' },
          sourcesDigest: 'd2',
        }),
      ]),
      'deps#3',
      'sources-changed',
      /src\/b\.txt, src\/c\.txt/,
    ],
    ['new step', record([step('deps#9')]), 'deps#9', 'new-step', /new step/],
    ['nothing changed', record([step('deps#2')]), 'deps#2', 'not-in-cache', /did not change/],
  ])('%s', (name, current, key, kind, message) => {
    const reason = explainMiss(name === 'no record' ? undefined : prev, current, key);
    expect(reason.kind).toBe(kind);
    expect(reason.message).toMatch(message);
  });

  test('lists at most 10 changed files and counts the rest', () => {
    const many = (v: string) =>
      Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`f${String(i).padStart(2, '0')}`, v]));
    const a = record([step('s#2', { instruction: 'COPY . .', sources: many('1'), sourcesDigest: 'a' })]);
    const b = record([step('s#2', { instruction: 'COPY . .', sources: many('2'), sourcesDigest: 'b' })]);
    const reason = explainMiss(a, b, 's#2');
    expect(reason.kind === 'sources-changed' && reason.files).toHaveLength(10);
    expect(reason.message).toMatch(/and 5 more$/);
  });

  test('savedMs adds what the cached steps took when last built', () => {
    expect(savedMs(prev, ['deps#2', 'deps#3'])).toBe(2000);
    expect(savedMs(undefined, ['deps#2'])).toBeNull();
    expect(savedMs(record([step('x#2', { builtMs: null })]), ['x#2'])).toBeNull();
  });
});

describe('step names', () => {
  test.each([
    ['[deps 4/4] RUN make', { stage: 'deps', position: 4, instruction: 'RUN make' }],
    ['[stage-1 2/3] COPY  a  b', { stage: 'stage-1', position: 2, instruction: 'COPY a b' }],
    ['[2/3] RUN x', { stage: '', position: 2, instruction: 'RUN x' }],
  ])('%s', (name, expected) => {
    expect(parseStepName(name)).toEqual(expected);
  });
  test('labels', () => {
    expect(parseStepName('[internal] load .dockerignore')).toBeUndefined();
    expect(stageLabel(null, 0, 1)).toBe('');
    expect(stageLabel(null, 1, 3)).toBe('stage-1');
    expect(stageLabel('deps', 0, 3)).toBe('deps');
    expect(stepKey('deps', 3)).toBe('deps#3');
  });
});
