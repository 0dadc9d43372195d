// Options are parsed once per run: what a parser returned is remembered, and handing it back to a
// parser returns it as it is. A copy made with withParsedChanges counts as parsed too, since the
// pipeline only changes fields to values it made itself (a generated Dockerfile path, backend none).
const parsed = new WeakSet<object>();

export function markParsed<T extends object>(options: T): T {
  parsed.add(options);
  return options;
}

export function isParsed(input: unknown): boolean {
  return typeof input === 'object' && input !== null && parsed.has(input);
}

/** A copy of parsed options with some fields changed by the pipeline itself (not by a user). */
export function withParsedChanges<T extends object>(options: T, changes: Partial<T>): T {
  return markParsed({ ...options, ...changes });
}
