// Default plan facts: what planBuild assumes when no preflight ran (a capable builder).
import type { PlanFacts } from '../backends/types.js';

export function defaultFacts(overrides: Partial<PlanFacts> = {}): PlanFacts {
  return {
    exporters: new Set(['inline', 'registry', 'local', 's3']),
    imageManifest: true,
    runId: 'dry-run',
    cwd: '.',
    metadataFile: '.layercache/metadata.json',
    ...overrides,
  };
}
