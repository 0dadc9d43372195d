// The overhead run (issue #14): `layercache build` against the same raw `docker buildx build` argv,
// per backend, on a warm builder (the floor) and on a fresh one (empty builder state, as on a new CI
// runner), in interleaved pairs. The raw argv is the one layercache itself ran in its previous build
// (a --require'd probe records it), so both sides do the same build, from the context directory. CPU and
// the largest process's RSS come from /usr/bin/time (the whole process tree); the CLI's own RSS, CPU and
// phases from the probe.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { engineVersions, resetBuilder, run } from './engine.js';
import { median } from './metrics.js';
import { renderOverhead, type OverheadReport } from './overhead-render.js';
import {
  OVERHEAD_BACKENDS,
  OVERHEAD_SCENARIOS,
  overheadTargets,
  summariseOverhead,
  type CliStartTimes,
  type OverheadBackend,
  type OverheadSample,
  type OverheadScenario,
  type Phases,
} from './overhead-stats.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'packages/sdk/bin/layercache.js');
const PROBE = path.join(ROOT, 'bench/overhead-probe.cjs');

// Three stages on the test base image: small enough that the fixed cost per build shows.
const DOCKERFILE = `ARG BASE
FROM $BASE AS deps
RUN echo deps > /deps.txt
FROM $BASE AS build
COPY --from=deps /deps.txt /
COPY src/ /src/
RUN cat /deps.txt /src/* > /out.txt
FROM $BASE
COPY --from=build /out.txt /
`;

interface Probe {
  maxRssKb: number;
  cpuMs: number;
  exitMs: number;
  spawns: Array<{ command: string; args: string[]; startMs: number; endMs?: number }>;
}

interface Timed {
  wallMs: number;
  cpuMs: number;
  treeRssKb: number;
}

/** Runs argv under /usr/bin/time: wall time, CPU of the process tree, largest process's peak RSS. */
async function timedRun(
  argv: string[],
  scratch: string,
  env: NodeJS.ProcessEnv = process.env,
  cwd?: string,
): Promise<Timed> {
  const out = path.join(scratch, 'time');
  const result = await run(['/usr/bin/time', '-f', '%U %S %M', '-o', out, ...argv], { env, cwd });
  if (result.code !== 0) throw new Error(`${argv.join(' ')} exited ${result.code}:\n${result.output.slice(-3000)}`);
  const [user, system, rss] = (await readFile(out, 'utf8')).trim().split('\n').at(-1)!.split(' ').map(Number);
  return { wallMs: result.wallMs, cpuMs: (user! + system!) * 1000, treeRssKb: rss! };
}

/** The buildx build child among the probe's spawns. */
function buildSpawn(probe: Probe): Probe['spawns'][number] {
  const build = probe.spawns.find((s) => s.args.includes('buildx') && s.args.includes('build'));
  if (!build?.endMs)
    throw new Error(
      `the probe saw no finished buildx build among ${probe.spawns.map((s) => s.args.join(' ')).join('; ')}`,
    );
  return build;
}

/** The raw command: docker plus the plugin's argv, the metadata file moved out of layercache's deleted work dir. */
export function rawArgv(args: string[], metadataFile: string): string[] {
  const out = [...args];
  const at = out.indexOf('--metadata-file');
  if (at >= 0) out[at + 1] = metadataFile;
  return ['docker', ...out];
}

function phasesOf(probe: Probe): Phases {
  const build = buildSpawn(probe);
  const first = probe.spawns[0]!.startMs;
  return {
    beforeDockerMs: first,
    preBuildMs: build.startMs - first,
    buildMs: build.endMs! - build.startMs,
    afterBuildMs: probe.exitMs - build.endMs!,
  };
}

async function cliStartTimes(scratch: string, ctx: string, registry: string, pairs: number): Promise<CliStartTimes> {
  const times = async (argv: string[]) => {
    const list: Timed[] = [];
    for (let i = 0; i < pairs; i++) list.push(await timedRun(argv, scratch));
    return { ms: median(list.map((t) => t.wallMs)), rssKb: median(list.map((t) => t.treeRssKb)) };
  };
  const node = await times([process.execPath, '-e', '0']);
  const help = await times([process.execPath, BIN, '--help']);
  const dry = await times([
    process.execPath,
    BIN,
    'build',
    ctx,
    '--dry-run',
    '--backend',
    'registry',
    '--cache-ref',
    `${registry}/overhead/dry`,
    '--tag',
    `${registry}/overhead/dry:1`,
  ]);
  return { helpMs: help.ms, dryRunMs: dry.ms, nodeMs: node.ms, nodeRssKb: node.rssKb };
}

export async function runOverhead(options: {
  registry: string;
  baseImage: string;
  pairs: number;
}): Promise<OverheadReport> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'layercache-overhead-'));
  const ctx = path.join(scratch, 'ctx');
  await mkdir(path.join(ctx, 'src'), { recursive: true });
  await writeFile(path.join(ctx, 'Dockerfile'), DOCKERFILE);
  await writeFile(path.join(ctx, 'src/a.txt'), 'hello\n');
  const probeFile = path.join(scratch, 'probe.json');
  const stamp = Date.now().toString(36);
  const argvFor = (backend: OverheadBackend) => {
    const image = `${options.registry}/overhead/${stamp}-${backend}`;
    const cache = {
      inline: ['--cache-ref', image],
      registry: ['--cache-ref', `${image}-cache`],
      local: ['--cache-dir', path.join(scratch, 'local')],
    }[backend];
    return [
      process.execPath,
      '--require',
      PROBE,
      BIN,
      'build',
      '.',
      '--network',
      'none',
      '--push',
      '--tag',
      `${image}:latest`,
      '--build-arg',
      `BASE=${options.baseImage}`,
      '--backend',
      backend,
      ...cache,
      '--branch',
      'main',
    ];
  };
  const raw = new Map<OverheadBackend, string[]>();
  const samples: OverheadSample[] = [];
  const retries: string[] = [];
  const layercache = async (backend: OverheadBackend) => {
    await rm(probeFile, { force: true });
    const timed = await timedRun(
      argvFor(backend),
      scratch,
      { ...process.env, LAYERCACHE_BENCH_PROBE_FILE: probeFile },
      ctx,
    );
    const probe = JSON.parse(await readFile(probeFile, 'utf8')) as Probe;
    raw.set(backend, rawArgv(buildSpawn(probe).args, path.join(scratch, 'metadata.json')));
    return { ...timed, cliRssKb: probe.maxRssKb, cliCpuMs: probe.cpuMs, phases: phasesOf(probe) };
  };
  try {
    for (const backend of OVERHEAD_BACKENDS) {
      await layercache(backend); // cold: writes the cache every later build reads
      await layercache(backend); // and the argv of a warm build
    }
    const measure = async (
      backend: OverheadBackend,
      scenario: OverheadScenario,
      pair: number,
      tool: 'layercache' | 'raw',
    ) => {
      const once = async () => {
        if (scenario === 'fresh') await resetBuilder();
        return tool === 'layercache'
          ? await layercache(backend)
          : await timedRun(raw.get(backend)!, scratch, process.env, ctx);
      };
      const sample = await once().catch(async (error: Error) => {
        // docker-registry sometimes answers 500 to a HEAD racing a PUT of the same tag: one repeat.
        const line = /\b5\d\d\b[^\n]*/.exec(error.message)?.[0];
        if (!line) throw error;
        retries.push(`${backend} ${scenario} pair ${pair} ${tool}: ${line.slice(0, 120)}`);
        console.log(`[overhead] ${backend} ${scenario} pair ${pair} ${tool}: repeated after ${line.slice(0, 120)}`);
        return once();
      });
      samples.push({ backend, scenario, pair, tool, ...sample });
      console.log(
        `[overhead] ${backend} ${scenario} pair ${pair} ${tool}: ${(sample.wallMs / 1000).toFixed(2)} s, ${(
          sample.cpuMs / 1000
        ).toFixed(2)} CPU-s`,
      );
    };
    for (const scenario of OVERHEAD_SCENARIOS) {
      for (let pair = 1; pair <= options.pairs; pair++) {
        for (const backend of OVERHEAD_BACKENDS) {
          const order: Array<'layercache' | 'raw'> = pair % 2 === 1 ? ['layercache', 'raw'] : ['raw', 'layercache'];
          // The floor builder must hold this backend's build: one unmeasured build first.
          if (scenario === 'floor' && pair === 1) await layercache(backend);
          for (const tool of order) await measure(backend, scenario, pair, tool);
        }
      }
    }
    const start = await cliStartTimes(scratch, ctx, options.registry, Math.max(options.pairs, 5));
    const rows = summariseOverhead(samples);
    return {
      generatedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      pairs: options.pairs,
      machine: {
        cpus: os.cpus().length,
        loadAverage: os.loadavg(),
        ...(await engineVersions()),
        node: process.version,
      },
      rows,
      start,
      targets: overheadTargets(rows, start),
      retries,
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** `BENCH_ONLY=overhead pnpm bench`: only this table, written to bench/.out/results/overhead.{md,json}. */
async function main(): Promise<void> {
  const need = (name: string) =>
    process.env[name] ??
    (() => {
      throw new Error(`${name} is not set: run BENCH_ONLY=overhead pnpm bench`);
    })();
  const pairs = Number(process.env.BENCH_PAIRS ?? '5');
  if (!Number.isInteger(pairs) || pairs < 1)
    throw new Error(`BENCH_PAIRS must be a whole number >= 1, got "${process.env.BENCH_PAIRS}"`);
  const report = await runOverhead({
    registry: need('LAYERCACHE_TEST_REGISTRY'),
    baseImage: need('LAYERCACHE_TEST_BASE_IMAGE'),
    pairs,
  });
  const outDir = path.join(ROOT, 'bench/.out/results');
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, 'overhead.json'), `${JSON.stringify(report, null, 2)}\n`);
  const markdown = renderOverhead(report);
  await writeFile(path.join(outDir, 'overhead.md'), markdown);
  process.stdout.write(markdown);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error: Error) => {
    console.error(`[bench] overhead failed: ${error.message}`);
    process.exitCode = 1;
  });
}
