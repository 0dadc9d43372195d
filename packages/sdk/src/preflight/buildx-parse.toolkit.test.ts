// Our buildx parsers against @docker/actions-toolkit's (a devDependency now, kept for this check) on the
// same real fixtures: they must agree on everything preflight reads, except where the toolkit is wrong.
import { readdirSync, readFileSync } from 'node:fs';
import { Builder } from '@docker/actions-toolkit/lib/buildx/builder.js';
import { Buildx } from '@docker/actions-toolkit/lib/buildx/buildx.js';
import { describe, expect, test } from 'vitest';
import { parseBuildxInspect, parseBuildxVersion } from './buildx-parse.js';

const dir = new URL('../../test/fixtures/buildx/', import.meta.url);
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.txt'));
const read = (f: string) => readFileSync(new URL(f, dir), 'utf8');

describe('our parsers agree with actions-toolkit', () => {
  test.each(fixtures.filter((f) => f.startsWith('version-')))('%s', (file) => {
    expect(parseBuildxVersion(read(file))).toBe(Buildx.parseVersion(read(file)));
  });

  test.each(fixtures.filter((f) => !f.startsWith('version-')))('%s', (file) => {
    const ours = parseBuildxInspect(read(file));
    const theirs = Builder.parseInspect(read(file));
    expect(ours.name).toBe(theirs.name);
    expect(ours.driver).toBe(theirs.driver);
    expect(ours.nodes.length).toBe(theirs.nodes.length);
    ours.nodes.forEach((node, i) => {
      const t = theirs.nodes[i]!;
      expect({ name: node.name, endpoint: node.endpoint, status: node.status, buildkit: node.buildkit }).toEqual({
        name: t.name,
        endpoint: t.endpoint,
        status: t.status,
        buildkit: t.buildkit,
      });
      expect(node.platforms.join(',')).toBe(t.platforms ?? '');
      expect(node.labels).toEqual(t.labels ?? {});
      expect(Object.keys(node.features ?? {})).toEqual(Object.keys(t.features ?? {}));
    });
  });

  test('the toolkit reads "Cache export: false" as true (Boolean("false")); ours reads false', () => {
    const text = read('docker-no-cache-export-buildx-pr1854.txt');
    expect(Builder.parseInspect(text).nodes[0]!.features!['Cache export']).toBe(true);
    expect(parseBuildxInspect(text).nodes[0]!.features!['Cache export']).toBe(false);
  });
});
