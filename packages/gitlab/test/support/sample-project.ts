// A sample GitLab project for the end-to-end test: examples/app plus a .gitlab-ci.yml that
// includes the component template (templates/build.yml at this repository's root, the component
// project's layout) with inputs, in its own git repository, run by gitlab-ci-local (shell
// executor = this machine, so the adapter runs from the built bin).
import { execFile } from 'node:child_process';
import http from 'node:http';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { stringify } from 'yaml';
import { copyFixture } from '../../../../test-support/engine.js';

const run = promisify(execFile);
export const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const repoRoot = path.resolve(packageDir, '../..');
/** The component, where GitLab's catalog layout wants it: templates/<name>.yml at the project root. */
export const componentTemplate = path.join(repoRoot, 'templates/build.yml');
const gitlabCiLocal = path.join(repoRoot, 'node_modules/.bin/gitlab-ci-local');

export const REPORT_FILES = [
  'layercache.env',
  'layercache-metrics.txt',
  'layercache-report.json',
  'gl-code-quality-report.json',
];

/** The project's files: examples/app unless a fixture directory is given (e.g. a Compose project). */
export async function createSampleProject(
  inputs: Record<string, string | boolean>,
  extraFiles: Record<string, string> = {},
  fixture = path.join(repoRoot, 'examples/app'),
  include?: Record<string, unknown>
): Promise<string> {
  const dir = await copyFixture(fixture);
  for (const [file, content] of Object.entries(extraFiles)) await writeFile(path.join(dir, file), content);
  await mkdir(path.join(dir, '.gitlab'), { recursive: true });
  await copyFile(componentTemplate, path.join(dir, '.gitlab/layercache.yml'));
  await writeFile(
    path.join(dir, '.gitlab-ci.yml'),
    stringify({ include: [{ ...(include ?? { local: '.gitlab/layercache.yml' }), inputs }] })
  );
  await writeFile(path.join(dir, '.gitignore'), ['.gitlab-ci-local/', ...REPORT_FILES].join('\n') + '\n');
  await git(dir, ['init', '-q', '-b', 'main']);
  await git(dir, ['remote', 'add', 'origin', 'https://gitlab.example.com/group/app.git']);
  await commitAll(dir, 'initial');
  // gitlab-ci-local derives CI_DEFAULT_BRANCH from origin/HEAD, as GitLab knows the project's default.
  await git(dir, ['update-ref', 'refs/remotes/origin/main', 'HEAD']);
  await git(dir, ['remote', 'set-head', 'origin', 'main']);
  return dir;
}

export async function git(dir: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], { cwd: dir });
  return stdout;
}

export async function commitAll(dir: string, message: string): Promise<void> {
  await git(dir, ['add', '-A']);
  await git(dir, ['commit', '-q', '-m', message]);
}

export interface PipelineRun {
  exitCode: number;
  log: string;
  dotenv: Record<string, string>;
  report:
    | {
        keys: { event: string; write: string | null; writeReason: string };
        report: {
          reads: string[];
          writes?: string;
          cachedSteps: number;
          totalSteps: number;
          exportStatus: string;
          imports: Array<{ ref: string; status: string }>;
        };
        imageDigest: string | null;
      }
    | undefined;
  metrics: string;
}

/**
 * Runs the pipeline with gitlab-ci-local. Variables stand in for what GitLab would set for the
 * pipeline type; the host's CI/LAYERCACHE_* variables are dropped so an outer CI cannot leak in.
 * hostEnv: the environment gitlab-ci-local (and so a shell job) starts from.
 */
export async function runPipeline(
  dir: string,
  variables: Record<string, string>,
  unset: string[] = [],
  hostEnv: NodeJS.ProcessEnv = process.env
): Promise<PipelineRun> {
  for (const f of REPORT_FILES) await rm(path.join(dir, f), { force: true });
  const env = Object.fromEntries(
    Object.entries(hostEnv).filter(([k]) => !/^(CI_|GITLAB_|LAYERCACHE_(?!TEST_|ENGINE_))/.test(k) && k !== 'CI')
  );
  const args = [
    '--no-color',
    '--json-schema-validation',
    ...Object.entries(variables).flatMap(([k, v]) => ['--variable', `${k}=${v}`]),
    ...unset.flatMap((k) => ['--unset-variable', k]),
  ];
  const result = await run(gitlabCiLocal, args, { cwd: dir, env, maxBuffer: 64 * 1024 * 1024 }).then(
    ({ stdout, stderr }) => ({ exitCode: 0, log: stdout + stderr }),
    (err: { code?: number; stdout?: string; stderr?: string }) => ({
      exitCode: typeof err.code === 'number' ? err.code : 1,
      log: `${err.stdout ?? ''}${err.stderr ?? ''}`,
    })
  );
  const read = (f: string) => readFile(path.join(dir, f), 'utf8').catch(() => '');
  const dotenvText = await read('layercache.env');
  const reportText = await read('layercache-report.json');
  return {
    ...result,
    dotenv: Object.fromEntries(
      dotenvText
        .split('\n')
        .filter(Boolean)
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])
    ),
    report: reportText ? JSON.parse(reportText) : undefined,
    metrics: await read('layercache-metrics.txt'),
  };
}

/**
 * Digest of a tag in the (auth-less) test registry, via the registry HTTP API. node:http, not
 * fetch: fetch refuses some ports (5060/5061 are on its "bad ports" list).
 */
export function manifestDigest(registry: string, repository: string, tag: string): Promise<string | undefined> {
  const accept = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.docker.distribution.manifest.v2+json',
  ].join(', ');
  return new Promise((resolve, reject) => {
    const req = http.request(
      `http://${registry}/v2/${repository}/manifests/${tag}`,
      { method: 'HEAD', headers: { accept } },
      (res) => {
        res.resume();
        const digest = res.headers['docker-content-digest'];
        resolve(res.statusCode === 200 && typeof digest === 'string' ? digest : undefined);
      }
    );
    req.on('error', reject);
    req.end();
  });
}

/** Builds the adapter so the pipeline runs the current source through bin/layercache-gitlab.js. */
export async function buildAdapter(): Promise<void> {
  await run('pnpm', ['-C', packageDir, 'build'], { cwd: repoRoot });
}
