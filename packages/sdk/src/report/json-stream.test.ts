import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { JsonObjectSplitter } from './json-stream.js';

const fixture = readFileSync(new URL('../../test/fixtures/progress/cold-registry.rawjson', import.meta.url), 'utf8');

describe('JsonObjectSplitter', () => {
  test('splits buildx rawjson output into every object, however it is chunked', () => {
    const whole = new JsonObjectSplitter().push(fixture).objects;
    expect(whole.length).toBeGreaterThan(20);
    for (const size of [1, 7, 64, 1000]) {
      const s = new JsonObjectSplitter();
      const got: string[] = [];
      for (let i = 0; i < fixture.length; i += size) got.push(...s.push(fixture.slice(i, i + size)).objects);
      expect(got).toEqual(whole);
    }
    for (const o of whole) expect(() => JSON.parse(o)).not.toThrow();
  });

  test('braces in plain error text (a Dockerfile excerpt) stay text', () => {
    const s = new JsonObjectSplitter();
    const out = s.push('{"a":1}\nERROR: failed to solve\n 2 | >>> FROM ${BASE_IMAGE}\n{"b":2}\n');
    expect(out.objects).toEqual(['{"a":1}', '{"b":2}']);
    expect(out.text).toContain('FROM ${BASE_IMAGE}');
  });

  test('braces inside strings do not confuse it, and text between objects is returned', () => {
    const s = new JsonObjectSplitter();
    const a = s.push('{"name":"RUN echo \\"}{\\" > x"}\nERROR: failed to solve\n{"b":');
    expect(a.objects).toEqual(['{"name":"RUN echo \\"}{\\" > x"}']);
    expect(a.text).toContain('ERROR: failed to solve');
    expect(s.push('1}').objects).toEqual(['{"b":1}']);
  });
});
