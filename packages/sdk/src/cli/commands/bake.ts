// `layercache bake [-f FILE]... [TARGET...] [flags]`: the build command's cache, key and output
// flags (parsed by the same parser), plus files and targets. Exit codes 0 ok, 1 a service or the
// engine failed, 2 bad input. With --report-json the report is written even when a service fails.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildFlags, mergeOptions, parseBuildArgs, type BuildCommand } from '../build-args.js';
import { reportFailure } from '../failure.js';
import { readConfigFile, reportOutputs, writeReports } from '../files.js';
import { checkOutputPaths } from '../../options/check-outputs.js';
import { cliLogger, type CliIo } from '../io.js';
import { shellQuote } from '../shell-quote.js';
import { ConfigError } from '../../errors.js';
import { BakeError, cachedBake, type BakeResult } from '../../bake/bake.js';
import { BAKE_HELP } from '../bake-help.js';
import { loadBakeProject } from '../../bake/load.js';
import { parseBakeOptions, PER_SERVICE_ISSUE, type BakeOptionsInput } from '../../bake/options.js';
import { planBake } from '../../bake/plan.js';
import { renderBakeMarkdown, renderBakeSummary } from '../../bake/report.js';
import { runProcess } from '../../exec/process.js';
import { engineTarget } from '../../engine/target.js';

// Build flags that describe one image: in a bake they live in each service's section.
const PER_SERVICE_FLAGS = ['target', 'tag', 'platform', 'build-arg', 'label', 'secret', 'network'] as const;

/** The build command's output and mode flags, with bake options. */
export interface BakeCommand extends Omit<BuildCommand, 'options'> {
  options: BakeOptionsInput;
}

/** argv -> bake command. Pure. -f is repeatable here; positionals are targets. */
export function parseBakeArgs(argv: string[]): BakeCommand {
  const files: string[] = [];
  const targets: string[] = [];
  const rest: string[] = [];
  let tokens;
  try {
    ({ tokens } = parseArgs({
      args: argv,
      options: { ...buildFlags, file: { type: 'string', short: 'f', multiple: true } },
      allowPositionals: true,
      strict: true,
      tokens: true,
    }));
  } catch (error) {
    throw new ConfigError([{ path: 'argv', message: (error as Error).message, hint: 'see layercache bake --help' }]);
  }
  const perService = new Set<string>();
  for (const t of tokens) {
    if (t.kind === 'positional') targets.push(t.value);
    else if (t.kind === 'option' && t.name === 'file') files.push(t.value!);
    else if (t.kind === 'option' && (PER_SERVICE_FLAGS as readonly string[]).includes(t.name)) perService.add(t.name);
    else if (t.kind === 'option') rest.push(`--${t.name}`, ...(t.value !== undefined ? [t.value] : []));
  }
  if (perService.size > 0) {
    throw new ConfigError([...perService].map((f) => ({ path: `--${f}`, ...PER_SERVICE_ISSUE })));
  }
  // The cache, key and output flags: one parser for build and bake.
  const build = parseBuildArgs(rest);
  return {
    ...build,
    options: {
      ...build.options,
      ...(files.length > 0 ? { files } : {}),
      ...(targets.length > 0 ? { targets } : {}),
    } as BakeOptionsInput,
  };
}

export async function runBakeCommand(argv: string[], io: CliIo): Promise<number> {
  try {
    return await bake(argv, io);
  } catch (error) {
    return reportFailure(error, io.stderr);
  }
}

async function bake(argv: string[], io: CliIo): Promise<number> {
  const command = parseBakeArgs(argv);
  if (command.help) {
    io.stdout.write(BAKE_HELP);
    return 0;
  }
  const fromFile = command.configFile ? await readConfigFile(path.resolve(io.cwd, command.configFile)) : {};
  const options = parseBakeOptions(mergeOptions(fromFile, command.options as never));

  if (command.dryRun) {
    const { env: childEnv } = engineTarget(io.env, options.dockerContext, 'cachedBake');
    const loaded = await loadBakeProject({
      files: options.files,
      targets: options.targets,
      cwd: io.cwd,
      env: io.env,
      childEnv,
      dockerPath: options.dockerPath,
      builder: options.builder,
      run: runProcess,
    });
    const plan = planBake(options, { project: loaded.project, files: loaded.files, cwd: io.cwd });
    if (command.json) {
      const services = plan.services.map((s) => ({
        service: s.service,
        target: s.target,
        slug: s.slug,
        backend: s.build.backend,
        reads: s.build.reads,
        writes: s.build.writes,
        cacheFrom: s.build.cacheFrom,
        cacheTo: s.build.cacheTo,
      }));
      io.stdout.write(
        `${JSON.stringify(
          {
            command: plan.command,
            args: plan.args,
            cwd: loaded.projectDir,
            keys: plan.keys,
            services,
            ignored: plan.ignored,
            env: plan.secretEnvNames,
            notes: plan.notes,
          },
          null,
          2,
        )}\n`,
      );
    } else {
      io.stdout.write(
        `(cd ${shellQuote(loaded.projectDir)} && ${[plan.command, ...plan.args].map(shellQuote).join(' ')})\n`,
      );
      for (const s of plan.services)
        io.stderr.write(
          `# ${s.service}: backend ${s.build.backend}; reads ${s.build.reads.join(', ') || 'nothing'}; writes ${
            s.build.writes ?? 'nothing'
          }\n`,
        );
      io.stderr.write(`# ${plan.keys.writeReason}\n`);
      for (const note of plan.notes) io.stderr.write(`# ${note}\n`);
    }
    return 0;
  }

  await checkOutputPaths(reportOutputs(command), io.cwd); // cachedBake checks the rest before it starts anything
  let result: BakeResult;
  try {
    result = await cachedBake(options, { env: io.env, cwd: io.cwd, logger: cliLogger(io, command.quiet) });
  } catch (error) {
    if (error instanceof BakeError) await summarize(command, io, error.result);
    throw error;
  }
  await summarize(command, io, result);
  return 0;
}

async function summarize(command: BakeCommand, io: CliIo, result: BakeResult): Promise<void> {
  io.stdout.write(`${renderBakeSummary(result.report, result.durationMs)}\n`);
  await writeReports(command, io, {
    json: `${JSON.stringify({ durationMs: result.durationMs, ...result.report }, null, 2)}\n`,
    markdown: renderBakeMarkdown(result.report, result.durationMs),
  });
}
