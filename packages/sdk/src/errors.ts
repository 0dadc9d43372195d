// Typed errors. Every message is prefixed "[layercache]" (and the backend where there is one),
// names what is wrong and how to fix it, and never carries a secret value.

export class LayercacheError extends Error {
  override name = 'LayercacheError';
  /** Process exit code the CLI uses for this error. */
  readonly exitCode: number = 1;
}

export interface ConfigIssue {
  /** Dotted path of the offending field, e.g. `cache.ref` or `buildArgs.FOO`. */
  path: string;
  message: string;
  /** How to fix it. */
  hint?: string;
}

/** Bad input: thrown before Docker is touched. Exit code 2. */
export class ConfigError extends LayercacheError {
  override name = 'ConfigError';
  override readonly exitCode = 2;
  constructor(readonly issues: ConfigIssue[]) {
    super(formatIssues(issues));
  }
}

function formatIssues(issues: ConfigIssue[]): string {
  const lines = issues.map((i) => `  - ${i.path || '(options)'}: ${i.message}${i.hint ? ` (fix: ${i.hint})` : ''}`);
  return `[layercache] invalid options:\n${lines.join('\n')}`;
}

/** The build itself failed. Exit code 1. Carries the report of the steps that ran, so CI outputs can still be written. */
export class BuildError extends LayercacheError {
  override name = 'BuildError';
  /** Partial report (steps up to the failure); set by cachedBuild. */
  report?: import('./report/build-report.js').CacheReport;
  constructor(
    readonly buildExitCode: number | null,
    readonly stderrTail: string,
    message = `[layercache] docker buildx build failed with exit code ${buildExitCode ?? 'unknown'}`,
  ) {
    super(`${message}${stderrTail ? `\n${stderrTail}` : ''}`);
  }
}

/** A cache backend could not import or export. A warning unless `strict` is on. */
export class BackendError extends LayercacheError {
  override name = 'BackendError';
  constructor(readonly backend: string, message: string) {
    super(`[layercache] [${backend}] ${message}`);
  }
}

/** Docker or buildx cannot be reached or lacks what is needed. Exit code 1. */
export class EngineError extends LayercacheError {
  override name = 'EngineError';
}

/** The run was stopped by a signal (SIGTERM, SIGINT): its child stopped, its private files removed. Exit code 128 + signal number. */
export class InterruptedError extends LayercacheError {
  override name = 'InterruptedError';
  override readonly exitCode: number;
  constructor(readonly signal: 'SIGTERM' | 'SIGINT') {
    super(`[layercache] stopped by ${signal}: the build was cancelled and its private docker config removed`);
    this.exitCode = signal === 'SIGINT' ? 130 : 143;
  }
}
