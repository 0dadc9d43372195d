// The public shapes of `layercache lint`: findings, options, and the rule contract.
import type { DockerfileModel } from '../dockerfile/model.js';

export type LintSeverity = 'error' | 'warning' | 'info';

export interface LintFinding {
  /** Stable kebab-case rule id, documented in docs/lint.md. */
  ruleId: string;
  severity: LintSeverity;
  /** 1-based line in `file` (the Dockerfile unless `file` says otherwise). */
  line: number;
  message: string;
  /** How to fix it, one sentence. */
  fix: string;
  /**
   * The instruction (or thing) the finding is about, without line numbers, e.g. `COPY . .`.
   * Fingerprints hash it instead of the line so a finding keeps its identity when lines move.
   */
  anchor: string;
  /** Set when the finding is about another file than the Dockerfile, e.g. `.dockerignore`. */
  file?: string;
}

export interface LintOptions {
  /** Contents of the .dockerignore; `null` = there is none; `undefined` = unknown (rules that need it stay quiet). */
  dockerignore?: string | null;
  /** Top-level names in the build context (`.git`, `node_modules`, `src`...); `undefined` = unknown. */
  contextEntries?: string[];
  /** The layercache cache backend the build uses (`inline`, `registry`, ...), if known. */
  backend?: string;
  /**
   * The Dockerfile's path, for the caller's bookkeeping. Findings do not repeat it (only `file`
   * for other files); the formatters take it as their `fileName` argument.
   */
  fileName?: string;
}

export interface LintContext {
  model: DockerfileModel;
  options: LintOptions;
}

/** What a rule reports; lintDockerfile adds the rule id and severity. */
export type RuleHit = Omit<LintFinding, 'ruleId' | 'severity'>;

export interface LintRule {
  id: string;
  severity: LintSeverity;
  /** One line for `--help` and the docs. */
  title: string;
  check(context: LintContext): RuleHit[];
}
