// Entry point of `layercache-circleci` (the orb's build step runs it): env -> options -> the SDK's
// adapter runner, then the report, $BASH_ENV exports and where the layers came from.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { renderBakeMarkdown, renderMarkdown } from '@layercache/sdk';
import {
  ignoredInBakeWarning,
  runAdapter,
  streamLog,
  writeTextFile,
  type AdapterIo,
  type CiAdapter,
  type Env,
  type RunContext,
  type OutputPath,
} from '@layercache/sdk/adapter';
import { fromCircleBakeEnv, ignoredInBake, isBake } from './bake-env.js';
import { engineDelta, parseDiskUsage, type CacheRecord } from './engine-state.js';
import { circleOptions, ENV_FOR_OPTION } from './env.js';
import { describeLayerSource, type LayerSource } from './layer-source.js';
import { bakeStepOutputs, bashEnvLines, reportDocument, stepOutputs } from './outputs.js';

const run = promisify(execFile);

export type MainIo = AdapterIo;

export const DEFAULT_REPORT_DIR = '/tmp/layercache';

export function main(io: MainIo): Promise<number> {
  return runAdapter(circleciAdapter, { env: io.env, cwd: io.cwd, log: streamLog(io) });
}

/** CircleCI's platform facts for the SDK's runner; `extra` is where the cached layers came from. */
export const circleciAdapter: CiAdapter<LayerSource> = {
  names: ENV_FOR_OPTION,
  buildOptions: (env) => circleOptions(env),
  outputPaths,
  aroundBuild: async (options, ctx, build) => {
    const before = await readEngineCache(ctx, options.builder);
    const result = await build(options);
    const after = await readEngineCache(ctx, options.builder);
    return {
      result,
      extra: describeLayerSource(result.report, before && after ? engineDelta(before, after) : undefined),
    };
  },
  writeBuildOutputs: async (result, ctx, layers) => {
    ctx.log.summary(`layers: ${layers.source}: ${layers.detail}`);
    await writeStepOutputs(ctx, {
      report: `${JSON.stringify(reportDocument(result, layers), null, 2)}\n`,
      summary: `${renderMarkdown(result)}\n\nLayers: **${layers.source}**: ${layers.detail}\n`,
      exports: bashEnvLines({ ...stepOutputs(result, layers) }),
    });
  },
  bake: {
    wanted: isBake,
    options: fromCircleBakeEnv,
    warnings: (env) => ignoredInBake(env).map((name) => ignoredInBakeWarning(name, 'compose_file')),
    writeOutputs: (result, ctx) =>
      writeStepOutputs(ctx, {
        report: `${JSON.stringify({ durationMs: result.durationMs, ...result.report }, null, 2)}\n`,
        summary: renderBakeMarkdown(result.report, result.durationMs),
        exports: bashEnvLines(bakeStepOutputs(result)),
      }),
  },
};

/** The report directory and $BASH_ENV, named by their variables (checked before the build). */
function outputPaths(env: Env): OutputPath[] {
  return [
    { setting: 'LAYERCACHE_REPORT_DIR', path: reportDir(env), kind: 'dir' },
    { setting: 'BASH_ENV', path: env.BASH_ENV?.trim() || undefined },
  ];
}

function reportDir(env: Env): string {
  return env.LAYERCACHE_REPORT_DIR?.trim() || DEFAULT_REPORT_DIR;
}

/** After the build: report.json, summary.md and the $BASH_ENV exports; one that cannot be written is a warning. */
async function writeStepOutputs(
  { env, cwd, log }: RunContext,
  out: { report: string; summary: string; exports: string },
): Promise<void> {
  const dir = path.resolve(cwd, reportDir(env));
  for (const [name, text] of [
    ['report.json', out.report],
    ['summary.md', out.summary],
  ] as const) {
    await writeTextFile('LAYERCACHE_REPORT_DIR', path.join(dir, name), text, log.warn);
  }
  const bashEnv = env.BASH_ENV?.trim();
  if (bashEnv) await writeTextFile('BASH_ENV', bashEnv, out.exports, log.warn, true);
}

/** The engine's build cache records; undefined when they cannot be read (the report then says "unknown"). */
async function readEngineCache(
  { env, cwd }: RunContext,
  builder: string | undefined,
): Promise<CacheRecord[] | undefined> {
  const args = ['buildx', 'du', '--verbose', ...(builder ? ['--builder', builder] : [])];
  try {
    const { stdout } = await run('docker', args, {
      env: env as NodeJS.ProcessEnv,
      cwd,
      timeout: 60_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    return parseDiskUsage(stdout);
  } catch {
    return undefined;
  }
}
