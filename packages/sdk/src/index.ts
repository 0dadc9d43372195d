// @layercache/sdk public API. Everything else is internal.
export { cachedBuild, type BuildResult, type BuildRuntime, type Logger } from './build.js';
export { planBuild, type BuildPlan } from './plan/build-plan.js';
export { parseOptions } from './options/parse.js';
export {
  buildOptionsSchema,
  BACKENDS,
  type BackendName,
  type BuildOptions,
  type BuildOptionsInput,
  type CacheKeys,
} from './options/schema.js';
export { parseImageReference } from './options/reference.js';
export { slugify } from './keys/slug.js';
export { resolveCacheKeys, type ResolvedKeys, type BuildEvent, type WriteMode } from './keys/resolve.js';
export { preflight, type PreflightReport } from './preflight/preflight.js';
export { describeEndpoint, resolveEndpoint, type DockerEndpoint, type EndpointTls } from './engine/endpoint.js';
export { buildReport, type CacheReport, type StepReport, type CacheImport } from './report/build-report.js';
export type { MountReport, MountRestoreStatus, MountSaveStatus } from './mounts/types.js';
export { discoverCacheMounts, type CacheMount } from './mounts/discover.js';
export { renderSummary, renderMarkdown, reportMetrics, type ReportSubject } from './report/render.js';
export {
  LayercacheError,
  ConfigError,
  BuildError,
  BackendError,
  EngineError,
  InterruptedError,
  type ConfigIssue,
} from './errors.js';
export { handleInterrupts } from './workspace/interrupt.js';
export type { CacheBackend, CachePlan, PlanFacts, CacheExporter, ConcreteBackend } from './backends/types.js';
export * from './lint/index.js';
export {
  cachedBake,
  planBake,
  BakeError,
  loadBakeProject,
  parseCompose,
  parseBakeOptions,
  renderBakeSummary,
  renderBakeMarkdown,
  type BakeOptionsInput,
  type BakeResult,
  type BakePlan,
  type BakeReport,
  type ServiceReport,
} from './bake/index.js';
export { pruneCache, type PruneResult, type PrunedCache, type PruneRuntime } from './prune/prune.js';
export { parsePruneOptions, pruneOptionsSchema, type PruneOptions, type PruneOptionsInput } from './prune/options.js';
export { renderPrune } from './prune/render.js';
export { checkBuildInputs } from './options/check-inputs.js';
// What only CI adapters need (the CLI's commands run in-process, output-path checks) is in
// @layercache/sdk/adapter.
