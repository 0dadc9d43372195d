// One build of the example app through the SDK on the test engine, with its log captured, and
// the CLI run as a child process (for exit codes, stdout and stderr as users see them).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { cachedBuild, type BuildOptionsInput, type BuildResult } from '../../../src/index.js';
import { testEngine, type TestEngine } from '../../../../../test-support/engine.js';

/** examples/app's shape with fast steps (see fixtures/app/Dockerfile). */
export const APP = path.resolve(import.meta.dirname, '../fixtures/app');
export const CLI_BIN = path.resolve(import.meta.dirname, '../../../bin/layercache.js');

export interface LoggedBuild {
  result: BuildResult;
  log: string[];
}

let cached: TestEngine | undefined;
export function engine(): TestEngine {
  cached ??= testEngine();
  return cached;
}

/** cachedBuild of the example app (network none, the engine's base image), log captured. */
export async function buildApp(context: string, extra: BuildOptionsInput, env = engine().env): Promise<LoggedBuild> {
  const log: string[] = [];
  const result = await cachedBuild(
    { context, network: 'none', ...extra, buildArgs: { BASE_IMAGE: engine().baseImage, ...extra.buildArgs }, cache: { ...extra.cache } },
    { env, cwd: context, logger: { info: (l) => log.push(l), warn: (l) => log.push(`warning: ${l}`) } },
  );
  return { result, log };
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  pid?: number;
}

export function runCli(args: string[], cwd: string, env: Record<string, string | undefined> = engine().env): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI_BIN, ...args], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr, pid: child.pid }));
  });
}
