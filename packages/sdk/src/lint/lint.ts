// lintDockerfile: pure. Parses the text once, runs every rule, returns findings sorted by place.
import { parseDockerfile } from '../dockerfile/model.js';
import { lintRules } from './rules/index.js';
import type { LintFinding, LintOptions } from './types.js';

export function lintDockerfile(text: string, options: LintOptions = {}): LintFinding[] {
  const context = { model: parseDockerfile(text), options };
  const findings = lintRules.flatMap((rule) =>
    rule.check(context).map((hit): LintFinding => ({ ruleId: rule.id, severity: rule.severity, ...hit })),
  );
  // Dockerfile findings first, then other files; within a file by line, then rule id.
  return findings.sort(
    (a, b) => (a.file ?? '').localeCompare(b.file ?? '') || a.line - b.line || a.ruleId.localeCompare(b.ruleId),
  );
}
