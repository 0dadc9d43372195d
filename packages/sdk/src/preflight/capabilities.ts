// Builder facts -> which cache exporters work. Pure, table-tested.
import type { CacheExporter } from '../backends/types.js';

export interface BuilderFacts {
  driver: string;
  /** The docker driver stores images in containerd (io.containerd.snapshotter.v1). */
  containerdStore: boolean;
  /** BuildKit version ("v0.13.2"), or undefined/"v0.0.0+unknown" when the build does not say. */
  buildkitVersion?: string;
  /** Docker Engine version, e.g. "26.1.5". */
  engineVersion?: string;
}

export interface Capabilities {
  exporters: CacheExporter[];
  imageManifest: boolean;
  /** One line: why these exporters. */
  summary: string;
}

export function cacheCapabilities(f: BuilderFacts): Capabilities {
  const buildkit = effectiveBuildkitVersion(f);
  const imageManifest = buildkit !== undefined && compareVersions(buildkit, '0.12.0') >= 0;
  if (f.driver === 'docker') {
    if (f.containerdStore) {
      // Moby's embedded BuildKit has no s3 exporter in every build (Debian's lacks it): not assumed.
      return { exporters: ['inline', 'registry', 'local'], imageManifest, summary: 'docker driver with the containerd image store: inline, registry and local caches' };
    }
    return { exporters: ['inline'], imageManifest, summary: 'docker driver without the containerd image store: only inline caches can be exported' };
  }
  return { exporters: ['inline', 'registry', 'local', 's3'], imageManifest, summary: `${f.driver} driver: every cache exporter` };
}

/** Docker Engine's embedded BuildKit when the builder reports none (distribution builds say v0.0.0+unknown). */
export function effectiveBuildkitVersion(f: BuilderFacts): string | undefined {
  const reported = f.buildkitVersion?.replace(/^v/, '');
  if (reported && !reported.startsWith('0.0.0')) return reported;
  if (f.driver !== 'docker' || !f.engineVersion) return undefined;
  const major = Number(f.engineVersion.split('.')[0]);
  // Engine major -> BuildKit minor it vendors (moby release notes).
  const table: Record<number, string> = { 23: '0.11.0', 24: '0.11.6', 25: '0.12.5', 26: '0.13.0', 27: '0.15.0', 28: '0.20.0' };
  if (table[major]) return table[major];
  return major > 28 ? '0.20.0' : undefined;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.+-]/).map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split(/[.+-]/).map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
