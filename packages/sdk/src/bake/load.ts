// The I/O half of reading a project: find the file, read a Compose file (and the project's .env)
// for parseCompose, or ask `docker buildx bake --print` for HCL/JSON bake files and several files
// merged; then check each service's context and Dockerfile exist, naming the service when not.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, type ConfigIssue } from '../errors.js';
import { unrunnableDockerIsBadInput } from '../options/check-engine.js';
import type { ProcessRunner } from '../exec/process.js';
import { tailLines } from '../exec/process.js';
import { parseBakePrint } from './bake-print.js';
import { parseCompose } from './compose.js';
import type { Env } from './interpolate.js';
import { isRemoteContext, type BakeProject, type BakeService } from './project.js';

/** bake's own lookup order (docs: "Bake file definition"), first found wins here. */
export const DEFAULT_FILES = [
  'compose.yaml',
  'compose.yml',
  'docker-compose.yml',
  'docker-compose.yaml',
  'docker-bake.json',
  'docker-bake.hcl',
];

export interface LoadInput {
  files: string[];
  targets: string[];
  cwd: string;
  /** Interpolation env (Compose) and bake's env (HCL); never process.env implicitly. */
  env: Env;
  /** Environment for the bake --print child (undefined: inherit). */
  childEnv: Env | undefined;
  dockerPath: string;
  builder?: string;
  run: ProcessRunner;
}

export interface LoadedProject {
  project: BakeProject;
  /** Absolute file paths, as bake gets them. */
  files: string[];
  /** Directory bake runs in: the first file's, so relative contexts and .env resolve as Compose does. */
  projectDir: string;
}

export async function findProjectFiles(files: string[], cwd: string): Promise<string[]> {
  if (files.length > 0) {
    const resolved = files.map((f) => path.resolve(cwd, f));
    const missing: ConfigIssue[] = [];
    for (const [i, f] of resolved.entries())
      if (!(await isFile(f)))
        missing.push({
          path: `files.${i}`,
          message: `${files[i]} does not exist`,
          hint: 'pass -f with an existing compose.yaml or docker-bake.hcl',
        });
    if (missing.length > 0) throw new ConfigError(missing);
    return resolved;
  }
  for (const name of DEFAULT_FILES) if (await isFile(path.join(cwd, name))) return [path.join(cwd, name)];
  throw new ConfigError([
    {
      path: 'files',
      message: `no ${DEFAULT_FILES.join(', ')} in ${cwd}`,
      hint: 'pass -f FILE, or run in the directory holding your compose.yaml',
    },
  ]);
}

export function isComposeFile(file: string): boolean {
  return /\.ya?ml$/i.test(file);
}

export async function loadBakeProject(input: LoadInput): Promise<LoadedProject> {
  const files = await findProjectFiles(input.files, input.cwd);
  const projectDir = path.dirname(files[0]!);
  let project: BakeProject;
  if (files.length === 1 && isComposeFile(files[0]!)) {
    const dotenv = parseDotEnv(await readFile(path.join(projectDir, '.env'), 'utf8').catch(() => ''));
    // Compose: the caller's environment wins over the project's .env.
    project = parseCompose({
      file: path.relative(input.cwd, files[0]!) || files[0]!,
      text: await readFile(files[0]!, 'utf8'),
      env: { ...dotenv, ...input.env },
    });
  } else {
    const args = [
      'buildx',
      'bake',
      ...(input.builder ? ['--builder', input.builder] : []),
      '--print',
      ...files.flatMap((f) => ['--file', f]),
      ...input.targets,
    ];
    const printed = await input
      .run(input.dockerPath, args, { cwd: projectDir, env: input.childEnv })
      .catch(unrunnableDockerIsBadInput(input.dockerPath));
    if (printed.exitCode !== 0) {
      throw new ConfigError([
        {
          path: files.map((f) => path.relative(input.cwd, f)).join(', '),
          message: `docker buildx bake --print failed: ${tailLines(printed.stderrTail, 3)}`,
          hint: 'fix the file (docker buildx bake --print shows the same error)',
        },
      ]);
    }
    project = parseBakePrint(printed.stdout, files.join(', '));
  }
  await checkServiceFiles(project.services, projectDir);
  return { project, files, projectDir };
}

/** Every local context is a directory and every Dockerfile exists; errors name the service. */
export async function checkServiceFiles(services: BakeService[], projectDir: string): Promise<void> {
  const issues: ConfigIssue[] = [];
  for (const s of services) {
    if (isRemoteContext(s.context)) continue;
    const context = path.resolve(projectDir, s.context);
    const info = await stat(context).catch(() => undefined);
    if (!info?.isDirectory()) {
      issues.push({
        path: `services.${s.name}.build.context`,
        message: `directory ${s.context} does not exist`,
        hint: "point context at the directory holding the service's sources",
      });
      continue;
    }
    if (s.dockerfile === undefined) continue;
    if (!(await isFile(path.resolve(context, s.dockerfile)))) {
      issues.push({
        path: `services.${s.name}.build.dockerfile`,
        message: `${path.join(s.context, s.dockerfile)} does not exist`,
        hint: 'set build.dockerfile (relative to the context), or add a Dockerfile to the context',
      });
    }
  }
  if (issues.length > 0) throw new ConfigError(issues);
}

/** The .env format Compose reads: KEY=VALUE lines, # comments, optional quotes and `export `. */
export function parseDotEnv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim().replace(/^export\s+/, '');
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    let value = line.slice(eq + 1).trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2) value = value.slice(1, -1);
    else value = value.replace(/\s+#.*$/, '');
    out[line.slice(0, eq).trim()] = value;
  }
  return out;
}

async function isFile(p: string): Promise<boolean> {
  return (await stat(p).catch(() => undefined))?.isFile() ?? false;
}
