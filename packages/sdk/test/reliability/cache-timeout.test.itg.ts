// A registry that stalls every request for 20 s (a proxy holds each one): the cache import and
// export are bounded by cache.timeout. Before it, such a job sat in "exporting cache" for over 6
// minutes after its image was built. The builds end within the limit plus a margin for the build
// itself and layercache's own registry probes (each bounded too), green, with a warning.
// The bound is the acceptance criterion of the defect, so this one test measures time.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { copyFixture, resetBuilder } from '../../../../test-support/engine.js';
import { APP, buildApp } from './support/build.js';
import { record } from './support/figures.js';
import { checkCacheBlobs } from './support/registry-api.js';
import { startScratchRegistry, type ScratchRegistry } from './support/registry.js';
import { startStallProxy, type StallProxy } from './support/stall-proxy.js';

const STALL_MS = 20_000;
const TIMEOUT_S = 8;
/** What a build of the fixture takes besides the cache (cold, on 2 shared cores), and the SDK's probes. */
const MARGIN_MS = 90_000;

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined);
});

async function stalledRegistry(): Promise<{ reg: ScratchRegistry; proxy: StallProxy }> {
  const reg = await startScratchRegistry();
  cleanups.push(reg.kill);
  const proxy = await startStallProxy(reg.address, STALL_MS);
  cleanups.push(proxy.close);
  return { reg, proxy };
}

describe('cache.timeout bounds a stalled cache import and export', () => {
  test('every request stalls 20 s: the import is abandoned, the build reruns without the cache, green', async () => {
    const { proxy } = await stalledRegistry();
    const context = await copyFixture(APP);
    // What a cold build takes on this machine right now (2 shared cores): the rerun costs that much.
    await resetBuilder();
    const coldStarted = Date.now();
    await buildApp(context, { cache: { backend: 'none' } });
    const cold = Date.now() - coldStarted;
    await resetBuilder();
    const started = Date.now();
    const { result, log } = await buildApp(context, {
      cache: { backend: 'registry', ref: `${proxy.address}/app/cache`, timeout: TIMEOUT_S },
    });
    const took = Date.now() - started;
    expect(result.imageDigest).toMatch(/^sha256:/);
    expect(result.report.warnings.join('\n')).toMatch(
      /cache import \(importing cache manifest from .*\) did not finish within 8 s \(cache\.timeout\); built without the cache/
    );
    expect(log.some((l) => l.startsWith('warning: '))).toBe(true);
    // The import's limit, the rerun, and the SDK's own probes (previous generation, manifest, build record), each bounded.
    expect(took).toBeLessThan(TIMEOUT_S * 1000 + 2 * cold + 4 * 15_000);
    record('fault', 'registry stalls every request 20 s (import)', {
      builds: 1,
      green: 1,
      timeoutS: TIMEOUT_S,
      coldS: Math.round(cold / 100) / 10,
      tookS: Math.round(took / 100) / 10,
      warning: result.report.warnings[0]!.slice(0, 160),
    });
  });

  test('the registry stalls only once the cache is read: the export is abandoned after the image, green', async () => {
    const reg = await startScratchRegistry();
    cleanups.push(reg.kill);
    const ref = `${reg.address}/app/cache`;
    const context = await copyFixture(APP);
    await resetBuilder();
    await buildApp(context, { cache: { backend: 'registry', ref } });
    const before = await checkCacheBlobs(`${ref}:main`);

    // Reads go straight to the registry, writes through the stalling proxy: a cache-to of its own.
    const proxy = await startStallProxy(reg.address, STALL_MS);
    cleanups.push(proxy.close);
    await writeFile(path.join(context, 'deps.txt'), 'alpha\nbeta\ngamma\ndelta\n');
    await resetBuilder();
    const started = Date.now();
    const { result } = await buildApp(context, {
      cache: {
        backend: 'none',
        extraFrom: [`type=registry,ref=${ref}:main`],
        extraTo: [`type=registry,ref=${proxy.address}/app/cache:main,mode=max,ignore-error=true`],
        timeout: TIMEOUT_S,
      },
    });
    const took = Date.now() - started;
    expect(result.report.exportStatus).toBe('failed');
    expect(result.report.warnings.join('\n')).toMatch(
      /cache export failed \(exporting cache.*\): did not finish within 8 s \(cache\.timeout\); abandoned/
    );
    expect(result.report.steps.length).toBeGreaterThan(0);
    expect(took).toBeLessThan(TIMEOUT_S * 1000 + MARGIN_MS);
    // The abandoned export replaced nothing.
    expect(await checkCacheBlobs(`${ref}:main`)).toEqual(before);
    // And the engine builds on.
    await resetBuilder();
    expect((await buildApp(context, { cache: { backend: 'registry', ref } })).result.imageDigest).toMatch(/^sha256:/);
    record('fault', 'registry stalls every request 20 s (export)', {
      builds: 2,
      green: 2,
      timeoutS: TIMEOUT_S,
      tookS: Math.round(took / 100) / 10,
      warning: result.report.warnings.find((w) => w.includes('cache.timeout'))!.slice(0, 160),
    });
  });
});
