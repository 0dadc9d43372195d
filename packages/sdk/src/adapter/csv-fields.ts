// A --cache-from/--cache-to value as buildx reads it: a CSV record of `key=value` fields, where a
// quoted field may hold commas. An adapter that takes raw entries splits them here. Pure.

/** The record's fields, trimmed, quotes kept, empty ones dropped. */
export function csvFields(record: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (const ch of record) {
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(field.trim());
      field = '';
    } else field += ch;
  }
  out.push(field.trim());
  return out.filter(Boolean);
}
