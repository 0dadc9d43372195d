// The zero-install table (issue #14), part of `pnpm bench` and alone with `BENCH_ONLY=install`. Packs every
// package as it would be published, then installs the tarballs into an empty directory with `npm install
// --offline` and an empty npm cache, `runs` times (median), and times the installed CLI's --help and
// build --dry-run. No engine is needed. Budgets: packed <= 5 MB, install <= 5 s, --help/--dry-run <= 120 ms.
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mustRun, run } from './engine.js';
import { median } from './metrics.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PACKAGES = ['sdk', 'gitlab', 'harness', 'semaphore', 'circleci'];
const MB = 1024 * 1024;

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += await dirBytes(full);
    else if (entry.isFile()) total += (await stat(full)).size;
  }
  return total;
}

async function timed(argv: string[], cwd: string, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await run(argv, { cwd, env: { PATH: process.env.PATH, HOME: cwd } });
    if (result.code !== 0 && result.code !== 2) throw new Error(`${argv.join(' ')} exited ${result.code}: ${result.output}`);
    times.push(result.wallMs);
  }
  return median(times);
}

export interface InstallBench {
  generatedAt: string;
  runs: number;
  /** Packed size of each tarball, bytes. */
  tarballs: Array<{ file: string; bytes: number }>;
  installedBytes: number;
  installMs: number;
  helpMs: number;
  dryRunMs: number;
  adapterHelpMs: Record<string, number>;
  nodeMs: number;
}

export async function benchInstall(runs: number): Promise<InstallBench> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'bench-install-'));
  try {
    const packs = path.join(work, 'tarballs');
    await mkdir(packs);
    for (const name of PACKAGES) {
      await mustRun(['pnpm', 'pack', '--pack-destination', packs], { cwd: path.join(ROOT, 'packages', name) });
    }
    const files = (await readdir(packs)).map((f) => path.join(packs, f));
    const installs: number[] = [];
    let app = '';
    for (let i = 0; i < runs; i++) {
      app = path.join(work, `app-${i}`);
      await mkdir(app);
      await writeFile(path.join(app, 'package.json'), '{ "private": true }\n');
      const cache = path.join(app, '.npm-cache');
      const npm = ['npm', 'install', '--offline', '--no-audit', '--no-fund', '--cache', cache, ...files];
      installs.push((await mustRun(npm, { cwd: app })).wallMs);
      await rm(cache, { recursive: true, force: true });
    }
    const bin = (n: string) => path.join(app, 'node_modules', '.bin', n);
    await mkdir(path.join(app, 'ctx'));
    await writeFile(path.join(app, 'ctx', 'Dockerfile'), 'FROM scratch\nCOPY Dockerfile /\n');
    const dryRun = [bin('layercache'), 'build', 'ctx', '--backend', 'inline', '-t', 'example.test/a:1', '--dry-run'];
    const adapterHelpMs: Record<string, number> = {};
    for (const n of ['layercache-gitlab', 'layercache-semaphore']) {
      adapterHelpMs[n] = await timed([bin(n), '--help'], app, runs);
    }
    return {
      generatedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      runs,
      tarballs: await Promise.all(files.map(async (f) => ({ file: path.basename(f), bytes: (await stat(f)).size }))),
      installedBytes: await dirBytes(path.join(app, 'node_modules')),
      installMs: median(installs),
      helpMs: await timed([bin('layercache'), '--help'], app, runs),
      dryRunMs: await timed(dryRun, app, runs),
      adapterHelpMs,
      nodeMs: await timed([process.execPath, '-e', '0'], app, runs),
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The section of docs/benchmarks.md. Pure. */
export function renderInstall(b: InstallBench): string {
  const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
  const largest = Math.max(...b.tarballs.map((t) => t.bytes));
  const ms = (v: number) => `${v.toFixed(0)} ms`;
  return [
    `## Install (issue #14)`,
    '',
    `${b.generatedAt}, ${b.runs} runs, median. Every package packed as published, then \`npm install --offline\``,
    'of all five tarballs into an empty directory with an empty npm cache; the CLI timed from that install.',
    '',
    '| tarball | packed size |',
    '|---|---|',
    ...b.tarballs.map((t) => `| ${t.file} | ${(t.bytes / MB).toFixed(2)} MB |`),
    '',
    '| measure | value | budget | verdict |',
    '|---|---|---|---|',
    `| largest packed package | ${(largest / MB).toFixed(2)} MB | <= 5 MB | ${verdict(largest <= 5 * MB)} |`,
    `| installed size, all five (node_modules) | ${(b.installedBytes / MB).toFixed(1)} MB | — | — |`,
    `| npm install --offline, all five tarballs, empty cache | ${(b.installMs / 1000).toFixed(2)} s | <= 5 s | ${verdict(
      b.installMs <= 5000,
    )} |`,
    `| layercache --help | ${ms(b.helpMs)} (node -e 0: ${ms(b.nodeMs)}) | <= 120 ms | ${verdict(b.helpMs <= 120)} |`,
    `| layercache build --dry-run | ${ms(b.dryRunMs)} | <= 120 ms | ${verdict(b.dryRunMs <= 120)} |`,
    ...Object.entries(b.adapterHelpMs).map(([n, v]) => `| ${n} --help | ${ms(v)} | <= 120 ms | ${verdict(v <= 120)} |`),
    '',
  ].join('\n');
}
