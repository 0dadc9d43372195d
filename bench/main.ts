// `pnpm bench`: runs every strategy through every scenario, interleaved run by run, then writes
// docs/benchmarks.{json,md,svg}. bench/run.sh prepares the engine, toolchain image and sources.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheBytes } from './cache-at-rest.js';
import { run, resetBuilder, engineVersions } from './engine.js';
import { changeDependency, changeSource, prepareWorkspace } from './fixture.js';
import { benchInstall, renderInstall, type InstallBench } from './install.js';
import { benchMounts, renderMounts, type MountsBench } from './mounts.js';
import {
  evaluateTargets,
  STRATEGIES,
  summarise,
  type BenchReport,
  type Sample,
  type Scenario,
  type Strategy,
} from './metrics.js';
import { timeDryRun, timeNodeStart, timePlanBuild } from './overhead.js';
import { runOverhead } from './overhead-run.js';
import { startCountingProxy, type CountingProxy } from './proxy.js';
import { renderMarkdown, renderSvg } from './render.js';
import { commandsFor, imageRef, type BuildContext } from './strategies.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCENARIOS_PER_SEQUENCE = 5;

interface Config {
  runs: number;
  strategies: Strategy[];
  writeDocs: boolean;
  registry: string;
  toolchain: string;
  runtime: string;
  vendorDir: string;
}

function readConfig(env: NodeJS.ProcessEnv): Config {
  const need = (name: string) => {
    const value = env[name];
    if (!value) throw new Error(`${name} is not set: run the benchmark with bash bench/run.sh (pnpm bench)`);
    return value;
  };
  const runs = Number(env.BENCH_RUNS ?? '3');
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`BENCH_RUNS must be a whole number >= 1, got "${env.BENCH_RUNS}"`);
  const strategies = (env.BENCH_STRATEGIES ?? STRATEGIES.join(',')).split(',').map((s) => s.trim()) as Strategy[];
  const unknown = strategies.filter((s) => !STRATEGIES.includes(s));
  if (unknown.length > 0)
    throw new Error(`BENCH_STRATEGIES: unknown ${unknown.join(', ')} (choose from ${STRATEGIES.join(', ')})`);
  const full = runs >= 3 && strategies.length === STRATEGIES.length;
  return {
    runs,
    strategies,
    writeDocs: env.BENCH_WRITE_DOCS ? env.BENCH_WRITE_DOCS === '1' : full,
    registry: need('LAYERCACHE_TEST_REGISTRY'),
    toolchain: need('BENCH_TOOLCHAIN_IMAGE'),
    runtime: need('LAYERCACHE_TEST_BASE_IMAGE'),
    vendorDir: need('BENCH_VENDOR_DIR'),
  };
}

class Progress {
  private done = 0;
  private readonly started = performance.now();
  constructor(private readonly total: number) {}

  step(line: string): void {
    this.done += 1;
    const elapsed = (performance.now() - this.started) / 1000;
    const left = (elapsed / this.done) * (this.total - this.done);
    const clock = (sec: number) => `${Math.floor(sec / 60)}m${String(Math.floor(sec % 60)).padStart(2, '0')}s`;
    console.log(`[bench ${this.done}/${this.total} ${clock(elapsed)} elapsed, ~${clock(left)} left] ${line}`);
  }
}

async function measure(
  strategy: Strategy,
  scenario: Scenario,
  runNo: number,
  ctx: BuildContext,
  proxy: CountingProxy,
  rssFile: string
): Promise<Sample & { writes?: string }> {
  const before = proxy.counter.totals();
  await rm(rssFile, { force: true });
  await rm(ctx.reportFile, { force: true });
  const started = performance.now();
  for (const command of commandsFor(strategy, ctx)) {
    const result = await run(command.argv, { env: { ...process.env, LAYERCACHE_BENCH_RSS_FILE: rssFile } });
    if (result.code !== 0 && !command.mayFail) {
      throw new Error(
        `${strategy} ${scenario}: ${command.argv.join(' ')} exited ${result.code}\n${result.output.slice(-4000)}`
      );
    }
  }
  const wallMs = performance.now() - started;
  const moved = proxy.counter.since(before);
  const sample: Sample & { writes?: string } = {
    strategy,
    scenario,
    run: runNo,
    wallMs,
    pulledBytes: moved.pulled,
    pushedBytes: moved.pushed,
  };
  if (strategy !== 'vendor') {
    sample.rssKb = Number(await readFile(rssFile, 'utf8'));
    const report = JSON.parse(await readFile(ctx.reportFile, 'utf8')) as {
      backend: string;
      cachedSteps: number;
      totalSteps: number;
      writes?: string;
      cost?: { integrityCheck?: Sample['integrityCheck'] };
    };
    Object.assign(sample, { cachedSteps: report.cachedSteps, totalSteps: report.totalSteps, backend: report.backend });
    if (report.cost?.integrityCheck) sample.integrityCheck = report.cost.integrityCheck;
    if (report.writes) sample.writes = report.writes;
  }
  return sample;
}

async function main(): Promise<void> {
  const config = readConfig(process.env);
  const startedAt = performance.now();
  const stamp = Date.now().toString(36);
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'layercache-bench-run-'));
  const rssFile = path.join(scratch, 'rss');
  const proxy = await startCountingProxy(config.registry);
  const cli = [
    process.execPath,
    '--require',
    path.join(ROOT, 'bench/rss-probe.cjs'),
    path.join(ROOT, 'packages/sdk/bin/layercache.js'),
  ];
  const buildArgs = { TOOLCHAIN: config.toolchain, RUNTIME: config.runtime };
  const samples: Sample[] = [];
  const cacheAtRest: BenchReport['cacheBytes'] = {};
  const progress = new Progress(config.runs * config.strategies.length * SCENARIOS_PER_SEQUENCE);
  console.log(
    `[bench] ${config.runs} runs x ${config.strategies.join(', ')} x 5 scenarios; registry ${
      config.registry
    } counted through ${proxy.address}`
  );

  try {
    for (let runNo = 1; runNo <= config.runs; runNo++) {
      for (const strategy of config.strategies) {
        const contextDir = await prepareWorkspace(path.join(ROOT, 'bench/fixture'), config.vendorDir);
        const ctx: BuildContext = {
          contextDir,
          registry: proxy.address,
          namespace: `${strategy}-${stamp}-r${runNo}`,
          localCacheRoot: path.join(scratch, 'local'),
          buildArgs,
          cli,
          reportFile: path.join(scratch, 'report.json'),
        };
        const step = async (scenario: Scenario, fresh: boolean) => {
          if (fresh) await resetBuilder();
          const sample = await measure(strategy, scenario, runNo, ctx, proxy, rssFile);
          samples.push(sample);
          const steps = sample.totalSteps !== undefined ? `, ${sample.cachedSteps}/${sample.totalSteps} cached` : '';
          const mb = (b: number) => (b / 1048576).toFixed(1);
          progress.step(
            `run ${runNo} ${strategy} ${scenario}: ${(sample.wallMs / 1000).toFixed(1)} s, ${mb(
              sample.pulledBytes
            )} MB pulled, ${mb(sample.pushedBytes)} MB pushed${steps}`
          );
          return sample;
        };
        await step('cold', true);
        await step('floor', false); // same builder, right after the cold build
        await step('warm-nochange', true);
        await changeSource(contextDir, `${stamp}_${runNo}`);
        await step('warm-source', true);
        await changeDependency(contextDir, `${stamp}_${runNo}`);
        const last = await step('warm-dependency', true);
        if (runNo === config.runs) {
          cacheAtRest[strategy] = await cacheBytes(strategy, {
            registry: config.registry,
            proxy: proxy.address,
            image: `${imageRef(ctx)}:latest`,
            writes: last.writes,
            localDir: path.join(ctx.localCacheRoot, ctx.namespace),
          });
        }
        await rm(contextDir, { recursive: true, force: true });
      }
    }

    console.log('[bench] overhead: planBuild and --dry-run');
    const dryDir = await prepareWorkspace(path.join(ROOT, 'bench/fixture'), config.vendorDir);
    const cacheRef = `${config.registry}/bench/dry-run-cache`;
    const planBuildMs = timePlanBuild({
      context: dryDir,
      tags: [`${config.registry}/bench/dry-run:latest`],
      push: true,
      network: 'none',
      buildArgs,
      cache: { ref: cacheRef, keys: { branch: 'main' } },
    });
    const dry = await timeDryRun(
      [
        ...cli,
        'build',
        dryDir,
        '--dry-run',
        '--push',
        '--network',
        'none',
        '--tag',
        `${config.registry}/bench/dry-run:latest`,
        '--cache-ref',
        cacheRef,
        '--branch',
        'main',
      ],
      rssFile
    );
    const nodeStartMs = await timeNodeStart();
    await rm(dryDir, { recursive: true, force: true });
    console.log('[bench] scenario: dependency changed, with a package cache mount (bench/mounts.ts)');
    const log = (line: string) => console.log(line);
    const mounts = await benchMounts({ runs: config.runs, proxy, runtime: config.runtime, cli, scratch, log });
    console.log('[bench] overhead: layercache against the same raw buildx argv');
    const overheadRun = await runOverhead({ registry: config.registry, baseImage: config.runtime, pairs: 5 });
    console.log('[bench] install: the packed packages, installed offline');
    const install = await benchInstall(config.runs);

    const cells = summarise(samples);
    const peakRssKb: BenchReport['peakRssKb'] = {};
    for (const s of samples)
      if (s.rssKb !== undefined) peakRssKb[s.strategy] = Math.max(peakRssKb[s.strategy] ?? 0, s.rssKb);
    const allRss = [...Object.values(peakRssKb), dry.rssKb];
    const versions = await engineVersions();
    const report: FullReport = {
      generatedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      durationS: Math.round((performance.now() - startedAt) / 1000),
      runs: config.runs,
      machine: { cpus: os.cpus().length, loadAverage: os.loadavg(), ...versions, node: process.version },
      samples: samples.map(({ writes: _writes, ...rest }: Sample & { writes?: string }) => rest),
      cells,
      cacheBytes: cacheAtRest,
      peakRssKb,
      overhead: { planBuildMs, dryRunMs: dry.ms, dryRunRssKb: dry.rssKb, nodeStartMs },
      targets: evaluateTargets({
        cells,
        dryRunMs: dry.ms,
        planBuildMs,
        nodeStartMs,
        peakRssKb: Math.max(...allRss),
        dryRunRssKb: dry.rssKb,
      }),
      mounts,
      overheadRun,
      install,
    };
    const outDir = config.writeDocs ? path.join(ROOT, 'docs') : path.join(ROOT, 'bench/.out/results');
    await mkdir(outDir, { recursive: true });
    await writeFile(path.join(outDir, 'benchmarks.json'), `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(path.join(outDir, 'benchmarks.svg'), renderSvg(cells));
    await writeFile(path.join(outDir, 'benchmarks.md'), pageOf(report));
    console.log(
      `[bench] done in ${Math.round(report.durationS / 60)} min; wrote ${path.relative(
        ROOT,
        outDir
      )}/benchmarks.{md,svg,json}`
    );
    for (const t of report.targets)
      console.log(
        `[bench] ${t.met ? 'met   ' : 'MISSED'} ${t.title}: ${t.value}${t.unit === 'x' ? 'x' : ` ${t.unit}`} (goal ${
          t.comparison
        } ${t.limit})${t.reason ? ` — ${t.reason}` : ''}`
      );
  } finally {
    await proxy.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

type FullReport = BenchReport & { mounts?: MountsBench; install?: InstallBench };

/** docs/benchmarks.md: the main tables, then the mounts and install sections (each absent from older runs). */
function pageOf(report: FullReport): string {
  return (
    renderMarkdown(report) + renderMounts(report.mounts) + (report.install ? `\n${renderInstall(report.install)}` : '')
  );
}

/** Re-renders docs/benchmarks.* from the committed JSON (after a change to the wording or targets). */
async function renderOnly(): Promise<void> {
  const file = path.join(ROOT, 'docs/benchmarks.json');
  const report = JSON.parse(await readFile(file, 'utf8')) as FullReport;
  report.cells = summarise(report.samples);
  const { planBuildMs, dryRunMs, dryRunRssKb, nodeStartMs } = report.overhead;
  const peakRssKb = Math.max(dryRunRssKb, ...Object.values(report.peakRssKb));
  report.targets = evaluateTargets({ cells: report.cells, dryRunMs, planBuildMs, nodeStartMs, peakRssKb, dryRunRssKb });
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(path.join(ROOT, 'docs/benchmarks.svg'), renderSvg(report.cells));
  await writeFile(path.join(ROOT, 'docs/benchmarks.md'), pageOf(report));
  console.log('[bench] re-rendered docs/benchmarks.{md,svg,json} from docs/benchmarks.json');
}

(process.argv.includes('--render-only') ? renderOnly() : main()).catch((error: Error) => {
  console.error(`[bench] failed: ${error.message}`);
  process.exitCode = 1;
});
