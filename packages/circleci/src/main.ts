// Entry point of `layercache-circleci` (the orb's build step runs it): env -> options -> the SDK's
// adapter runner, then the report, $BASH_ENV exports and where the layers came from.
import path from 'node:path';
import { renderBakeMarkdown, renderMarkdown } from '@layercache/sdk';
import { bakeReportJson, ignoredInBakeWarning, runAdapter, streamLog } from '@layercache/sdk/adapter';
import { withEngineDelta, writeOutputFiles } from '@layercache/sdk/adapter';
import type { AdapterIo, CiAdapter, Env, RunContext } from '@layercache/sdk/adapter';
import { circleOptions, ENV_FOR_OPTION, fromCircleBakeEnv, ignoredInBake, isBake } from './env.js';
import { bakeStepOutputs, bashEnvLines, describeLayerSource, reportDocument, stepOutputs } from './outputs.js';
import type { LayerSource } from './outputs.js';

export function main(io: AdapterIo): Promise<number> {
  return runAdapter(circleciAdapter, { env: io.env, cwd: io.cwd, log: streamLog(io) });
}

/** CircleCI's platform facts for the SDK's runner; `extra` is where the cached layers came from. */
export const circleciAdapter: CiAdapter<LayerSource> = {
  names: ENV_FOR_OPTION,
  buildOptions: (env) => circleOptions(env),
  // The report directory and $BASH_ENV, named by their variables (checked before the build).
  outputPaths: (env) => [
    { setting: 'LAYERCACHE_REPORT_DIR', path: reportDir(env), kind: 'dir' },
    { setting: 'BASH_ENV', path: env.BASH_ENV?.trim() || undefined },
  ],
  aroundBuild: async (options, ctx, build) => {
    // The engine's build cache before and after tells kept layers from imported ones; unreadable: "unknown".
    const { result, delta } = await withEngineDelta(ctx, options.builder, () => build(options));
    return { result, extra: describeLayerSource(result.report, delta) };
  },
  writeBuildOutputs: async (result, ctx, layers) => {
    ctx.log.summary(`layers: ${layers.source}: ${layers.detail}`);
    await writeStepOutputs(ctx, {
      report: `${JSON.stringify(reportDocument(result, layers), null, 2)}\n`,
      summary: `${renderMarkdown(result)}\n\nLayers: **${layers.source}**: ${layers.detail}\n`,
      exports: bashEnvLines(stepOutputs(result, layers)),
    });
  },
  bake: {
    wanted: isBake,
    options: fromCircleBakeEnv,
    warnings: (env) => ignoredInBake(env).map((name) => ignoredInBakeWarning(name, 'compose_file')),
    writeOutputs: (result, ctx) =>
      writeStepOutputs(ctx, {
        report: bakeReportJson(result),
        summary: renderBakeMarkdown(result.report, result.durationMs),
        exports: bashEnvLines(bakeStepOutputs(result)),
      }),
  },
};

/** LAYERCACHE_REPORT_DIR, /tmp/layercache by default. */
function reportDir(env: Env): string {
  return env.LAYERCACHE_REPORT_DIR?.trim() || '/tmp/layercache';
}

/** After the build: report.json, summary.md and the $BASH_ENV exports; one that cannot be written is a warning. */
async function writeStepOutputs({ env, cwd, log }: RunContext, out: Record<'report' | 'summary' | 'exports', string>) {
  const dir = reportDir(env);
  await writeOutputFiles([
    { setting: 'LAYERCACHE_REPORT_DIR', path: path.join(dir, 'report.json'), text: out.report },
    { setting: 'LAYERCACHE_REPORT_DIR', path: path.join(dir, 'summary.md'), text: out.summary },
    { setting: 'BASH_ENV', path: env.BASH_ENV?.trim(), text: out.exports, append: true },
  ], cwd, log.warn);
}
