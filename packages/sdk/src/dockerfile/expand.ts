// Build-arg expansion in Dockerfile words, apart from the parser: code that only expands (cache
// mount discovery) does not load dockerfile-ast. Pure.
/**
 * Expands `$VAR`, `${VAR}`, `${VAR:-default}` and `${VAR:+alt}` from known values.
 * Returns null when a referenced variable has no value (the result would be a guess).
 */
export function expand(text: string, values: ReadonlyMap<string, string | null>): string | null {
  let unresolved = false;
  const out = text.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (_m, braced: string | undefined, op: string | undefined, word: string | undefined, bare: string | undefined) => {
      const name = (braced ?? bare)!;
      const value = values.get(name);
      const set = value !== undefined && value !== null && value !== '';
      if (op === '-') return set ? value : (word ?? '');
      if (op === '+') return set ? (word ?? '') : '';
      if (!set) unresolved = true;
      return value ?? '';
    });
  return unresolved ? null : out;
}
