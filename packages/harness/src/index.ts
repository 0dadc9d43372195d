// @layercache/harness: the Harness CI adapter. The pure mapping is the public API; main() is the step image's entry.
export { fromHarnessEnv, ignoredSettings, registryHost } from './env.js';
export { keysFromDroneEnv } from './keys.js';
export { managedCacheFromEnv, defaultPrefix } from './managed-cache.js';
export { looksLikePlaceholder as isPlaceholder } from '@layercache/sdk/adapter';
export { outputVariables, outputLines, writeOutputs, bakeOutputVariables, serviceDigestOutput, type BakeOutputSubject }
  from './outputs.js';
export { SETTINGS } from './settings.js';
export { fromHarnessBakeEnv, ignoredInBake, isBake } from './bake-env.js';
export { main, harnessAdapter, type MainDeps, type StepLogger } from './main.js';
