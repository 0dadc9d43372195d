// `BENCH_ONLY=install pnpm bench`: the zero-install table (issue #14). Packs every package as it
// would be published, then installs the tarballs into an empty directory with `npm install --offline`
// and an empty npm cache, BENCH_PAIRS times (median), and times the installed CLI's --help and
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

async function main(): Promise<void> {
  const runs = Number(process.env.BENCH_PAIRS ?? '5');
  const work = await mkdtemp(path.join(os.tmpdir(), 'bench-install-'));
  const packs = path.join(work, 'tarballs');
  await mkdir(packs);
  const rows: string[] = [];
  for (const name of PACKAGES) await mustRun(['pnpm', 'pack', '--pack-destination', packs], { cwd: path.join(ROOT, 'packages', name) });
  const tarballs = (await readdir(packs)).map((f) => path.join(packs, f));
  const installs: number[] = [];
  let app = '';
  for (let i = 0; i < runs; i++) {
    app = path.join(work, `app-${i}`);
    await mkdir(app);
    await writeFile(path.join(app, 'package.json'), '{ "private": true }\n');
    const npm = ['npm', 'install', '--offline', '--no-audit', '--no-fund', '--cache', path.join(app, '.npm-cache'), ...tarballs];
    installs.push((await mustRun(npm, { cwd: app })).wallMs);
    await rm(path.join(app, '.npm-cache'), { recursive: true, force: true });
  }
  const installed = await dirBytes(path.join(app, 'node_modules'));
  for (const tarball of tarballs) rows.push(`| ${path.basename(tarball)} | ${((await stat(tarball)).size / MB).toFixed(2)} MB |`);
  const bin = (n: string) => path.join(app, 'node_modules', '.bin', n);
  await mkdir(path.join(app, 'ctx'));
  await writeFile(path.join(app, 'ctx', 'Dockerfile'), 'FROM scratch\nCOPY Dockerfile /\n');
  const help = await timed([bin('layercache'), '--help'], app, runs);
  const dry = await timed([bin('layercache'), 'build', 'ctx', '--backend', 'inline', '-t', 'example.test/a:1', '--dry-run'], app, runs);
  const adapters = await Promise.all(['layercache-gitlab', 'layercache-semaphore'].map(async (n) => [n, await timed([bin(n), '--help'], app, runs)] as const));
  const node = await timed([process.execPath, '-e', '0'], app, runs);
  const largest = Math.max(...(await Promise.all(tarballs.map(async (t) => (await stat(t)).size))));
  const verdict = (ok: boolean) => (ok ? 'met' : 'missed');
  const out = [
    `## install (${runs} runs, median; ${new Date().toISOString()})`,
    '',
    '| tarball | packed size |',
    '|---|---|',
    ...rows,
    '',
    '| measure | value | budget | verdict |',
    '|---|---|---|---|',
    `| largest packed package | ${(largest / MB).toFixed(2)} MB | <= 5 MB | ${verdict(largest <= 5 * MB)} |`,
    `| installed size, all five (node_modules) | ${(installed / MB).toFixed(1)} MB | — | — |`,
    `| npm install --offline, all five tarballs, empty cache | ${(median(installs) / 1000).toFixed(2)} s | <= 5 s | ${verdict(median(installs) <= 5000)} |`,
    `| layercache --help | ${help.toFixed(0)} ms (node -e 0: ${node.toFixed(0)} ms) | <= 120 ms | ${verdict(help <= 120)} |`,
    `| layercache build --dry-run | ${dry.toFixed(0)} ms | <= 120 ms | ${verdict(dry <= 120)} |`,
    ...adapters.map(([n, ms]) => `| ${n} --help | ${ms.toFixed(0)} ms | <= 120 ms | ${verdict(ms <= 120)} |`),
    '',
  ].join('\n');
  process.stdout.write(out);
  await rm(work, { recursive: true, force: true });
}

await main();
