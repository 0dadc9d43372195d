// The workspace's published packages and the versions the pending changesets will give them, as
// `changeset version` computes them with this repository's .changeset/config.json: the highest
// bump of each package's changesets, and a patch for a package whose workspace dependency is
// bumped (updateInternalDependencies: patch). Pure reads of the repository's files.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const PACKAGES = ['sdk', 'gitlab', 'harness', 'semaphore', 'circleci'] as const;

export interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  [k: string]: unknown;
}

export function manifest(dir: string): Manifest {
  return JSON.parse(readFileSync(path.join(ROOT, 'packages', dir, 'package.json'), 'utf8')) as Manifest;
}

const ORDER = ['none', 'patch', 'minor', 'major'] as const;
type Bump = (typeof ORDER)[number];

/** Package name -> the bump its pending changesets ask for. */
export function pendingBumps(): Map<string, Bump> {
  const bumps = new Map<string, Bump>();
  const dir = path.join(ROOT, '.changeset');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(dir, file), 'utf8'))?.[1] ?? '';
    for (const m of front.matchAll(/^\s*["']?(@?[^"':\s]+)["']?\s*:\s*(patch|minor|major)\s*$/gm)) {
      const [, name, bump] = m as unknown as [string, string, Bump];
      if (ORDER.indexOf(bump) > ORDER.indexOf(bumps.get(name) ?? 'none')) bumps.set(name, bump);
    }
  }
  return bumps;
}

function bumped(version: string, bump: Bump): string {
  const [major, minor, patch] = version.split('.').map(Number) as [number, number, number];
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  if (bump === 'patch') return `${major}.${minor}.${patch + 1}`;
  return version;
}

/** Package name -> the version `changeset version` would publish. */
export function nextVersions(): Map<string, string> {
  const bumps = pendingBumps();
  const manifests = PACKAGES.map(manifest);
  const names = new Set(manifests.map((m) => m.name));
  for (const m of manifests) {
    const deps = Object.keys(m.dependencies ?? {}).filter((d) => names.has(d));
    if ((bumps.get(m.name) ?? 'none') === 'none' && deps.some((d) => (bumps.get(d) ?? 'none') !== 'none')) bumps.set(m.name, 'patch');
  }
  return new Map(manifests.map((m) => [m.name, bumped(m.version, bumps.get(m.name) ?? 'none')]));
}
