// @layercache/gitlab public API: the pure env mapping and output formatters, and the entry point.
export { fromGitLabEnv, parseGitLabEnv, OPTION_SOURCES, type Env } from './env.js';
export {
  sectionStart,
  sectionEnd,
  formatDotenv,
  formatMetrics,
  formatJsonReport,
  writeReports,
  writeReportFiles,
  DEFAULT_REPORT_PATHS,
  type ReportPaths,
  type OutputSubject,
} from './outputs.js';
export { runGitLab, reportPaths, gitlabAdapter, type GitLabIo } from './main.js';
export { fromGitLabBakeEnv, isBake, ignoredInBake, sharedOptions } from './bake-env.js';
export {
  formatBakeDotenv,
  formatBakeMetrics,
  formatBakeJsonReport,
  bakeReportFiles,
  serviceDigestVariable,
  type BakeOutputSubject,
} from './bake-outputs.js';
