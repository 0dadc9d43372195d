// The component's inputs as the template hands them over: LAYERCACHE_* job variables.
// Each reader parses one variable and names it in the error when it is malformed. Pure.
import { ConfigError, type ConfigIssue } from '@layercache/sdk';

export type Env = Readonly<Record<string, string | undefined>>;

/** A variable's value, or undefined when unset or blank (inputs default to ""). */
export function value(env: Env, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

const TRUE = new Set(['true', '1', 'yes', 'on']);
const FALSE = new Set(['false', '0', 'no', 'off']);

export function booleanValue(env: Env, name: string, issues: ConfigIssue[]): boolean | undefined {
  const v = value(env, name);
  if (v === undefined) return undefined;
  if (TRUE.has(v.toLowerCase())) return true;
  if (FALSE.has(v.toLowerCase())) return false;
  issues.push({ path: name, message: `"${v}" is not a boolean`, hint: 'use true or false' });
  return undefined;
}

/** A list separated by newlines, commas or spaces (image refs and platforms never contain them). */
export function listValue(env: Env, name: string): string[] {
  const v = value(env, name);
  return v === undefined ? [] : v.split(/[\s,]+/).filter(Boolean);
}

/**
 * KEY=VALUE pairs, one per line (values may hold spaces and commas, so only newlines separate).
 * Blank lines and lines starting with # are skipped.
 */
export function pairsValue(env: Env, name: string, issues: ConfigIssue[]): Record<string, string> {
  const v = value(env, name);
  const pairs: Record<string, string> = {};
  if (v === undefined) return pairs;
  v.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    if (eq <= 0) {
      issues.push({ path: name, message: `line ${i + 1} ("${line.slice(0, 40)}") is not KEY=VALUE`, hint: 'write one KEY=VALUE per line' });
      return;
    }
    pairs[line.slice(0, eq).trim()] = line.slice(eq + 1);
  });
  return pairs;
}

export interface SecretInput {
  id: string;
  src?: string;
  env?: string;
}

/** Build secrets, one per line, buildx style: `id=npm,env=NPM_TOKEN` or `id=netrc,src=.netrc`. */
export function secretsValue(env: Env, name: string, issues: ConfigIssue[]): SecretInput[] {
  const v = value(env, name);
  if (v === undefined) return [];
  const secrets: SecretInput[] = [];
  v.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const fields = Object.fromEntries(line.split(',').map((f) => {
      const eq = f.indexOf('=');
      return eq < 0 ? [f.trim(), ''] : [f.slice(0, eq).trim(), f.slice(eq + 1).trim()];
    }));
    const { id, env: fromEnv, src, ...rest } = fields as Record<string, string | undefined>;
    if (!id || (fromEnv === undefined) === (src === undefined) || Object.keys(rest).length > 0) {
      // Only the field names are echoed: the line may name a secret source but never holds a value.
      issues.push({ path: name, message: `line ${i + 1} must be id=ID,env=VARIABLE or id=ID,src=FILE`, hint: 'e.g. id=npm,env=NPM_TOKEN' });
      return;
    }
    secrets.push(fromEnv !== undefined ? { id, env: fromEnv } : { id, src: src! });
  });
  return secrets;
}

/** Throws one ConfigError for everything collected, so a user fixes all at once. */
export function throwIfIssues(issues: ConfigIssue[]): void {
  if (issues.length > 0) throw new ConfigError(issues);
}
