// What npm shows and what consumers load: every published package has the same MIT LICENSE as the
// repository root, a README, repository/homepage/bugs pointing at the project's one public home
// (the one the CircleCI orb's display links name), engines, and a `default` export condition so
// that require() works (Node 20.19+ loads ESM through require).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { PACKAGES, ROOT, manifest } from './workspace.js';

const license = readFileSync(path.join(ROOT, 'LICENSE'), 'utf8');
const orb = parse(readFileSync(path.join(ROOT, 'packages/circleci/orb/src/@orb.yml'), 'utf8')) as { display: { home_url: string; source_url: string } };
const HOME = orb.display.home_url;

describe.each(PACKAGES)('packages/%s', (dir) => {
  const pkg = manifest(dir) as Record<string, any>;

  test('MIT LICENSE, the root\'s, and a README, both published', () => {
    expect(license).toMatch(/^MIT License/);
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(path.join(ROOT, 'packages', dir, 'LICENSE'), 'utf8')).toBe(license);
    const readme = readFileSync(path.join(ROOT, 'packages', dir, 'README.md'), 'utf8');
    expect(readme).toMatch(new RegExp(`^# ${pkg.name}\\n`));
    expect(readme).toMatch(/```/); // its one-line use
    expect(readme).toContain(`${HOME}/blob/main/docs/`);
    expect(pkg.files).toEqual(expect.arrayContaining(['dist', 'README.md', 'LICENSE']));
  });

  test('repository, homepage and bugs name the project\'s public home; engines node >= 20', () => {
    expect(pkg.repository).toEqual({ type: 'git', url: `git+${HOME}.git`, directory: `packages/${dir}` });
    expect(pkg.homepage).toMatch(new RegExp(`^${HOME}/blob/main/docs/[a-z]+\\.md$`));
    expect(existsSync(path.join(ROOT, pkg.homepage.slice(`${HOME}/blob/main/`.length)))).toBe(true);
    expect(pkg.bugs).toEqual({ url: `${HOME}/issues` });
    expect(pkg.engines).toEqual({ node: '>=20' });
    expect(orb.display.source_url.startsWith(`${HOME}/`)).toBe(true);
  });

  test('exports "." has types, import and default conditions', () => {
    expect(Object.keys(pkg.exports['.'])).toEqual(['types', 'import', 'default']);
    expect(pkg.exports['.'].default).toBe(pkg.exports['.'].import);
  });
});

test('require() loads the SDK through its default condition', () => {
  const require = createRequire(path.join(ROOT, 'packages/gitlab/package.json'));
  expect(typeof require('@layercache/sdk').cachedBuild).toBe('function');
});
