// Output paths (report files, CI output files) are checked before the build, and written after it
// without ever failing it: a finished build whose report cannot be written is a warning.
import { ConfigError, type ConfigIssue } from '../errors.js';
import path from 'node:path';
import { writableProblem, type PathKind } from './writable-path.js';

export interface OutputPath {
  /** The setting that names the path, as the user wrote it: `--report-json`, `DRONE_OUTPUT`. */
  setting: string;
  /** Unset or empty: that output is off. */
  path: string | undefined;
  /** `dir` for a directory the outputs go into (created if missing). Default `file`. */
  kind?: PathKind;
}

/** Throws one ConfigError naming every output path that cannot be written. Relative paths start at cwd. */
export async function checkOutputPaths(outputs: OutputPath[], cwd: string): Promise<void> {
  const issues = await outputPathIssues(outputs, cwd);
  if (issues.length > 0) throw new ConfigError(issues);
}

export async function outputPathIssues(outputs: OutputPath[], cwd: string): Promise<ConfigIssue[]> {
  const issues: ConfigIssue[] = [];
  for (const o of outputs) {
    if (!o.path) continue;
    const problem = await writableProblem(path.resolve(cwd, o.path), o.kind ?? 'file');
    if (!problem) continue;
    const what = o.kind === 'dir' ? 'directory' : 'file';
    issues.push({ path: o.setting, message: problem, hint: `point ${o.setting} at a writable ${what} (missing directories are created), or leave it unset` });
  }
  return issues;
}

/** Runs independent checks; throws one ConfigError with the issues of all that failed (any other error as is). */
export async function checkAll(checks: Array<() => Promise<unknown>>): Promise<void> {
  const issues: ConfigIssue[] = [];
  for (const check of checks) {
    try {
      await check();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      issues.push(...error.issues);
    }
  }
  if (issues.length > 0) throw new ConfigError(issues);
}

/**
 * Writes one output after a finished build. A failure is a warning (the build and its push stand),
 * never a thrown error. Returns whether it was written.
 */
export async function writeOutput(setting: string, file: string, write: () => Promise<unknown>, warn: (line: string) => void): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    warn(`[layercache] could not write ${setting} (${file}): ${(error as Error).message}; the build itself succeeded`);
    return false;
  }
}
