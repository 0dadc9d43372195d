// The soak: N sequential builds of the app, each with a small source change, against both the
// registry and the local backend. Checks after every build that the local directory stays under
// its size cap and that the registry holds a bounded number of refs (no per-run refs leak).
// Every 4th build runs on a fresh runner, so imports are exercised too.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { copyFixture, resetBuilder } from '../../../../../test-support/engine.js';
import { directoryBytes } from '../../../src/backends/local/snapshot.js';
import { APP, buildApp } from './build.js';
import { listTags } from './registry-api.js';
import { startScratchRegistry } from './registry.js';

export const SOAK_CAP_MB = 8;

export interface SoakFigures {
  builds: number;
  green: number;
  /** Builds after a fresh-runner reset whose dependency stage came from the cache. */
  warmAfterReset: number;
  resets: number;
  maxLocalBytes: number;
  capBytes: number;
  maxLocalSnapshots: number;
  maxRegistryTags: number;
  registryTags: string[];
  registryStorageBytes: number;
  failures: string[];
}

export async function runSoak(builds: number): Promise<SoakFigures> {
  const registry = await startScratchRegistry();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lc-reliab-soak-'));
  const context = await copyFixture(APP);
  const f: SoakFigures = {
    builds: 0,
    green: 0,
    warmAfterReset: 0,
    resets: 0,
    maxLocalBytes: 0,
    capBytes: SOAK_CAP_MB * 1024 * 1024,
    maxLocalSnapshots: 0,
    maxRegistryTags: 0,
    registryTags: [],
    registryStorageBytes: 0,
    failures: [],
  };
  const caches = [
    { backend: 'registry' as const, ref: `${registry.address}/soak/cache` },
    { backend: 'local' as const, dir, local: { maxSizeMb: SOAK_CAP_MB, keep: 1 } },
  ];
  try {
    for (let i = 0; i < builds; i++) {
      await writeFile(path.join(context, 'src', 'main.txt'), `soak build ${i}\n`);
      const fresh = i > 0 && i % 4 === 0;
      for (const cache of caches) {
        if (fresh) {
          await resetBuilder();
          f.resets++;
        }
        f.builds++;
        try {
          const { result } = await buildApp(context, { cache });
          if (result.report.warnings.length > 0) throw new Error(`warnings: ${result.report.warnings.join('; ')}`);
          f.green++;
          const deps = result.report.steps.filter((s) => s.name.startsWith('[deps'));
          if (fresh && deps.length > 0 && deps.every((s) => s.cached)) f.warmAfterReset++;
        } catch (error) {
          f.failures.push(`build ${i} (${cache.backend}): ${(error as Error).message.split('\n')[0]}`);
        }
      }
      f.maxLocalBytes = Math.max(f.maxLocalBytes, await directoryBytes(dir));
      f.maxLocalSnapshots = Math.max(f.maxLocalSnapshots, (await readdir(path.join(dir, 'main', 'snapshots'))).length);
      f.registryTags = await listTags(registry.address, 'soak/cache');
      f.maxRegistryTags = Math.max(f.maxRegistryTags, f.registryTags.length);
    }
    f.registryStorageBytes = Number(execFileSync('du', ['-sb', registry.dataDir]).toString().split('\t')[0]);
    return f;
  } finally {
    await registry.kill();
    await rm(dir, { recursive: true, force: true });
  }
}
