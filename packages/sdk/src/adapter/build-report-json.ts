// A build's JSON report as `layercache build --report-json` writes it: the image's digest and tags,
// the run's duration, then the SDK's BuildReport. For adapters that store that same file. Pure.
import type { BuildResult } from '../build.js';

export function buildReportJson(result: Pick<BuildResult, 'imageDigest' | 'tags' | 'durationMs' | 'report'>): string {
  const { imageDigest, tags, durationMs, report } = result;
  return `${JSON.stringify({ imageDigest, tags, durationMs, ...report }, null, 2)}\n`;
}
