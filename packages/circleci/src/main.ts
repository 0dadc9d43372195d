// Entry point of `layercache-circleci` (the orb's build step runs it): env -> options -> build,
// then the report, $BASH_ENV exports and where the layers came from. The only file with I/O.
import { execFile } from 'node:child_process';
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { BakeError, cachedBake, cachedBuild, checkAll, checkBuildInputs, checkOutputPaths, ConfigError, LayercacheError, renderMarkdown, renderSummary, writeOutput, type BakeResult, type OutputPath } from '@layercache/sdk';
import { fromCircleBakeEnv, ignoredInBake, isBake } from './bake-env.js';
import { engineDelta, parseDiskUsage, type CacheRecord } from './engine-state.js';
import { envNameFor, fromCircleEnv, type Env } from './env.js';
import { describeLayerSource } from './layer-source.js';
import { bakeStepOutputs, bakeSummaryMarkdown, bashEnvLines, reportDocument, stepOutputs } from './outputs.js';

const run = promisify(execFile);

export interface MainIo {
  env: Env;
  cwd: string;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

export const DEFAULT_REPORT_DIR = '/tmp/layercache';

export async function main(io: MainIo): Promise<number> {
  try {
    if (isBake(io.env)) return await bake(io);
    const options = fromCircleEnv(io.env);
    // Everything the build would reject, and the output paths, before any docker process starts (exit 2).
    await renamed(() => checkAll([() => checkBuildInputs(options, { env: io.env, cwd: io.cwd }), () => checkOutputPaths(outputPaths(io.env), io.cwd)]));
    const before = await readEngineCache(io, options.builder);
    const logger = { info: (line: string) => io.stderr.write(`${line}\n`), warn: (line: string) => io.stderr.write(`warning: ${line}\n`) };
    const result = await renamed(() => cachedBuild(options, { env: io.env, cwd: io.cwd, logger }));
    const after = await readEngineCache(io, options.builder);
    const layers = describeLayerSource(result.report, before && after ? engineDelta(before, after) : undefined);

    io.stdout.write(`${renderSummary(result)}\nlayers: ${layers.source}: ${layers.detail}\n`);
    await writeStepOutputs(io, {
      report: `${JSON.stringify(reportDocument(result, layers), null, 2)}\n`,
      summary: `${renderMarkdown(result)}\n\nLayers: **${layers.source}**: ${layers.detail}\n`,
      exports: bashEnvLines({ ...stepOutputs(result, layers) }),
    });
    return 0;
  } catch (error) {
    if (error instanceof LayercacheError) {
      io.stderr.write(`error: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(`error: [layercache] unexpected failure: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

/** compose_file set: every service in one bake. report.json is the SDK's bake report; exports carry the totals. */
async function bake(io: MainIo): Promise<number> {
  const options = fromCircleBakeEnv(io.env);
  await renamed(() => checkOutputPaths(outputPaths(io.env), io.cwd));
  const logger = { info: (line: string) => io.stderr.write(`${line}\n`), warn: (line: string) => io.stderr.write(`warning: ${line}\n`) };
  for (const name of ignoredInBake(io.env)) logger.warn(`${name} has no effect with compose_file: set it in each service's build section of the file`);
  let result: BakeResult;
  let failure: BakeError | undefined;
  try {
    result = await cachedBake(options, { env: io.env, cwd: io.cwd, logger });
  } catch (error) {
    if (!(error instanceof BakeError)) throw error;
    failure = error;
    result = error.result;
  }
  const r = result.report;
  io.stdout.write(`layercache bake: ${r.cachedSteps}/${r.totalSteps} steps cached in ${(result.durationMs / 1000).toFixed(1)}s\n`);
  for (const s of r.services) io.stdout.write(`  ${s.service}: ${s.status}, ${s.report.cachedSteps}/${s.report.totalSteps} cached, read ${s.report.reads.join(' -> ') || '(nothing)'}, wrote ${s.report.writes ?? '(nothing)'}\n`);
  await writeStepOutputs(io, { report: `${JSON.stringify({ durationMs: result.durationMs, ...r }, null, 2)}\n`, summary: bakeSummaryMarkdown(result), exports: bashEnvLines(bakeStepOutputs(result)) });
  if (failure) throw failure;
  return 0;
}

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
async function writeStepOutputs(io: MainIo, out: { report: string; summary: string; exports: string }): Promise<void> {
  const warn = (line: string) => io.stderr.write(`warning: ${line}\n`);
  const dir = path.resolve(io.cwd, reportDir(io.env));
  for (const [name, text] of [['report.json', out.report], ['summary.md', out.summary]] as const) {
    const file = path.join(dir, name);
    await writeOutput('LAYERCACHE_REPORT_DIR', file, async () => {
      await mkdir(dir, { recursive: true });
      await writeFile(file, text);
    }, warn);
  }
  const bashEnv = io.env.BASH_ENV?.trim();
  if (bashEnv) await writeOutput('BASH_ENV', bashEnv, () => appendFile(bashEnv, out.exports), warn);
}

/** The SDK names a bad option by its path; the job sets a variable: rename before it is shown. */
async function renamed<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new ConfigError(error.issues.map((issue) => {
      const name = envNameFor(issue.path);
      return name === undefined ? issue : { ...issue, path: name, message: `${issue.message} (option ${issue.path})` };
    }));
  }
}

/** The engine's build cache records; undefined when they cannot be read (the report then says "unknown"). */
async function readEngineCache(io: MainIo, builder: string | undefined): Promise<CacheRecord[] | undefined> {
  const args = ['buildx', 'du', '--verbose', ...(builder ? ['--builder', builder] : [])];
  try {
    const { stdout } = await run('docker', args, { env: io.env as NodeJS.ProcessEnv, cwd: io.cwd, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
    return parseDiskUsage(stdout);
  } catch {
    return undefined;
  }
}
