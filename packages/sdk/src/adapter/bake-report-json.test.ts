import { describe, expect, test } from 'vitest';
import type { BakeReport } from '../bake/index.js';
import { bakeReportJson } from './bake-report-json.js';

describe('bakeReportJson', () => {
  test('the duration first, then the BakeReport unchanged, indented, one trailing newline', () => {
    const report = { services: [], totalSteps: 2, cachedSteps: 1, hitRatio: 0.5, failed: ['api'], warnings: [] };
    const text = bakeReportJson({ report: report as BakeReport, durationMs: 1234 });
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text))[0]).toBe('durationMs');
    expect(JSON.parse(text)).toEqual({ durationMs: 1234, ...report });
    expect(text).toContain('\n  "failed": [');
  });
});
