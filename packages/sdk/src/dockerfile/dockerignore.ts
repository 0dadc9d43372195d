// .dockerignore matching, after the rules BuildKit uses (moby/patternmatcher): one pattern per
// line, `#` comments, `!` re-includes, the last matching pattern wins, `*` and `?` stay inside
// one path segment, `**` spans any number of segments, and a match on a directory covers all
// beneath it. Leading and trailing slashes are ignored.

interface Pattern {
  exclude: boolean;
  regex: RegExp;
}

export function parseDockerignore(text: string): Pattern[] {
  const patterns: Pattern[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const exclude = !line.startsWith('!');
    if (!exclude) line = line.slice(1).trim();
    line = line.replace(/^\/+|\/+$/g, '').replace(/^\.\//, '');
    if (line === '' || line === '.') continue;
    patterns.push({ exclude, regex: globToRegex(line) });
  }
  return patterns;
}

/** True when `path` (relative to the context, `/`-separated) is left out of the context. */
export function isIgnored(patterns: Pattern[], path: string): boolean {
  const segments = path.split('/');
  let ignored = false;
  for (const pattern of patterns) {
    // A pattern matching a parent directory matches everything in it.
    const matches = segments.some((_, i) => pattern.regex.test(segments.slice(0, i + 1).join('/')));
    if (matches) ignored = pattern.exclude;
  }
  return ignored;
}

function globToRegex(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      // `**/` matches zero or more directories; a trailing `**` matches anything.
      if (glob[i + 2] === '/') {
        out += '(?:.*/)?';
        i += 2;
      } else {
        out += '.*';
        i += 1;
      }
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i);
      if (end === -1) out += '\\[';
      else {
        out += `[${glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '\\' && i + 1 < glob.length) {
      out += escape(glob[i + 1]!);
      i++;
    } else out += escape(c);
  }
  return new RegExp(`^${out}$`);
}

function escape(c: string): string {
  return /[.+^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}
