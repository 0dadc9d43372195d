// Global setup of the integration tests: refuses to run without the engine that
// scripts/engine/start.sh starts, and says how to get it.
export default function requireEngine(): void {
  const missing = ['LAYERCACHE_TEST_REGISTRY', 'LAYERCACHE_TEST_BASE_IMAGE'].filter((k) => !process.env[k]);
  if (missing.length > 0) {
    throw new Error(
      `integration tests need a Docker engine and registry: ${missing.join(', ')} unset.\n` +
        'Run `bash scripts/test.sh` (it starts them), or `source "$(bash scripts/engine/start.sh)"` first.',
    );
  }
}
