// Builder facts -> which cache exporters work. Pure, table-tested.
// Exporters per driver follow Docker's "Cache storage backends" page: the docker driver exports inline
// only, or inline/local/registry/gha with the containerd image store; every other driver (docker-container,
// remote, kubernetes, and hosted builders such as Docker Build Cloud's `cloud` driver) exports all of them.
import type { CacheExporter } from '../backends/types.js';

export interface BuilderFacts {
  driver: string;
  /** The docker driver stores images in containerd (io.containerd.snapshotter.v1). */
  containerdStore: boolean;
  /** BuildKit version as reported ("v0.13.2"), or undefined/"v0.0.0+unknown" when the build does not say. */
  buildkitVersion?: string;
  /** Docker Engine version, e.g. "26.1.5". */
  engineVersion?: string;
  /** buildx's own view of the node ("Cache export": false…), from `docker --debug buildx inspect`. */
  features?: Record<string, boolean>;
}

/** Where the BuildKit version came from: the builder, Docker Engine's vendored BuildKit, or nowhere. */
export type BuildkitVersionSource = 'reported' | 'engine' | 'unknown';
/** Where the exporter list came from: buildx's "Cache export" feature probe, or the driver's documented set. */
export type ExportersSource = 'probed' | 'driver';

export interface Capabilities {
  exporters: CacheExporter[];
  imageManifest: boolean;
  /** One line: why these exporters. */
  summary: string;
  buildkitSource: BuildkitVersionSource;
  exportersSource: ExportersSource;
}

const EVERY_EXPORTER: CacheExporter[] = ['inline', 'registry', 'local', 's3', 'gha', 'azblob'];
/** Drivers that run a full BuildKit of their own (buildx's drivers, plus Docker Build Cloud's). */
export const FULL_BUILDKIT_DRIVERS = ['docker-container', 'remote', 'kubernetes', 'cloud'];

export function cacheCapabilities(f: BuilderFacts): Capabilities {
  const buildkit = effectiveBuildkitVersion(f);
  const imageManifest = buildkit !== undefined && compareVersions(buildkit, '0.12.0') >= 0;
  const base = { imageManifest, buildkitSource: buildkitVersionSource(f) };
  const cacheExport = f.features?.['Cache export'];
  if (cacheExport === false) {
    return {
      ...base,
      exporters: ['inline'],
      exportersSource: 'probed',
      summary: `${f.driver} driver: buildx reports no cache export, so only inline caches`,
    };
  }
  const exportersSource: ExportersSource = cacheExport === true ? 'probed' : 'driver';
  if (f.driver === 'docker') {
    // The engine's own driver-type decides: buildx infers "Cache export" from a worker label, a weaker sign.
    if (f.containerdStore) {
      // Moby's embedded BuildKit has no s3/azblob exporter in every build (Debian's lacks them): not assumed.
      return {
        ...base,
        exporters: ['inline', 'registry', 'local', 'gha'],
        exportersSource,
        summary: 'docker driver with the containerd image store: inline, registry, local and gha caches',
      };
    }
    return {
      ...base,
      exporters: ['inline'],
      exportersSource,
      summary: 'docker driver without the containerd image store: only inline caches can be exported',
    };
  }
  if (FULL_BUILDKIT_DRIVERS.includes(f.driver)) {
    return {
      ...base,
      exporters: EVERY_EXPORTER,
      exportersSource,
      summary: `${f.driver} driver: every cache exporter (inline, registry, local, s3, gha, azblob)`,
    };
  }
  // A driver this version does not know: what every BuildKit has, and no cloud-storage exporters.
  return {
    ...base,
    exporters: ['inline', 'registry', 'local'],
    exportersSource,
    summary: `unknown driver ${f.driver}: inline, registry and local caches assumed`,
  };
}

/** A usable reported version: "v0.13.2", "0.20.0-rc2-4-g…"; not "v0.0.0+unknown", not a bare commit. */
function reportedVersion(f: BuilderFacts): string | undefined {
  const reported = f.buildkitVersion?.replace(/^v/, '');
  return reported && /^\d+\.\d+\.\d+/.test(reported) && !reported.startsWith('0.0.0') ? reported : undefined;
}

export function buildkitVersionSource(f: BuilderFacts): BuildkitVersionSource {
  if (reportedVersion(f)) return 'reported';
  return effectiveBuildkitVersion(f) === undefined ? 'unknown' : 'engine';
}

/** Docker Engine's embedded BuildKit when the builder reports none (distribution builds say v0.0.0+unknown). */
export function effectiveBuildkitVersion(f: BuilderFacts): string | undefined {
  const reported = reportedVersion(f);
  if (reported) return reported;
  if (f.driver !== 'docker' || !f.engineVersion) return undefined;
  const major = Number(f.engineVersion.split('.')[0]);
  // Engine major -> the lowest BuildKit minor its releases vendor (moby release notes).
  const table: Record<number, string> = {
    23: '0.11.0',
    24: '0.11.6',
    25: '0.12.5',
    26: '0.13.0',
    27: '0.15.0',
    28: '0.20.0',
  };
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
