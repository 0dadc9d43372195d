// The YAML snippets a docs page shows under a heading, parsed, and the `layercache prune`
// commands inside them: what the platforms' scheduled-prune snippets are validated by.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const repoRoot = path.resolve(import.meta.dirname, '..');

/** Every ```yaml block of the section `## heading` of docs/<page>, parsed. */
export function yamlSnippets(page: string, heading: string): unknown[] {
  const text = readFileSync(path.join(repoRoot, 'docs', page), 'utf8');
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`docs/${page} has no "## ${heading}" section`);
  const end = text.indexOf('\n## ', start + 4);
  const section = text.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]!) as unknown);
}

/** A shell script is syntactically sound (sh -n). Throws with sh's message otherwise. */
export function checkShell(script: string): void {
  execFileSync('sh', ['-n'], { input: script });
}

/** The flags of every `layercache prune` / `@layercache/sdk@0 prune` command in a script. */
export function pruneFlags(script: string): string[] {
  const joined = script.replace(/\\\n\s*/g, ' ');
  return [...joined.matchAll(/\bprune\b([^\n]*)/g)].flatMap((m) => [...m[1]!.matchAll(/(^|\s)(--[a-z-]+)/g)].map((f) => f[2]!));
}
