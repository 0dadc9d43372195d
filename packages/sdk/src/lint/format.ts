// The three report formats of `layercache lint`: text for people, JSON for scripts, and GitLab
// Code Quality (a subset of the Code Climate issue format) for the merge request widget:
// https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
import { createHash } from 'node:crypto';
import type { LintFinding, LintSeverity } from './types.js';

export const LINT_FORMATS = ['text', 'json', 'gitlab'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

export function formatLintReport(format: LintFormat, findings: LintFinding[], fileName = 'Dockerfile'): string {
  if (format === 'json') return renderLintJson(findings, fileName);
  if (format === 'gitlab') return renderCodeQuality(findings, fileName);
  return renderLintText(findings, fileName);
}

export function countBySeverity(findings: LintFinding[]): Record<LintSeverity, number> {
  const counts: Record<LintSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function renderLintText(findings: LintFinding[], fileName = 'Dockerfile'): string {
  if (findings.length === 0) return `${fileName}: no cache problems found\n`;
  const lines = findings.map(
    (f) => `${pathOf(f, fileName)}:${f.line} ${f.severity} ${f.ruleId}\n  ${f.message}\n  fix: ${f.fix}`,
  );
  const c = countBySeverity(findings);
  const total = `${findings.length} finding${findings.length === 1 ? '' : 's'} (${c.error} error, ${c.warning} warning, ${c.info} info)`;
  return `${lines.join('\n')}\n\n${total}\n`;
}

export function renderLintJson(findings: LintFinding[], fileName = 'Dockerfile'): string {
  const report = {
    file: fileName,
    summary: countBySeverity(findings),
    findings: findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      file: pathOf(f, fileName),
      line: f.line,
      message: f.message,
      fix: f.fix,
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: CodeQualitySeverity;
  location: { path: string; lines: { begin: number } };
}

const CODE_QUALITY_SEVERITY: Record<LintSeverity, CodeQualitySeverity> = {
  error: 'major',
  warning: 'minor',
  info: 'info',
};

/**
 * GitLab shows only the first issue of each fingerprint, and compares fingerprints between the
 * source and target branch to tell new findings from old. So the hash covers rule, file and the
 * finding's anchor (not its line, which moves with unrelated edits) plus an occurrence counter.
 */
export function toCodeQuality(findings: LintFinding[], fileName = 'Dockerfile'): CodeQualityIssue[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const path = pathOf(f, fileName);
    const key = [f.ruleId, path, f.anchor].join('\0');
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return {
      description: `${f.message} Fix: ${f.fix}`,
      check_name: `layercache/${f.ruleId}`,
      fingerprint: createHash('sha256').update(`${key}\0${occurrence}`).digest('hex'),
      severity: CODE_QUALITY_SEVERITY[f.severity],
      location: { path, lines: { begin: f.line } },
    };
  });
}

export function renderCodeQuality(findings: LintFinding[], fileName = 'Dockerfile'): string {
  return `${JSON.stringify(toCodeQuality(findings, fileName), null, 2)}\n`;
}

/** Repository-relative, forward slashes, no leading `./`: the form GitLab matches against the diff. */
function pathOf(finding: LintFinding, fileName: string): string {
  return (finding.file ?? fileName).split('\\').join('/').replace(/^(\.\/)+/, '');
}
