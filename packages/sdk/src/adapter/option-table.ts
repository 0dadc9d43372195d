// An adapter's plain settings as one table: option path -> the variable that sets it, how to read
// it and its default. The same table reads the env and names the SDK's errors, so a setting cannot
// be read under one name and reported under another. Settings with platform rules (branches, tags,
// logins) stay code; their names join the table's through `optionNames(table, extra)`.
import { definedOnly, type EnvReader } from './env-reader.js';
import type { OptionNames } from './option-names.js';

export type FieldKind = 'string' | 'bool' | 'int' | 'list' | 'lines' | 'pairs' | 'secrets';
/** `[variable, kind = 'string', default]`; the default applies when the variable is unset or blank. */
export type OptionField = readonly [variable: string, kind?: FieldKind, fallback?: unknown];
export type OptionTable = Readonly<Record<string, OptionField>>;

/** Every field's value by its option path, nested (`cache.ref` -> `{ cache: { ref } }`); unset ones left out. */
export function readOptionTable(r: EnvReader, table: OptionTable): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, [variable, kind = 'string', fallback]] of Object.entries(table)) {
    const value = readField(r, variable, kind) ?? fallback;
    if (value !== undefined) setPath(out, path.split('.'), value);
  }
  return out;
}

/** The table's option path -> variable mapping for renaming errors, plus names set by code. */
export function optionNames(table: OptionTable, extra: OptionNames = {}): OptionNames {
  return { ...Object.fromEntries(Object.entries(table).map(([path, [variable]]) => [path, variable])), ...extra };
}

/** One variable's value; undefined when unset or empty, so lists, pairs and defaults behave alike. */
function readField(r: EnvReader, variable: string, kind: FieldKind): unknown {
  if (r.get(variable) === undefined) return undefined;
  switch (kind) {
    case 'string': return r.get(variable);
    case 'bool': return r.bool(variable);
    case 'int': return r.int(variable);
    case 'list': return r.list(variable);
    case 'lines': return r.list(variable, /\r?\n/);
    case 'pairs': return r.pairs(variable);
    case 'secrets': return r.secrets(variable);
  }
}

function setPath(target: Record<string, unknown>, [head, ...rest]: string[], value: unknown): void {
  if (rest.length === 0) {
    target[head!] = value;
    return;
  }
  const child = (target[head!] ??= {}) as Record<string, unknown>;
  setPath(child, rest, value);
}

/** A table read merged under code-made options: code wins where both set a path (it holds the platform rules). */
export function withTable<T extends object>(fromTable: Record<string, unknown>, fromCode: T): T {
  const merged: Record<string, unknown> = { ...fromTable };
  for (const [key, value] of Object.entries(definedOnly(fromCode))) {
    const base = merged[key];
    merged[key] = isPlain(base) && isPlain(value) ? withTable(base, value) : value;
  }
  return merged as T;
}

function isPlain(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
