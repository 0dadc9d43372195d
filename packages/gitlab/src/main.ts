// Entry point of `layercache-gitlab`: GitLab env -> options -> the SDK's adapter runner -> GitLab
// outputs. It is handed the env and streams, so tests (and the bin) pass them in and nothing reads
// globals. Exit codes: 0 ok, 1 build failed, 2 bad input.
import { ignoredInBakeWarning, reportFailure, runAdapter, runLintCommand } from '@layercache/sdk/adapter';
import { runPruneCommand, streamLog, writeOutputFiles, type AdapterIo, type AdapterLog } from '@layercache/sdk/adapter';
import type { CiAdapter, OutputFile, RunContext } from '@layercache/sdk/adapter';
import { fromGitLabBakeEnv, ignoredInBake, isBake } from './bake-env.js';
import { fromGitLabEnv, OPTION_SOURCES, pruneBase } from './env.js';
import { bakeReportFiles, buildReportFiles, reportOutputs, reportPaths, sectionEnd, sectionStart } from './outputs.js';

const USAGE = `Usage: layercache-gitlab [build]         build with the layer cache (settings from GitLab CI variables);
                                         with LAYERCACHE_COMPOSE_FILE set, bake every service of that file
       layercache-gitlab lint [ARGS...]  run "layercache lint ARGS..." (e.g. --format gitlab for Code Quality)
       layercache-gitlab prune [ARGS...] run "layercache prune ARGS..." with the job's registry login and cache ref
`;

export async function runGitLab(argv: string[], io: AdapterIo): Promise<number> {
  const [command = 'build', ...rest] = argv;
  if (command === 'lint') return runLintCommand(rest, io);
  if (command === 'prune') {
    // pruneBase throws a ConfigError on bad GitLab variables: inside the async step, so it is an exit 2.
    const prune = async () => runPruneCommand(rest, io, pruneBase(io.env));
    return prune().catch((error: unknown) => reportFailure(error, streamLog(io)));
  }
  if (command === '--help' || command === '-h') {
    io.stdout.write(USAGE);
    return 0;
  }
  if (command !== 'build' || rest.length > 0) {
    io.stderr.write(`error: unexpected arguments "${argv.join(' ')}"\n${USAGE}`);
    return 2;
  }
  return runAdapter(gitlabAdapter, { env: io.env, cwd: io.cwd, log: gitlabLog(io) });
}

/** GitLab's platform facts for the SDK's runner. */
export const gitlabAdapter: CiAdapter = {
  names: OPTION_SOURCES,
  buildOptions: fromGitLabEnv,
  outputPaths: reportOutputs,
  notes: (_env, { cache }) => {
    const k = cache.keys;
    const what = k.prId
      ? `merge request !${k.prId} ${k.prSourceBranch} -> ${k.prTargetBranch}${k.fork ? ' (fork)' : ''}`
      : k.tag
      ? `tag ${k.tag}`
      : `branch ${k.branch}`;
    return [
      `layercache: backend ${cache.backend}, cache ref ${cache.ref ?? '(none)'}`,
      `layercache: ${what}, default branch ${k.defaultBranch}`,
    ];
  },
  writeBuildOutputs: (result, ctx) => writeReports(buildReportFiles(result, reportPaths(ctx.env)), ctx),
  bake: {
    wanted: isBake,
    options: fromGitLabBakeEnv,
    warnings: (env) => ignoredInBake(env).map((name) => ignoredInBakeWarning(name, 'compose_file')),
    notes: (_env, { files, cache }) => {
      const where = `backend ${cache?.backend ?? 'registry'}, cache ref ${cache?.ref ?? '(none)'}`;
      return [`layercache: bake ${files!.join(' ')}, ${where} (one repository per service under it)`];
    },
    writeOutputs: (result, ctx, succeeded) =>
      writeReports(bakeReportFiles(result, reportPaths(ctx.env), succeeded), ctx),
  },
};

/** Writes the report files; one that cannot be written is a warning. */
async function writeReports(files: OutputFile[], { cwd, log }: RunContext): Promise<void> {
  for (const file of await writeOutputFiles(files, cwd, log.warn)) log.info(`layercache: wrote ${file}`);
}

/** Each log section's header; the settings start collapsed. */
const SECTION_HEADERS = {
  setup: 'layercache: GitLab settings',
  build: 'layercache: docker buildx build',
  bake: 'layercache: docker buildx bake',
  report: 'layercache: cache report',
} as const;

/** The job log: everything on stdout in collapsible sections, errors on stderr. */
function gitlabLog(io: AdapterIo): AdapterLog {
  const line = (s: string) => io.stdout.write(`${s}\n`);
  let open: string | undefined;
  const close = () => {
    if (open) line(sectionEnd(open, new Date()));
    open = undefined;
  };
  return {
    error: (s) => io.stderr.write(`error: ${s}\n`),
    info: line,
    warn: (s) => line(`warning: ${s}`),
    summary: line,
    section: (name) => {
      close();
      open = `layercache_${name}`;
      line(sectionStart(open, SECTION_HEADERS[name], new Date(), name === 'setup'));
    },
    close,
  };
}
