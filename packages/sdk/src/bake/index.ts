// Multi-service builds (Docker Compose and bake) with per-service layer caching.
export { cachedBake, BakeError, type BakeResult } from './bake.js';
export { planBake, type BakePlan, type BakeFacts, type ServicePlan } from './plan.js';
export { parseBakeOptions, bakeOptionsSchema, serviceCacheRef, type BakeOptions, type BakeOptionsInput } from './options.js';
export { parseCompose } from './compose.js';
export { parseBakePrint } from './bake-print.js';
export { loadBakeProject, type LoadedProject } from './load.js';
export { renderBakeSummary, renderBakeMarkdown, type BakeReport, type ServiceReport, type ServiceStatus } from './report.js';
export type { BakeProject, BakeService } from './project.js';
