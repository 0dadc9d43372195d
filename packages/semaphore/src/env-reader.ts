// Reads environment variables for the pure mappers and collects every problem, so one run
// reports all bad variables at once (as one ConfigError) instead of failing on the first.
import { ConfigError, type ConfigIssue } from '@layercache/sdk';

export type Env = Record<string, string | undefined>;

export class EnvReader {
  readonly issues: ConfigIssue[] = [];

  constructor(private readonly env: Env) {}

  /** The trimmed value, or undefined when unset or blank (Semaphore exports some variables empty). */
  get(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value ? value : undefined;
  }

  /** The first of several variables that is set, with its name (for error messages). */
  first(...names: string[]): { name: string; value: string } | undefined {
    for (const name of names) {
      const value = this.get(name);
      if (value !== undefined) return { name, value };
    }
    return undefined;
  }

  bool(name: string, fallback: boolean): boolean {
    const value = this.get(name);
    if (value === undefined) return fallback;
    if (/^(true|1|yes|on)$/i.test(value)) return true;
    if (/^(false|0|no|off)$/i.test(value)) return false;
    this.fail(name, `must be true or false, got "${printable(value)}"`, `set ${name}=true or ${name}=false`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.get(name);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.fail(name, `must be one of ${allowed.join(', ')}, got "${printable(value)}"`, `set ${name}=${allowed[0]}`);
    return fallback;
  }

  /** A list separated by commas, spaces or newlines. */
  list(name: string): string[] | undefined {
    const value = this.get(name);
    return value === undefined ? undefined : value.split(/[\s,]+/).filter(Boolean);
  }

  fail(name: string, message: string, hint?: string): void {
    this.issues.push({ path: name, message, hint });
  }

  /** Throws one ConfigError naming every variable that was wrong. */
  throwIfAny(): void {
    if (this.issues.length > 0) throw new ConfigError(this.issues);
  }
}

/** Shows control characters visibly and keeps an error message to one short line. */
export function printable(value: string): string {
  return JSON.stringify(value).slice(1, -1).slice(0, 120);
}
