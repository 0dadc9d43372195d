// @layercache/harness: the Harness CI adapter. The pure mapping is the public API; main() is the step image's entry.
export { fromHarnessEnv, ignoredSettings, registryHost } from './env.js';
export { keysFromDroneEnv } from './keys.js';
export { managedCacheFromEnv, isPlaceholder, defaultPrefix } from './managed-cache.js';
export { outputVariables, outputLines, writeOutputs } from './outputs.js';
export { SETTINGS, commaList, semicolonList } from './settings.js';
export { fromHarnessBakeEnv, ignoredInBake, isBake } from './bake-env.js';
export { bakeOutputVariables, serviceDigestOutput, type BakeOutputSubject } from './bake-outputs.js';
export { main, harnessAdapter, type MainDeps, type StepLogger } from './main.js';
