// One reader of a CI job's environment for every adapter: strings, booleans, lists, KEY=VALUE pairs
// and build secrets. It never throws on a bad value: each problem is collected under the variable's
// name, and throwIfAny() reports them all in one ConfigError, so a user fixes everything at once.
import { ConfigError, type ConfigIssue } from '../errors.js';

export type Env = Readonly<Record<string, string | undefined>>;

/** The one boolean vocabulary of every adapter (case-insensitive). */
export const TRUE_WORDS = ['true', '1', 'yes', 'on'] as const;
export const FALSE_WORDS = ['false', '0', 'no', 'off'] as const;

export function parseBoolean(value: string): boolean | undefined {
  const v = value.trim().toLowerCase();
  if ((TRUE_WORDS as readonly string[]).includes(v)) return true;
  if ((FALSE_WORDS as readonly string[]).includes(v)) return false;
  return undefined;
}

/** A value quoted in an error: control characters shown, cut to 80 characters, one line. */
export function printable(value: string): string {
  return JSON.stringify(value.slice(0, 80)).slice(1, -1);
}

export interface SecretInput {
  id: string;
  src?: string;
  env?: string;
}

export class EnvReader {
  readonly issues: ConfigIssue[] = [];

  constructor(readonly env: Env) {}

  /** The trimmed value, or undefined when unset or blank (CI systems hand unset inputs over as ""). */
  get(name: string): string | undefined {
    const v = this.env[name]?.trim();
    return v ? v : undefined;
  }

  /** A secret as given (a password may start or end with spaces); undefined when unset or empty. */
  secret(name: string): string | undefined {
    const v = this.env[name];
    return v === undefined || v === '' ? undefined : v;
  }

  /** The first of several variables that is set, with the name that supplied it. */
  first(...names: string[]): { name: string; value: string } | undefined {
    for (const name of names) {
      const value = this.get(name);
      if (value !== undefined) return { name, value };
    }
    return undefined;
  }

  bool(name: string): boolean | undefined {
    const v = this.get(name);
    if (v === undefined) return undefined;
    const parsed = parseBoolean(v);
    if (parsed === undefined) this.fail(name, `"${printable(v)}" is not a boolean`, `use ${TRUE_WORDS.join('/')} or ${FALSE_WORDS.join('/')}`);
    return parsed;
  }

  /** A whole number (digits only); anything else is an issue. */
  int(name: string): number | undefined {
    const v = this.get(name);
    if (v === undefined) return undefined;
    if (/^\d{1,9}$/.test(v)) return Number(v);
    this.fail(name, `"${printable(v)}" is not a whole number`, 'use digits only, e.g. 1024');
    return undefined;
  }

  /** One of a fixed set of words, case-insensitive. */
  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const v = this.get(name)?.toLowerCase();
    if (v === undefined) return undefined;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    this.fail(name, `"${printable(v)}" is not one of ${allowed.join(', ')}`, `use one of ${allowed.join(', ')}`);
    return undefined;
  }

  /** A list; by default separated by commas, spaces or newlines (refs and platforms hold none). */
  list(name: string, separator: RegExp | string = /[\s,]+/): string[] {
    return splitList(this.get(name), separator);
  }

  /** `KEY=VALUE` entries into a record; blank entries and `#` comments are skipped. */
  pairs(name: string, entries: string[] = this.list(name, /\r?\n/)): Record<string, string> {
    const out: Record<string, string> = {};
    entries.forEach((entry, i) => {
      const line = entry.trim();
      if (line === '' || line.startsWith('#')) return;
      const eq = line.indexOf('=');
      if (eq <= 0) this.fail(name, `entry ${i + 1} ("${printable(line.slice(0, 40))}") is not KEY=VALUE`, 'write each entry as KEY=VALUE');
      else out[line.slice(0, eq).trim()] = line.slice(eq + 1);
    });
    return out;
  }

  /** Build secrets, one a line, buildx style: `id=npm,env=NPM_TOKEN` or `id=netrc,src=.netrc`. */
  secrets(name: string): SecretInput[] {
    const out: SecretInput[] = [];
    this.list(name, /\r?\n/).forEach((line, i) => {
      if (line.startsWith('#')) return;
      const fields = Object.fromEntries(line.split(',').map((f) => {
        const eq = f.indexOf('=');
        return eq < 0 ? [f.trim(), ''] : [f.slice(0, eq).trim(), f.slice(eq + 1).trim()];
      }));
      const { id, env, src, ...rest } = fields as Record<string, string | undefined>;
      // Only field names are echoed: a line names a secret's source, never holds its value.
      if (!id || (env === undefined) === (src === undefined) || Object.keys(rest).length > 0) {
        this.fail(name, `line ${i + 1} must be id=ID,env=VARIABLE or id=ID,src=FILE`, 'e.g. id=npm,env=NPM_TOKEN');
      } else out.push(env !== undefined ? { id, env } : { id, src: src! });
    });
    return out;
  }

  fail(name: string, message: string, hint?: string): void {
    this.issues.push(hint === undefined ? { path: name, message } : { path: name, message, hint });
  }

  missing(name: string, hint: string): void {
    this.fail(name, 'is not set', hint);
  }

  /** Throws one ConfigError naming every variable that was wrong. */
  throwIfAny(): void {
    if (this.issues.length > 0) throw new ConfigError([...this.issues]);
  }
}

export function splitList(value: string | undefined, separator: RegExp | string = /[\s,]+/): string[] {
  return (value ?? '').split(separator).map((s) => s.trim()).filter(Boolean);
}

/** The entries of an object whose value is set: `{ a: 1, b: undefined }` -> `{ a: 1 }`. */
export function definedOnly<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
