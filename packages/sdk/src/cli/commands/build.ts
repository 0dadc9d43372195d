// `layercache build`: flags -> options -> dry-run plan, or cachedBuild with progress and reports.
import path from 'node:path';
import { describeEndpoint } from '../../engine/endpoint.js';
import { engineTarget } from '../../engine/target.js';
import { checkFiles } from '../../options/check-files.js';
import { checkBuildInputs } from '../../options/check-inputs.js';
import { checkAll, checkOutputPaths } from '../../options/check-outputs.js';
import { parseOptions } from '../../options/parse.js';
import type { BuildRuntime } from '../../pipeline/runtime.js';
import { planBuild } from '../../plan/build-plan.js';
import { renderMarkdown, renderSummary } from '../../report/render.js';
import { BUILD_HELP } from '../help.js';
import { mergeOptions, parseBuildArgs } from '../build-args.js';
import { readConfigFile, reportOutputs, writeReports } from '../files.js';
import { cliLogger, type CliIo } from '../io.js';
import { shellQuote } from '../shell-quote.js';

/** `runtime`: seams for cachedBuild beyond the io (the engine's early GET /info answer). */
export async function buildCommand(
  argv: string[],
  io: CliIo,
  runtime: Pick<BuildRuntime, 'daemonInfo'> = {},
): Promise<number> {
  const command = parseBuildArgs(argv);
  if (command.help) {
    io.stdout.write(BUILD_HELP);
    return 0;
  }
  const fromFile = command.configFile ? await readConfigFile(path.resolve(io.cwd, command.configFile)) : {};
  const options = parseOptions(mergeOptions(fromFile, command.options));
  // A build's own code loads while the checks wait on the file system; a dry run never needs it.
  const loading = command.dryRun ? undefined : import('../../build.js');
  loading?.catch(() => undefined); // awaited below, unless the checks throw first
  if (!command.dryRun) {
    // Everything a build would reject, and the report paths, before it starts: one error, exit 2.
    await checkAll([
      () => checkBuildInputs(options, { env: io.env, cwd: io.cwd }),
      () => checkOutputPaths(reportOutputs(command), io.cwd),
    ]);
  } else {
    await checkFiles(options, io.cwd);
    const { endpoint } = engineTarget(io.env, options.dockerContext, 'cachedBuild');
    const plan = planBuild(options);
    if (command.json) {
      io.stdout.write(
        `${JSON.stringify(
          {
            command: plan.command,
            args: plan.args,
            backend: plan.backend,
            keys: plan.keys,
            reads: plan.reads,
            writes: plan.writes,
            cacheFrom: plan.cacheFrom,
            cacheTo: plan.cacheTo,
            env: plan.secretEnvNames,
            notes: plan.notes,
          },
          null,
          2,
        )}\n`,
      );
    } else {
      io.stdout.write(`${[plan.command, ...plan.args].map(shellQuote).join(' ')}\n`);
      io.stderr.write(
        `# backend ${plan.backend}; reads ${plan.reads.join(', ') || 'nothing'}; writes ${plan.writes ?? 'nothing'} (${
          plan.keys.writeReason
        })\n`,
      );
      for (const note of plan.notes) io.stderr.write(`# ${note}\n`);
      if (endpoint)
        io.stderr.write(
          `# engine: ${describeEndpoint(endpoint)}${
            Object.keys(endpoint.childEnv).length > 0
              ? ` (docker and buildx get ${Object.keys(endpoint.childEnv).join(', ')} from layercache)`
              : ''
          }\n`,
        );
    }
    return 0;
  }

  const { cachedBuild } = await loading!;
  const logger = cliLogger(io, command.quiet);
  const result = await cachedBuild(options, { ...runtime, env: io.env, cwd: io.cwd, logger });
  io.stdout.write(`${renderSummary(result)}\n`);
  // The build is done (and pushed): a report that cannot be written is a warning, never a failed job.
  const json = `${JSON.stringify(
    { imageDigest: result.imageDigest, tags: result.tags, durationMs: result.durationMs, ...result.report },
    null,
    2,
  )}\n`;
  await writeReports(command, io, { json, markdown: renderMarkdown(result) });
  return 0;
}
