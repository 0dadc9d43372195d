// The live list: branch names or git refs -> the slugs whose caches stay. `refs/heads/x` is
// branch x, `refs/tags/v1` tag v1; pull/merge request refs have no cache of their own (a PR
// writes its source branch's slug), so they keep nothing. Several names can share one slug
// (`Feature/X` and `feature-x`): a slug stays when any live name maps to it.
import { slugify } from '../keys/slug.js';

const PR_REF = /^refs\/(pull|merge-requests|pull-requests)\//;

export interface LiveSlugs {
  slugs: Set<string>;
  /** Entries that name no branch, and why they keep nothing. */
  ignored: string[];
}

export function liveSlugs(names: string[]): LiveSlugs {
  const slugs = new Set<string>();
  const ignored: string[] = [];
  for (const raw of names) {
    const name = raw.trim();
    if (name === '' || name.startsWith('#')) continue;
    if (PR_REF.test(name)) {
      ignored.push(`${name} is a pull/merge request ref: its builds write the source branch's cache`);
      continue;
    }
    if (name === 'HEAD' || name.endsWith('^{}')) continue;
    slugs.add(slugify(name.replace(/^refs\/(heads|tags)\//, '')));
  }
  return { slugs, ignored };
}

/** `git ls-remote --heads` output ("<sha>\trefs/heads/<name>" lines) -> the ref names. */
export function parseLsRemote(stdout: string): string[] {
  return stdout
    .split('\n')
    .map((line) => line.split('\t')[1]?.trim())
    .filter((ref): ref is string => ref !== undefined && ref !== '');
}

/** A live-branches file: one name per line; blank lines and `#` comments are skipped. */
export function parseLiveFile(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
}
