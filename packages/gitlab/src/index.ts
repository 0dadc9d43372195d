// @layercache/gitlab public API: the pure env mapping and output formatters, and the entry point.
export { fromGitLabEnv, parseGitLabEnv, OPTION_SOURCES, type Env } from './env.js';
export { fromGitLabBakeEnv, isBake, ignoredInBake } from './bake-env.js';
export { formatDotenv, formatMetrics, formatJsonReport, type OutputSubject } from './outputs.js';
export { formatBakeDotenv, formatBakeMetrics, serviceDigestVariable, type BakeOutputSubject } from './outputs.js';
export { sectionStart, sectionEnd } from './outputs.js';
export { runGitLab, gitlabAdapter } from './main.js';
