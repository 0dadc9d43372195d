// Settings given one variable per entry under a prefix (`LAYERCACHE_BUILD_ARG_NAME=value`), so a
// value may hold anything a list or KEY=VALUE lines could not (commas, newlines). Pure.
import type { Env } from './env-reader.js';

/** `<prefix>NAME=value` -> `{ NAME: value }`, values as given; the bare prefix names no entry. */
export function prefixedEntries(env: Env, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    const entry = name.startsWith(prefix) ? name.slice(prefix.length) : '';
    if (entry !== '' && value !== undefined) out[entry] = value;
  }
  return out;
}
