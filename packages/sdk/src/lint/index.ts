// `layercache lint`: a Dockerfile cache-efficiency linter. See docs/lint.md.
export { lintDockerfile } from './lint.js';
export { lintProject, type LintProjectOptions, type LintProjectResult } from './project.js';
export {
  formatLintReport,
  renderLintText,
  renderLintJson,
  renderCodeQuality,
  toCodeQuality,
  countBySeverity,
  LINT_FORMATS,
  type LintFormat,
  type CodeQualityIssue,
  type CodeQualitySeverity,
} from './format.js';
export { lintRules } from './rules/index.js';
export type { LintFinding, LintOptions, LintSeverity, LintRule } from './types.js';
