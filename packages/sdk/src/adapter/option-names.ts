// The SDK names a bad option by its path (`tags.0`, `cache.ref`); a CI user sets a variable. Each
// adapter gives one table from option path to its own variable name; errors are renamed through it.
import { ConfigError, type ConfigIssue } from '../errors.js';

/**
 * Option path (or a leading part of it) -> the variable that feeds it; the longest match wins.
 * A `*` in the variable takes the rest of the path: `buildArgs: 'ARG_*'` names `buildArgs.FOO` ARG_FOO.
 */
export type OptionNames = Readonly<Record<string, string>>;

export function variableFor(names: OptionNames, optionPath: string): string | undefined {
  const parts = optionPath.split('.');
  for (let n = parts.length; n > 0; n--) {
    const variable = names[parts.slice(0, n).join('.')];
    if (variable !== undefined) return variable.replace('*', parts.slice(n).join('.'));
  }
  return undefined;
}

export function renameIssues(names: OptionNames, issues: ConfigIssue[]): ConfigIssue[] {
  return issues.map((issue) => {
    const variable = variableFor(names, issue.path);
    if (variable === undefined || variable === issue.path) return issue;
    return { path: variable, message: `${issue.message} (option ${issue.path})`, hint: issue.hint ?? `set ${variable} to a valid value` };
  });
}

/** A ConfigError renamed to the adapter's variables; any other error as it is. */
export function renamedError(names: OptionNames, error: unknown): unknown {
  return error instanceof ConfigError ? new ConfigError(renameIssues(names, error.issues)) : error;
}

/** Runs a step (sync or async) and renames a ConfigError it throws. */
export async function renamed<T>(names: OptionNames, step: () => T | Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw renamedError(names, error);
  }
}

/** The same, for pure mappers: validation right after the mapping. */
export function renamedSync<T>(names: OptionNames, step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw renamedError(names, error);
  }
}
