// Registry faults: down before the import, down before the export, killed in the middle of an
// export, and 401/403 for the cache repository. Each build stays green with a warning in the
// report, and the cache the next build finds is complete (every referenced blob exists).
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type http from 'node:http';
import { afterEach, describe, expect, test } from 'vitest';
import { copyFixture, resetBuilder, cachedBeyondWorkdir } from '../../../../test-support/engine.js';
import { buildApp, APP, engine, runCli } from './support/build.js';
import { record } from './support/figures.js';
import { checkCacheBlobs, getManifest } from './support/registry-api.js';
import { startProxy, startScratchRegistry, type Proxy, type ScratchRegistry } from './support/registry.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c().catch(() => undefined);
});

async function registry(): Promise<ScratchRegistry> {
  const r = await startScratchRegistry();
  cleanups.push(r.kill);
  return r;
}
async function proxy(...args: Parameters<typeof startProxy>): Promise<Proxy> {
  const p = await startProxy(...args);
  cleanups.push(p.close);
  return p;
}

const REPO = 'app/cache';
/** Requests of the cache export (existence checks and uploads), as opposed to the import's GETs. */
const isExportRequest = (req: http.IncomingMessage) =>
  req.url!.startsWith(`/v2/${REPO}/`) &&
  (req.method === 'PUT' || (req.method !== 'GET' && req.url!.includes('/blobs/')));

describe('registry faults keep the build green', () => {
  test('registry down before the import: a cold build, with the import and export failures reported', async () => {
    const reg = await registry();
    await reg.kill();
    const context = await copyFixture(APP);
    await resetBuilder();
    const { result } = await buildApp(context, { cache: { backend: 'registry', ref: `${reg.address}/${REPO}` } });
    expect(result.imageDigest).toMatch(/^sha256:/);
    expect(cachedBeyondWorkdir(result.report)).toEqual([]);
    expect(result.report.imports.map((i) => i.status)).toEqual(['failed']);
    expect(result.report.exportStatus).toBe('failed');
    expect(result.report.warnings.join('\n')).toContain(`cache import from ${reg.address}/${REPO}:main failed`);
    record('fault', 'registry down before the import', {
      builds: 1,
      green: 1,
      warnings: result.report.warnings.length,
      cachesIntact: 'n/a (no cache)',
    });
  });

  test('strict mode: the same fault fails the build with exit code 1, naming the cache repository', async () => {
    const reg = await registry();
    await reg.kill();
    const context = await copyFixture(APP);
    const run = await runCli(
      [
        'build',
        '.',
        '--strict',
        '--backend',
        'registry',
        '--cache-ref',
        `${reg.address}/${REPO}`,
        '--network',
        'none',
        '--build-arg',
        `BASE_IMAGE=${engine().baseImage}`,
      ],
      context
    );
    expect(run.code).toBe(1);
    // strict drops ignore-error, so buildx itself fails at the cache; the error names the repository.
    expect(run.stderr).toMatch(/error: \[layercache\]/);
    expect(run.stderr).toContain(`${reg.address}/v2/${REPO}/`);
    record('fault', 'registry down, strict mode', { builds: 1, green: 0, exitCode: run.code ?? -1 });
  });

  test('registry down before the export: the build succeeds from the imported cache and reports the failed export', async () => {
    const reg = await registry();
    const ref = `${reg.address}/${REPO}`;
    const context = await copyFixture(APP);
    await resetBuilder();
    await buildApp(context, { cache: { backend: 'registry', ref } });
    const before = await checkCacheBlobs(`${ref}:main`);
    expect(before.digest).toBeTruthy();

    let killed = false;
    const p = await proxy(reg.address, {
      decide: (req) => (isExportRequest(req) && !killed ? 'kill-then-forward' : 'forward'),
      onKill: async () => {
        killed = true;
        await reg.kill();
      },
    });
    await writeFile(path.join(context, 'src', 'main.txt'), 'a small change\n');
    await resetBuilder();
    const { result } = await buildApp(context, { cache: { backend: 'registry', ref: `${p.address}/${REPO}` } });
    expect(killed).toBe(true);
    expect(result.imageDigest).toMatch(/^sha256:/);
    expect(result.report.imports.map((i) => i.status)).toEqual(['found']);
    expect(result.report.cachedSteps).toBeGreaterThan(0);
    expect(result.report.exportStatus).toBe('failed');
    expect(result.report.warnings.join('\n')).toMatch(/cache export failed/);

    await reg.restart();
    const after = await checkCacheBlobs(`${ref}:main`);
    expect(after).toEqual(before);
    record('fault', 'registry down before the export', {
      builds: 2,
      green: 2,
      warnings: result.report.warnings.length,
      cachesIntact: after.missing.length === 0 ? 1 : 0,
      blobsChecked: after.blobs,
    });
  });

  // Where the registry dies: once an upload session is open (blobs half written), or when the
  // blobs are all there and the manifest is being written.
  test.each([
    {
      when: 'during a blob upload',
      trigger: (req: http.IncomingMessage) =>
        req.method === 'PATCH' || (req.method === 'PUT' && req.url!.includes('/blobs/uploads/')),
    },
    {
      when: 'at the manifest write',
      trigger: (req: http.IncomingMessage) => req.method === 'PUT' && req.url!.includes('/manifests/'),
    },
  ])('registry killed $when: green build, and the next build finds a complete cache', async ({ when, trigger }) => {
    const reg = await registry();
    const ref = `${reg.address}/${REPO}`;
    const context = await copyFixture(APP);
    await resetBuilder();
    await buildApp(context, { cache: { backend: 'registry', ref } });
    const previous = await checkCacheBlobs(`${ref}:main`);

    let killed = false;
    const p = await proxy(reg.address, {
      decide: (req) =>
        !killed && req.url!.startsWith(`/v2/${REPO}/`) && trigger(req) ? 'kill-then-forward' : 'forward',
      onKill: async () => {
        killed = true;
        await reg.kill();
      },
    });
    // New deps: new layers in every stage, so the export has blobs to upload.
    await writeFile(path.join(context, 'deps.txt'), 'alpha\nbeta\ngamma\ndelta\n');
    await resetBuilder();
    const interrupted = (await buildApp(context, { cache: { backend: 'registry', ref: `${p.address}/${REPO}` } }))
      .result;
    expect(killed).toBe(true);
    expect(interrupted.imageDigest).toMatch(/^sha256:/);
    expect(interrupted.report.exportStatus).toBe('failed');

    await reg.restart();
    const after = await checkCacheBlobs(`${ref}:main`);
    expect(after.missing).toEqual([]);
    expect(after.blobs).toBeGreaterThan(0);
    // The manifest is written last, after every blob: a dead registry leaves the previous cache.
    expect(after.digest).toBe(previous.digest);

    await resetBuilder();
    const next = (await buildApp(context, { cache: { backend: 'registry', ref } })).result;
    expect(next.report.imports.map((i) => i.status)).toEqual(['found']);
    expect(next.report.warnings).toEqual([]);
    expect(next.report.exportStatus).toBe('ok');
    const rebuilt = await checkCacheBlobs(`${ref}:main`);
    expect(rebuilt.missing).toEqual([]);
    expect(rebuilt.digest).not.toBe(previous.digest);
    record('fault', `registry killed ${when}`, {
      builds: 3,
      green: 3,
      warnings: interrupted.report.warnings.length,
      cachesIntact: [after, rebuilt].filter((c) => c.missing.length === 0).length,
      cachesChecked: 2,
      blobsChecked: after.blobs + rebuilt.blobs,
    });
  });

  // A cache manifest whose layer blob the registry lost (storage lifecycle rules, a half-finished
  // cleanup). BuildKit fetches cached layers lazily, so the import looks fine and the image or
  // cache export then fails on the missing blob. cachedBuild sees "could not fetch content
  // descriptor … not found", builds once more without reading that cache (still writing it), and
  // warns: the build is green and the next build finds a complete cache again.
  test('a cache whose layer blob the registry lost: green, warned, and the cache heals', async () => {
    const reg = await registry();
    const ref = `${reg.address}/${REPO}`;
    const context = await copyFixture(APP);
    await resetBuilder();
    await buildApp(context, { cache: { backend: 'registry', ref } });
    const manifest = (await getManifest(reg.address, REPO, 'main'))!;
    const layer = [...(manifest.doc.layers ?? []), ...(manifest.doc.manifests ?? [])]
      .filter((d) => /layer/.test(d.mediaType))
      .sort((a, b) => b.size - a.size)[0]!;
    const hex = layer.digest.slice('sha256:'.length);
    await rm(`${reg.dataDir}/docker/registry/v2/blobs/sha256/${hex.slice(0, 2)}/${hex}`, { recursive: true });
    expect((await checkCacheBlobs(`${ref}:main`)).missing).toEqual([layer.digest]);

    await resetBuilder();
    const healing = (await buildApp(context, { cache: { backend: 'registry', ref } })).result;
    expect(healing.imageDigest).toMatch(/^sha256:/);
    expect(healing.report.warnings.join('\n')).toContain(
      `references ${layer.digest}, which its registry no longer has`
    );
    expect(healing.report.exportStatus).toBe('ok');
    const healed = await checkCacheBlobs(`${ref}:main`);
    expect(healed.missing).toEqual([]);

    await resetBuilder();
    const next = (await buildApp(context, { cache: { backend: 'registry', ref } })).result;
    expect(next.report.warnings).toEqual([]);
    expect(next.report.cachedSteps).toBe(next.report.totalSteps);
    record('fault', 'registry cache missing a layer blob', {
      builds: 3,
      green: 3,
      cachesIntact: healed.missing.length === 0 ? 1 : 0,
      cachesChecked: 1,
      blobsChecked: healed.blobs,
    });
  });

  test.each([
    {
      status: 401,
      pull: 'requires a login with pull (read) permission on',
      push: 'requires a login with push (write) permission on',
    },
    { status: 403, pull: 'login lacks pull (read) permission on', push: 'login lacks push (write) permission on' },
  ])(
    'the registry answers $status for the cache ref: a cold build with a warning naming the ref and the permission',
    async ({ status, pull, push }) => {
      const reg = await registry();
      const p = await proxy(reg.address, {
        decide: (req) => (req.url!.startsWith(`/v2/${REPO}/`) ? { status } : 'forward'),
      });
      const ref = `${p.address}/${REPO}`;
      const context = await copyFixture(APP);
      await resetBuilder();
      const { result, log } = await buildApp(context, { cache: { backend: 'registry', ref } });
      expect(result.imageDigest).toMatch(/^sha256:/);
      expect(cachedBeyondWorkdir(result.report)).toEqual([]);
      expect(result.report.exportStatus).toBe('failed');
      const [importWarning, exportWarning] = result.report.warnings;
      expect(importWarning).toContain(
        `cache import from ${ref}:main failed: the registry ${pull} ${ref}:main (${status} `
      );
      expect(exportWarning).toContain(`the registry ${push} ${ref}:main (${status} `);
      expect(log.filter((l) => l.startsWith('warning: ')).join('\n')).toContain(`${push} ${ref}:main`);
      record('fault', `registry answers ${status} for the cache ref`, {
        builds: 1,
        green: 1,
        warnings: result.report.warnings.length,
        warning: importWarning!.slice(0, 160),
      });
    }
  );
});
