// Where the local backend keeps one branch's cache:
//   <dir>/<slug>/current -> snapshots/<runId>, <dir>/<slug>/previous, <dir>/<slug>/snapshots/<runId>/
import path from 'node:path';

export function localLayout(dir: string, slug: string, runId: string) {
  const root = path.join(dir, slug);
  return { root, current: path.join(root, 'current'), snapshots: path.join(root, 'snapshots'), staging: path.join(root, 'snapshots', runId) };
}

/** `<dir>/<slug>/previous` for the link `<dir>/<slug>/current`: the snapshot current replaced. */
export function previousLink(current: string): string {
  return path.join(path.dirname(current), 'previous');
}

/** Every `current` link a build with these options could read (what preflight checks exist). */
export function localCandidates(dir: string, slugs: string[]): string[] {
  return slugs.map((slug) => localLayout(dir, slug, '').current);
}
