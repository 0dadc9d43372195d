// The engine seam: every docker/CLI process the benchmark starts goes through run(), which times
// it; resetBuilder() makes the engine look like a new CI runner (no build cache, no images).
import { spawn } from 'node:child_process';

export interface RunResult {
  code: number;
  wallMs: number;
  output: string;
}

export function run(argv: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000); // the tail is enough to explain a failure
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, wallMs: performance.now() - started, output }));
  });
}

export async function mustRun(argv: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  const result = await run(argv, options);
  if (result.code !== 0) throw new Error(`${argv.join(' ')} exited ${result.code}:\n${result.output.slice(-3000)}`);
  return result;
}

/** Clears the builder's cache and every image, like a new CI runner. */
export async function resetBuilder(): Promise<void> {
  await mustRun(['docker', 'buildx', 'prune', '--all', '--force']);
  const ids = (await mustRun(['docker', 'image', 'ls', '--quiet'])).output.split('\n').filter(Boolean);
  if (ids.length > 0) await run(['docker', 'image', 'rm', '--force', ...new Set(ids)]);
  await mustRun(['docker', 'buildx', 'prune', '--all', '--force']);
}

export async function engineVersions(): Promise<{ docker: string; buildx: string }> {
  const docker = (await run(['docker', 'version', '--format', '{{.Server.Version}}'])).output.trim();
  const buildx = (await run(['docker', 'buildx', 'version'])).output.trim().split(' ')[1] ?? 'unknown';
  return { docker, buildx };
}
