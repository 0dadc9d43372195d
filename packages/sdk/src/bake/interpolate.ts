// Compose variable interpolation, as the Compose specification defines it:
//   $VAR  ${VAR}  ${VAR:-default} (unset or empty)  ${VAR-default} (unset)
//   ${VAR:?error} ${VAR?error}  ${VAR:+replacement} ${VAR+replacement}  $$ (a literal $)
// Defaults may nest (${A:-${B:-c}}). Pure: the environment is a parameter, never process.env.

export type Env = Record<string, string | undefined>;

export interface InterpolationResult {
  value: string;
  /** Variables used without a value and without a default (Compose substitutes ""). */
  unset: string[];
}

/** Thrown for ${VAR:?message} with VAR unset, and for malformed ${…}. */
export class InterpolationError extends Error {
  override name = 'InterpolationError';
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

export function interpolate(text: string, env: Env): InterpolationResult {
  const unset: string[] = [];
  const value = expand(text, env, unset);
  return { value, unset: [...new Set(unset)] };
}

function expand(text: string, env: Env, unset: string[]): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c !== '$') {
      out += c;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === '$') {
      out += '$';
      i += 2;
    } else if (next === '{') {
      const end = closingBrace(text, i + 2);
      if (end < 0) throw new InterpolationError(`unclosed "\${" in "${text}"`);
      out += braced(text.slice(i + 2, end), env, unset);
      i = end + 1;
    } else {
      const name = NAME.exec(text.slice(i + 1))?.[0];
      if (!name) {
        out += '$'; // a lone $ stays as it is
        i++;
        continue;
      }
      const v = env[name];
      if (v === undefined) unset.push(name);
      out += v ?? '';
      i += 1 + name.length;
    }
  }
  return out;
}

/** Index of the brace closing the ${ opened before `from`, honouring nested ${…}. */
function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function braced(inner: string, env: Env, unset: string[]): string {
  const name = NAME.exec(inner)?.[0];
  if (!name) throw new InterpolationError(`invalid variable "\${${inner}}"`);
  const rest = inner.slice(name.length);
  const value = env[name];
  if (rest === '') {
    if (value === undefined) unset.push(name);
    return value ?? '';
  }
  const op = /^(:?[-?+])/.exec(rest)?.[1];
  if (!op) throw new InterpolationError(`invalid variable "\${${inner}}"`);
  const arg = rest.slice(op.length);
  const missing = op.startsWith(':') ? value === undefined || value === '' : value === undefined;
  switch (op.slice(-1)) {
    case '-':
      return missing ? expand(arg, env, unset) : value!;
    case '+':
      return missing ? '' : expand(arg, env, unset);
    default: // '?'
      if (missing)
        throw new InterpolationError(
          `required variable ${name} is ${value === undefined ? 'unset' : 'empty'}${
            arg ? `: ${expand(arg, env, unset)}` : ''
          }`,
        );
      return value!;
  }
}
