// Entry point of `layercache-gitlab`: GitLab env -> validated options -> cachedBuild -> GitLab
// outputs. All I/O of the adapter lives here; it is handed the env and streams, so tests (and
// the bin) pass them in and nothing reads globals. Exit codes: 0 ok, 1 build failed, 2 bad input.
import { BakeError, cachedBake, cachedBuild, checkAll, checkBuildInputs, checkOutputPaths, ConfigError, LayercacheError, renderSummary, type BakeResult, type BuildResult, type OutputPath } from '@layercache/sdk';
import { parseGitLabEnv, renameIssue } from './validate.js';
import { fromGitLabEnv } from './env.js';
import { fromGitLabBakeEnv, ignoredInBake, isBake } from './bake-env.js';
import { bakeReportFiles, bakeSummaryLines } from './bake-outputs.js';
import { DEFAULT_REPORT_PATHS, REPORT_SETTINGS, sectionEnd, sectionStart, writeReportFiles, writeReports, type ReportPaths } from './outputs.js';
import { runLint } from './lint.js';
import { runPrune } from './prune.js';

export interface GitLabIo {
  env: Record<string, string | undefined>;
  cwd: string;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  now?: () => Date;
}

const USAGE = `Usage: layercache-gitlab [build]         build with the layer cache (settings from GitLab CI variables);
                                         with LAYERCACHE_COMPOSE_FILE set, bake every service of that file
       layercache-gitlab lint [ARGS...]  run "layercache lint ARGS..." (e.g. --format gitlab for Code Quality)
       layercache-gitlab prune [ARGS...] run "layercache prune ARGS..." with the job's registry login and cache ref
`;

export async function runGitLab(argv: string[], io: GitLabIo): Promise<number> {
  const [command = 'build', ...rest] = argv;
  if (command === 'lint') return runLint(rest, io);
  if (command === 'prune') return runPruneSafely(rest, io);
  if (command === '--help' || command === '-h') {
    io.stdout.write(USAGE);
    return 0;
  }
  if (command !== 'build' || rest.length > 0) {
    io.stderr.write(`error: unexpected arguments "${argv.join(' ')}"\n${USAGE}`);
    return 2;
  }
  return build(io);
}

async function build(io: GitLabIo): Promise<number> {
  const now = io.now ?? (() => new Date());
  const line = (s: string) => io.stdout.write(`${s}\n`);
  let open: string | undefined;
  const section = (name: string, header: string, collapsed = false) => {
    if (open) line(sectionEnd(open, now()));
    open = name;
    line(sectionStart(name, header, now(), collapsed));
  };
  try {
    section('layercache_setup', 'layercache: GitLab settings', true);
    if (isBake(io.env)) return await bake(io, line, section);
    const options = parseGitLabEnv(io.env);
    // Everything the build would reject, and the report paths, before anything starts (exit 2).
    await renamed(() => checkAll([() => checkBuildInputs(options, { env: io.env, cwd: io.cwd }), () => checkOutputPaths(reportOutputs(io.env), io.cwd)]));
    const k = options.cache.keys;
    line(`layercache: backend ${options.cache.backend}, cache ref ${options.cache.ref ?? '(none)'}`);
    line(`layercache: ${k.prId ? `merge request !${k.prId} ${k.prSourceBranch} -> ${k.prTargetBranch}${k.fork ? ' (fork)' : ''}` : k.tag ? `tag ${k.tag}` : `branch ${k.branch}`}, default branch ${k.defaultBranch}`);

    section('layercache_build', 'layercache: docker buildx build');
    const warn = (s: string) => line(`warning: ${s}`);
    const result: BuildResult = await renamed(() => cachedBuild(fromGitLabEnv(io.env), { env: io.env, cwd: io.cwd, logger: { info: line, warn } }));

    section('layercache_report', 'layercache: cache report');
    line(renderSummary(result));
    for (const file of await writeReports(result, reportPaths(io.env), io.cwd, warn)) line(`layercache: wrote ${file}`);
    return 0;
  } catch (error) {
    if (open) line(sectionEnd(open, now()));
    open = undefined;
    if (error instanceof LayercacheError) {
      io.stderr.write(`error: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(`error: [layercache] unexpected failure: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  } finally {
    if (open) line(sectionEnd(open, now()));
  }
}

type Section = (name: string, header: string, collapsed?: boolean) => void;

/** compose_file set: every service of the file in one `docker buildx bake`, reports from the totals. */
async function bake(io: GitLabIo, line: (s: string) => void, section: Section): Promise<number> {
  const options = fromGitLabBakeEnv(io.env);
  await renamed(() => checkOutputPaths(reportOutputs(io.env), io.cwd));
  for (const name of ignoredInBake(io.env)) line(`warning: ${name} has no effect with compose_file: set it in each service's build section of the file`);
  line(`layercache: bake ${options.files!.join(' ')}, backend ${options.cache?.backend ?? 'registry'}, cache ref ${options.cache?.ref ?? '(none)'} (one repository per service under it)`);

  section('layercache_bake', 'layercache: docker buildx bake');
  let result: BakeResult;
  let failure: BakeError | undefined;
  try {
    result = await cachedBake(options, { env: io.env, cwd: io.cwd, logger: { info: line, warn: (s) => line(`warning: ${s}`) } });
  } catch (error) {
    // The SDK validates the options first: name the GitLab variable, not the option path.
    if (error instanceof ConfigError) throw new ConfigError(error.issues.map(renameIssue));
    if (!(error instanceof BakeError)) throw error;
    failure = error;
    result = error.result;
  }

  section('layercache_report', 'layercache: cache report');
  for (const l of bakeSummaryLines(result)) line(l);
  for (const file of await writeReportFiles(bakeReportFiles(result, reportPaths(io.env), failure === undefined), io.cwd, (s) => line(`warning: ${s}`))) line(`layercache: wrote ${file}`);
  if (failure) throw failure;
  return 0;
}

/** The SDK names a bad option by its path; the user sets a GitLab variable: rename before it is shown. */
async function renamed<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError(error.issues.map(renameIssue));
    throw error;
  }
}

/** The report paths in use, named by their variables (checked before the build). */
function reportOutputs(env: Record<string, string | undefined>): OutputPath[] {
  const paths = reportPaths(env);
  return (Object.keys(REPORT_SETTINGS) as Array<keyof ReportPaths>).map((k) => ({ setting: REPORT_SETTINGS[k], path: paths[k] }));
}

/** Report files: the template's artifact paths, overridable (an empty value turns one off). */
export function reportPaths(env: Record<string, string | undefined>): ReportPaths {
  const pick = (name: string, fallback: string) => (env[name] === undefined ? fallback : env[name]!.trim() || undefined);
  return {
    dotenv: pick('LAYERCACHE_DOTENV_FILE', DEFAULT_REPORT_PATHS.dotenv),
    metrics: pick('LAYERCACHE_METRICS_FILE', DEFAULT_REPORT_PATHS.metrics),
    json: pick('LAYERCACHE_REPORT_JSON', DEFAULT_REPORT_PATHS.json),
  };
}

/** Prune's errors get the CLI's exit codes (2: bad input, 1: a removal failed). */
async function runPruneSafely(args: string[], io: GitLabIo): Promise<number> {
  try {
    return await runPrune(args, io);
  } catch (error) {
    io.stderr.write(`error: ${(error as Error).message}\n`);
    return error instanceof LayercacheError ? error.exitCode : 1;
  }
}
