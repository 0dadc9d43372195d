// The prune component template's shape, read as YAML: a spec header with typed, described
// inputs, nothing global, every input used, and scheduled pipelines only by default.
// gitlab-ci-local's schema validation of the expanded template runs in prune-pipeline.test.itg.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { packageDir } from './support/sample-project.js';

const text = readFileSync(path.resolve(packageDir, '../../templates/prune.yml'), 'utf8');
const [header, body] = parseAllDocuments(text).map((d) => d.toJS() as Record<string, unknown>);
const inputs = (header as { spec: { inputs: Record<string, { type?: string; default?: unknown; options?: unknown[]; description?: string }> } }).spec.inputs;

describe('prune component template', () => {
  test('defines nothing global', () => {
    expect(Object.keys(header!)).toEqual(['spec']);
    for (const key of ['default', 'variables', 'stages', 'workflow', 'image', 'services', 'before_script', 'cache']) expect(body).not.toHaveProperty(key);
  });

  test.each(Object.entries(inputs))('input %s has a default, a description and a valid type/options', (_name, spec) => {
    expect(spec.description?.length).toBeGreaterThan(10);
    const type = spec.type ?? 'string';
    if (type === 'array') expect(Array.isArray(spec.default)).toBe(true);
    else expect(typeof spec.default).toBe(type);
    if (spec.options) expect(spec.options).toContain(spec.default);
  });

  test('every interpolation names a declared input, and every input is used', () => {
    const used = new Set([...text.split('---')[1]!.matchAll(/\$\[\[\s*inputs\.([\w-]+)\s*\]\]/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual(Object.keys(inputs).sort());
  });

  test('runs in scheduled pipelines by default and reads live branches from the repository', () => {
    expect(inputs.rules!.default).toEqual([{ if: '$CI_PIPELINE_SOURCE == "schedule"' }]);
    expect(text).toContain('--live-branches-from-git "$LAYERCACHE_PRUNE_REMOTE"');
  });
});
