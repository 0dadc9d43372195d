// The lost-blob repair and the previous generation: a layer blob that both `main` and `main.prev`
// reference is lost. The repair build rewrites `main`, and must not leave `main.prev` naming the
// lost blob (before the fix, its `.prev` PUT was refused and the old `.prev` stayed, so the next
// build warned and rebuilt without the cache again). Real engine, throwaway docker-registry.
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { copyFixture, resetBuilder } from '../../../../test-support/engine.js';
import { APP, buildApp, engine } from './support/build.js';
import { record } from './support/figures.js';
import { checkCacheBlobs, getManifest } from './support/registry-api.js';
import { startScratchRegistry, type ScratchRegistry } from './support/registry.js';

const REPO = 'app/cache';
let reg: ScratchRegistry | undefined;
afterEach(async () => {
  await reg?.kill().catch(() => undefined);
  reg = undefined;
});

/** Layer digests (not the cache config) a cache manifest lists, with sizes. */
async function layers(address: string, tag: string): Promise<Map<string, number>> {
  const m = (await getManifest(address, REPO, tag))!;
  const all = [...(m.doc.layers ?? []), ...(m.doc.manifests ?? [])].filter((d) => /layer/.test(d.mediaType));
  return new Map(all.map((d) => [d.digest, d.size]));
}

/** Layer digests of the base image every fixture builds FROM. */
async function baseLayers(): Promise<Set<string>> {
  const [host, rest] = [
    engine().baseImage.slice(0, engine().baseImage.indexOf('/')),
    engine().baseImage.slice(engine().baseImage.indexOf('/') + 1),
  ];
  const [repo, tag] = rest.split(':') as [string, string];
  const m = (await getManifest(host, repo, tag))!;
  return new Set((m.doc.layers ?? []).map((d) => d.digest));
}

describe('lost-blob repair and the previous generation', () => {
  test('after the repair, main.prev names no lost blob and the next build reads the cache without a warning', async () => {
    reg = await startScratchRegistry();
    const ref = `${reg.address}/${REPO}`;
    const context = await copyFixture(APP);
    const build = async (source: string) => {
      await writeFile(path.join(context, 'src', 'main.txt'), `${source}\n`);
      await resetBuilder();
      return (await buildApp(context, { cache: { backend: 'registry', ref } })).result.report;
    };
    await build('one');
    await build('two'); // partly cached: main moves to main.prev
    const [main, prev] = [await layers(reg.address, 'main'), await layers(reg.address, 'main.prev')];
    // A layer this app built (the dependency stage's), not the base image's: the repair build
    // uploads the base layer again, but rebuilds the dependency layer with new bytes.
    const base = await baseLayers();
    const shared = [...main]
      .filter(([digest]) => prev.has(digest) && !base.has(digest))
      .sort((a, b) => b[1] - a[1])[0]![0];
    const hex = shared.slice('sha256:'.length);
    await rm(`${reg.dataDir}/docker/registry/v2/blobs/sha256/${hex.slice(0, 2)}/${hex}`, { recursive: true });
    expect((await checkCacheBlobs(`${ref}:main.prev`)).missing).toEqual([shared]);

    const repair = await build('three');
    expect(repair.warnings.join('\n')).toContain(`references ${shared}, which its registry no longer has`);
    expect((await checkCacheBlobs(`${ref}:main`)).missing).toEqual([]);
    const prevAfter = await checkCacheBlobs(`${ref}:main.prev`);
    expect(prevAfter.missing).toEqual([]);

    const next = await build('four');
    expect(next.warnings).toEqual([]);
    expect(next.imports.every((i) => i.status === 'found')).toBe(true);
    record('fault', 'lost blob shared by main and main.prev', {
      builds: 4,
      green: 4,
      cachesIntact: prevAfter.missing.length === 0 ? 2 : 1,
      cachesChecked: 2,
      nextBuildWarnings: next.warnings.length,
    });
  });
});
