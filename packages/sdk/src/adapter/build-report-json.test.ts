import { describe, expect, test } from 'vitest';
import { buildReportJson } from './build-report-json.js';

describe('buildReportJson', () => {
  test('digest, tags and duration first, then the BuildReport unchanged, indented, one trailing newline', () => {
    const report = { backend: 'registry', totalSteps: 2, cachedSteps: 1, hitRatio: 0.5, exportStatus: 'ok' };
    const digest = `sha256:${'a'.repeat(64)}`;
    const text = buildReportJson({ imageDigest: digest, tags: ['r/app:1'], durationMs: 1234, report: report as never });
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text)).slice(0, 3)).toEqual(['imageDigest', 'tags', 'durationMs']);
    expect(JSON.parse(text)).toEqual({ imageDigest: digest, tags: ['r/app:1'], durationMs: 1234, ...report });
    expect(text).toContain('\n  "hitRatio": 0.5,');
  });
});
