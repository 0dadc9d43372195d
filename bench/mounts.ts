// Scenario "dependency changed, with a package cache mount" (issue #17), in `pnpm bench` and alone
// with `BENCH_ONLY=mounts pnpm bench`. The fixture's RUN installs packages through a cache mount,
// as npm, pip or go do: a package missing from the mount is "downloaded" (a fixed latency, then its
// bytes from /dev/urandom, which do not compress: the archive's worst case), one in the mount is
// copied. Per strategy and run, each build on an emptied builder (a fresh CI runner): a cold build,
// then one more dependency. That RUN is rebuilt by every strategy; what differs is whether its
// mount starts warm, and what keeping the mount costs.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resetBuilder, run } from './engine.js';
import { median } from './metrics.js';
import { startCountingProxy, type CountingProxy } from './proxy.js';
import { commandsFor, type BuildContext, type Command } from './strategies.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const MOUNT_STRATEGIES = ['mounts', 'no-mounts', 'vendor'] as const;
export type MountStrategy = (typeof MOUNT_STRATEGIES)[number];
export const MOUNT_LABELS: Record<MountStrategy, string> = {
  mounts: 'layercache registry, --cache-mounts auto',
  'no-mounts': 'layercache registry, --cache-mounts off',
  vendor: 'vendor recipe (pull + inline)',
};

/** The fake package manager: PACKAGES packages of PACKAGE_KB each, LATENCY_S per download. */
export const PACKAGES = 30;
export const PACKAGE_KB = 1024;
export const LATENCY_S = 0.3;

export const MOUNTS_DOCKERFILE = `ARG RUNTIME
FROM \${RUNTIME}
COPY deps.txt /deps.txt
RUN --mount=type=cache,id=pkgs,target=/root/.cache/pkgs \\
    mkdir -p /opt/pkgs && for p in $(cat /deps.txt); do \\
      [ -f /root/.cache/pkgs/$p ] || \\
        { sleep ${LATENCY_S} && head -c ${PACKAGE_KB * 1024} /dev/urandom > /root/.cache/pkgs/$p; }; \\
      cp /root/.cache/pkgs/$p /opt/pkgs/$p; \\
    done
CMD ["ls", "/opt/pkgs"]
`;

export function dependencies(extra?: string): string {
  const names = Array.from({ length: PACKAGES }, (_, i) => `pkg-${String(i + 1).padStart(2, '0')}`);
  return `${[...names, ...(extra ? [`pkg-${extra}`] : [])].join('\n')}\n`;
}

/** The layercache strategies are the registry strategy's build with the mounts setting added. */
export function mountCommands(strategy: MountStrategy, ctx: BuildContext): Command[] {
  if (strategy === 'vendor') return commandsFor('vendor', ctx);
  return commandsFor('registry', ctx).map((c) => ({
    ...c,
    argv: [...c.argv, '--cache-mounts', strategy === 'mounts' ? 'auto' : 'off'],
  }));
}

export interface MountSample {
  strategy: MountStrategy;
  run: number;
  coldMs: number;
  /** The dependency-changed build on a fresh runner: wall time, and its RUN step (layercache's report). */
  changedMs: number;
  runStepMs?: number;
  pulledBytes: number;
  pushedBytes: number;
  restore?: { bytes?: number; ms?: number; status: string };
  save?: { bytes?: number; ms?: number; status: string };
}

export interface MountsBench {
  packages: number;
  packageKb: number;
  latencyS: number;
  samples: MountSample[];
}

interface Report {
  steps: Array<{ name: string; durationMs?: number }>;
  mounts?: Array<{ restore: NonNullable<MountSample['restore']>; save?: NonNullable<MountSample['save']> }>;
}

async function build(strategy: MountStrategy, ctx: BuildContext): Promise<{ ms: number; report?: Report }> {
  await resetBuilder();
  await rm(ctx.reportFile, { force: true });
  const started = performance.now();
  for (const command of mountCommands(strategy, ctx)) {
    const result = await run(command.argv);
    if (result.code !== 0 && !command.mayFail)
      throw new Error(
        `mounts ${strategy}: ${command.argv.join(' ')} exited ${result.code}\n${result.output.slice(-4000)}`
      );
  }
  const ms = performance.now() - started;
  if (strategy === 'vendor') return { ms };
  return { ms, report: JSON.parse(await readFile(ctx.reportFile, 'utf8')) as Report };
}

export interface MountsBenchInput {
  runs: number;
  proxy: CountingProxy;
  runtime: string;
  /** How to start the layercache CLI. */
  cli: string[];
  scratch: string;
  log: (line: string) => void;
}

export async function benchMounts(input: MountsBenchInput): Promise<MountsBench> {
  const stamp = Date.now().toString(36);
  const samples: MountSample[] = [];
  for (let runNo = 1; runNo <= input.runs; runNo++) {
    for (const strategy of MOUNT_STRATEGIES) {
      const contextDir = await mkdtemp(path.join(os.tmpdir(), 'layercache-bench-mounts-'));
      await writeFile(path.join(contextDir, 'Dockerfile'), MOUNTS_DOCKERFILE);
      await writeFile(path.join(contextDir, 'deps.txt'), dependencies());
      const ctx: BuildContext = {
        contextDir,
        registry: input.proxy.address,
        namespace: `mounts-${strategy}-${stamp}-r${runNo}`,
        localCacheRoot: path.join(input.scratch, 'local'),
        buildArgs: { RUNTIME: input.runtime },
        cli: input.cli,
        reportFile: path.join(input.scratch, 'mounts-report.json'),
      };
      const cold = await build(strategy, ctx);
      await writeFile(path.join(contextDir, 'deps.txt'), dependencies(`${stamp}-${runNo}`));
      const before = input.proxy.counter.totals();
      const changed = await build(strategy, ctx);
      const moved = input.proxy.counter.since(before);
      const mount = changed.report?.mounts?.[0];
      const sample: MountSample = {
        strategy,
        run: runNo,
        coldMs: cold.ms,
        changedMs: changed.ms,
        pulledBytes: moved.pulled,
        pushedBytes: moved.pushed,
        runStepMs: changed.report?.steps.find((s) => /RUN --mount/.test(s.name))?.durationMs,
        ...(mount ? { restore: mount.restore, save: mount.save } : {}),
      };
      samples.push(sample);
      input.log(
        `[bench mounts] run ${runNo} ${strategy}: cold ${sec(cold.ms)} s, dependency changed ${sec(
          changed.ms
        )} s (RUN ${sample.runStepMs === undefined ? '?' : sec(sample.runStepMs)} s)`
      );
      await rm(contextDir, { recursive: true, force: true });
    }
  }
  return { packages: PACKAGES, packageKb: PACKAGE_KB, latencyS: LATENCY_S, samples };
}

const sec = (ms: number) => (ms / 1000).toFixed(1);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** The section of docs/benchmarks.md (empty when the scenario did not run). Pure. */
export function renderMounts(bench: MountsBench | undefined): string {
  if (!bench || bench.samples.length === 0) return '';
  const med = (xs: Array<number | undefined>) => {
    const known = xs.filter((x): x is number => x !== undefined);
    return known.length === 0 ? undefined : median(known);
  };
  const runs = Math.max(...bench.samples.map((s) => s.run));
  const rows = MOUNT_STRATEGIES.flatMap((strategy) => {
    const ss = bench.samples.filter((s) => s.strategy === strategy);
    if (ss.length === 0) return [];
    const cell = (xs: Array<number | undefined>, f: (n: number) => string) => {
      const m = med(xs);
      return m === undefined ? '—' : f(m);
    };
    const transfer = (pick: (s: MountSample) => MountSample['restore']) =>
      ss.some((s) => pick(s))
        ? `${cell(
            ss.map((s) => pick(s)?.bytes),
            mb
          )} MB in ${cell(
            ss.map((s) => pick(s)?.ms),
            sec
          )} s`
        : '—';
    return [
      `| ${MOUNT_LABELS[strategy]} | ${cell(
        ss.map((s) => s.coldMs),
        sec
      )} s | ${cell(
        ss.map((s) => s.changedMs),
        sec
      )} s | ${cell(
        ss.map((s) => s.runStepMs),
        sec
      )} s | ${transfer((s) => s.restore)} | ${transfer((s) => s.save)} | ${cell(
        ss.map((s) => s.pulledBytes),
        mb
      )} MB | ${cell(
        ss.map((s) => s.pushedBytes),
        mb
      )} MB |`,
    ];
  });
  return [
    '',
    `## Dependency changed, with a package cache mount (${runs} run${runs === 1 ? '' : 's'}, median)`,
    '',
    `The RUN installs ${bench.packages} packages of ${bench.packageKb} KB through \`--mount=type=cache\`;`,
    `a package missing from the mount takes ${bench.latencyS} s to "download". A cold build, then one more dependency,`,
    'each on an emptied builder (a fresh runner).',
    'Pulled and pushed: the registry bytes of the dependency-changed build (image, layer cache and mount archive).',
    '',
    '| strategy | cold build | dependency changed | its RUN step | mount restored | mount saved | pulled | pushed |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

/** `BENCH_ONLY=mounts pnpm bench`: this scenario alone, its table on stdout. */
async function main(): Promise<void> {
  const registry = process.env.LAYERCACHE_TEST_REGISTRY;
  const runtime = process.env.LAYERCACHE_TEST_BASE_IMAGE;
  if (!registry || !runtime)
    throw new Error(
      'LAYERCACHE_TEST_REGISTRY and LAYERCACHE_TEST_BASE_IMAGE are not set: run BENCH_ONLY=mounts pnpm bench'
    );
  const runs = Number(process.env.BENCH_RUNS ?? '3');
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`BENCH_RUNS must be a whole number >= 1, got "${process.env.BENCH_RUNS}"`);
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'layercache-bench-mounts-run-'));
  const proxy = await startCountingProxy(registry);
  try {
    const cli = [process.execPath, path.join(ROOT, 'packages/sdk/bin/layercache.js')];
    const bench = await benchMounts({ runs, proxy, runtime, cli, scratch, log: (l) => console.log(l) });
    const out = path.join(ROOT, 'bench/.out/results');
    await mkdir(out, { recursive: true });
    await writeFile(path.join(out, 'mounts.json'), `${JSON.stringify(bench, null, 2)}\n`);
    process.stdout.write(renderMounts(bench));
  } finally {
    await proxy.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: Error) => {
    console.error(`[bench mounts] failed: ${error.message}`);
    process.exitCode = 1;
  });
}
