// Entry point of `layercache-gitlab`: GitLab env -> options -> the SDK's adapter runner -> GitLab
// outputs. It is handed the env and streams, so tests (and the bin) pass them in and nothing reads
// globals. Exit codes: 0 ok, 1 build failed, 2 bad input.
import {
  ignoredInBakeWarning,
  reportFailure,
  runAdapter,
  type AdapterIo,
  type AdapterLog,
  type CiAdapter,
  type Env,
  runLintCommand,
  type OutputPath,
} from '@layercache/sdk/adapter';
import { fromGitLabBakeEnv, ignoredInBake, isBake } from './bake-env.js';
import { bakeReportFiles } from './bake-outputs.js';
import { fromGitLabEnv } from './env.js';
import {
  DEFAULT_REPORT_PATHS,
  REPORT_SETTINGS,
  sectionEnd,
  sectionStart,
  writeReportFiles,
  writeReports,
  type ReportPaths,
} from './outputs.js';
import { runPrune } from './prune.js';
import { OPTION_SOURCES } from './env.js';

export interface GitLabIo extends AdapterIo {
  now?: () => Date;
}

const USAGE = `Usage: layercache-gitlab [build]         build with the layer cache (settings from GitLab CI variables);
                                         with LAYERCACHE_COMPOSE_FILE set, bake every service of that file
       layercache-gitlab lint [ARGS...]  run "layercache lint ARGS..." (e.g. --format gitlab for Code Quality)
       layercache-gitlab prune [ARGS...] run "layercache prune ARGS..." with the job's registry login and cache ref
`;

export async function runGitLab(argv: string[], io: GitLabIo): Promise<number> {
  const [command = 'build', ...rest] = argv;
  if (command === 'lint') return runLintCommand(rest, io);
  if (command === 'prune')
    return runPrune(rest, io).catch((error: unknown) =>
      reportFailure(error, { error: (l) => io.stderr.write(`error: ${l}\n`) }),
    );
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
  buildOptions: (env) => fromGitLabEnv(env),
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
  writeBuildOutputs: async (result, { env, cwd, log }) => {
    for (const file of await writeReports(result, reportPaths(env), cwd, log.warn))
      log.info(`layercache: wrote ${file}`);
  },
  bake: {
    wanted: isBake,
    options: fromGitLabBakeEnv,
    warnings: (env) => ignoredInBake(env).map((name) => ignoredInBakeWarning(name, 'compose_file')),
    notes: (_env, o) => [
      `layercache: bake ${o.files!.join(' ')}, backend ${o.cache?.backend ?? 'registry'}, cache ref ${
        o.cache?.ref ?? '(none)'
      } (one repository per service under it)`,
    ],
    writeOutputs: async (result, { env, cwd, log }, succeeded) => {
      for (const file of await writeReportFiles(bakeReportFiles(result, reportPaths(env), succeeded), cwd, log.warn))
        log.info(`layercache: wrote ${file}`);
    },
  },
};

const SECTIONS = {
  setup: ['layercache_setup', 'layercache: GitLab settings', true],
  build: ['layercache_build', 'layercache: docker buildx build', false],
  bake: ['layercache_bake', 'layercache: docker buildx bake', false],
  report: ['layercache_report', 'layercache: cache report', false],
} as const;

/** The job log: everything on stdout in collapsible sections, errors on stderr. */
function gitlabLog(io: GitLabIo): AdapterLog {
  const now = io.now ?? (() => new Date());
  const line = (s: string) => io.stdout.write(`${s}\n`);
  let open: string | undefined;
  const close = () => {
    if (open) line(sectionEnd(open, now()));
    open = undefined;
  };
  return {
    info: line,
    warn: (s) => line(`warning: ${s}`),
    error: (s) => io.stderr.write(`error: ${s}\n`),
    summary: line,
    section: (name) => {
      close();
      const [id, header, collapsed] = SECTIONS[name];
      open = id;
      line(sectionStart(id, header, now(), collapsed));
    },
    close,
  };
}

/** The report paths in use, named by their variables (checked before the build). */
function reportOutputs(env: Env): OutputPath[] {
  const paths = reportPaths(env);
  return (Object.keys(REPORT_SETTINGS) as Array<keyof ReportPaths>).map((k) => ({
    setting: REPORT_SETTINGS[k],
    path: paths[k],
  }));
}

/** Report files: the template's artifact paths, overridable (an empty value turns one off). */
export function reportPaths(env: Env): ReportPaths {
  const pick = (name: string, fallback: string) =>
    env[name] === undefined ? fallback : env[name]!.trim() || undefined;
  return {
    dotenv: pick('LAYERCACHE_DOTENV_FILE', DEFAULT_REPORT_PATHS.dotenv),
    metrics: pick('LAYERCACHE_METRICS_FILE', DEFAULT_REPORT_PATHS.metrics),
    json: pick('LAYERCACHE_REPORT_JSON', DEFAULT_REPORT_PATHS.json),
  };
}
