// Splits the shell text of a RUN into simple commands (word lists), enough to see which tools a
// step runs. Not a shell: it honours quotes, comments and the operators that separate commands
// (&& || ; | & newlines, subshell parentheses), and drops leading `VAR=value`, `sudo`, `env`.

const SEPARATORS = new Set(['&&', '||', ';', '|', '&', '\n', '(', ')', '{', '}', 'then', 'do', 'else']);
const PREFIXES = new Set(['sudo', 'env', 'exec', 'time', 'nice', 'command', 'xargs']);

/** Splits shell text into tokens; separators are returned as their own tokens. */
export function tokenize(script: string): string[] {
  const tokens: string[] = [];
  let word = '';
  let inWord = false;
  const flush = () => {
    if (inWord) tokens.push(word);
    word = '';
    inWord = false;
  };
  for (let i = 0; i < script.length; i++) {
    const c = script[i]!;
    const next = script[i + 1];
    if (c === "'" || c === '"') {
      const end = script.indexOf(c, i + 1);
      const stop = end === -1 ? script.length : end;
      word += script.slice(i + 1, stop);
      inWord = true;
      i = stop;
    } else if (c === '\\' && next !== undefined) {
      if (next !== '\n') {
        word += next;
        inWord = true;
      }
      i++;
    } else if (c === '#' && !inWord) {
      const end = script.indexOf('\n', i);
      i = end === -1 ? script.length : end - 1;
    } else if (c === '\n' || c === ';' || c === '(' || c === ')') {
      flush();
      tokens.push(c);
    } else if ((c === '&' || c === '|') && next === c) {
      flush();
      tokens.push(c + c);
      i++;
    } else if (c === '&' || c === '|') {
      flush();
      tokens.push(c);
    } else if (c === ' ' || c === '\t' || c === '\r') {
      flush();
    } else {
      word += c;
      inWord = true;
    }
  }
  flush();
  return tokens;
}

/** The simple commands in a script, each as its words, with assignments and `sudo`-like prefixes removed. */
export function simpleCommands(script: string): string[][] {
  const commands: string[][] = [];
  let current: string[] = [];
  const end = () => {
    const words = stripPrefixes(current);
    if (words.length > 0) commands.push(words);
    current = [];
  };
  for (const token of tokenize(script)) {
    if (SEPARATORS.has(token)) end();
    else current.push(token);
  }
  end();
  return commands;
}

function stripPrefixes(words: string[]): string[] {
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) i++;
    else if (PREFIXES.has(w)) {
      i++;
      // `env -i`, `sudo -E`, `xargs -n1`: skip the prefix's own options too.
      while (i < words.length && words[i]!.startsWith('-')) i++;
    } else break;
  }
  return words.slice(i);
}
