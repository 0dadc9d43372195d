// Every version pin users copy (docs, README, the GitLab component, the CircleCI orb and its
// examples, package READMEs, the job image's tag) names the version the pending changesets will publish, so a release
// never ships docs that point at the previous one. A pin may be exact (0.2.0) or a major (@0).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PACKAGES, ROOT, manifest, nextVersions } from './workspace.js';

const VERSION = String.raw`(\d+(?:\.\d+){0,2})\b`;
/** What a pin looks like in the text, and the package whose version it names. */
const PINS: [RegExp, string][] = [
  [new RegExp(String.raw`@layercache/(sdk|gitlab|harness|semaphore|circleci)@${VERSION}`, 'g'), '$1'],
  [new RegExp(String.raw`layercache/harness:${VERSION}`, 'g'), 'harness'],
  [new RegExp(String.raw`layercache/layercache:${VERSION}`, 'g'), 'sdk'], // the job image, tagged with the SDK's version
  [new RegExp(String.raw`layercache/layercache@${VERSION}`, 'g'), 'circleci'], // the orb
  [new RegExp(String.raw`/build@${VERSION}`, 'g'), 'gitlab'], // the CI/CD component
  [new RegExp(String.raw`\bref: ${VERSION}`, 'g'), 'gitlab'], // include: project: ref
  [new RegExp(String.raw`\| \`version\` \| \`${VERSION}\``, 'g'), 'circleci'], // the orb's version parameter, documented
];

function files(): string[] {
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
  return [
    'README.md', ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`),
    ...walk(path.join(ROOT, 'templates')).map((f) => path.relative(ROOT, f)),
    ...walk(path.join(ROOT, 'packages/circleci/orb')).filter((f) => f.endsWith('.yml')).map((f) => path.relative(ROOT, f)),
    'packages/circleci/examples/config.yml',
    ...PACKAGES.map((p) => `packages/${p}/README.md`),
  ];
}

interface Pin { file: string; text: string; pkg: string; version: string }

function pins(): Pin[] {
  const out: Pin[] = [];
  for (const file of files()) {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    for (const [re, pkg] of PINS) for (const m of text.matchAll(re)) out.push({ file, text: m[0], pkg: pkg === '$1' ? m[1]! : pkg, version: m.at(-1)! });
  }
  // The orb's own version parameter: the @layercache/circleci release the build command runs.
  for (const file of ['packages/circleci/orb/src/commands/build.yml', 'packages/circleci/orb/src/jobs/build.yml']) {
    const m = /^ {2}version:\n(?: {4}.*\n)*? {4}default: (\S+)$/m.exec(readFileSync(path.join(ROOT, file), 'utf8'));
    out.push({ file, text: `version default ${m?.[1]}`, pkg: 'circleci', version: m?.[1] ?? 'missing' });
  }
  // The orb's image executor: the job image's tag.
  const executor = readFileSync(path.join(ROOT, 'packages/circleci/orb/src/executors/image.yml'), 'utf8');
  const tag = /^ {2}tag:\n(?: {4}.*\n)*? {4}default: (\S+)$/m.exec(executor)?.[1];
  out.push({ file: 'packages/circleci/orb/src/executors/image.yml', text: `tag default ${tag}`, pkg: 'sdk', version: tag ?? 'missing' });
  return out;
}

describe('version pins', () => {
  const next = nextVersions();
  const all = pins();

  test('the next versions are what changeset status reports for the pending changesets (0.2.0 each)', () => {
    expect(Object.fromEntries(next)).toEqual(Object.fromEntries(PACKAGES.map((p) => [manifest(p).name, '0.2.0'])));
  });

  test('there are pins to check in the docs, the component and the orb', () => {
    for (const where of ['docs/gitlab.md', 'docs/harness.md', 'docs/circleci.md', 'packages/circleci/orb/orb.yml', 'README.md']) {
      expect(all.some((p) => p.file === where), where).toBe(true);
    }
  });

  test('every pin matches the version its package will be published at', () => {
    const wrong = all.filter((p) => {
      const want = next.get(`@layercache/${p.pkg}`)!.split('.');
      const got = p.version.split('.');
      return got.some((part, i) => part !== want[i]);
    });
    expect(wrong.map((p) => `${p.file}: ${p.text} (publishes ${next.get(`@layercache/${p.pkg}`)})`)).toEqual([]);
  });
});
