// A stand-in engine for unit tests that run the SDK's pipeline without Docker: preflight facts of a
// Docker 26.1 / buildx 0.13 docker-driver builder, and a process seam that answers buildx with exit 0.
import type { PreflightReport } from '@layercache/sdk';

export const STAND_IN_ENGINE: PreflightReport = {
  exporters: ['inline', 'registry', 'local'],
  imageManifest: true,
  summary: 'docker driver',
  buildkitSource: 'engine',
  exportersSource: 'probed',
  dockerHost: 'unix:///stand-in.sock',
  engineVersion: '26.1.5',
  containerdStore: true,
  buildxVersion: '0.13.1',
  builder: 'default',
  driver: 'docker',
  buildkitVersion: '0.13.0',
};

/** Every process exits 0 with no output (buildx "built" nothing the report could show). */
export const standInBuildx = async () => ({ exitCode: 0, stdout: '', stderrTail: '' });
