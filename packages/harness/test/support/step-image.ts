// Runs the job image (image/Dockerfile, built by test-support/job-image.ts) as the Harness Plugin
// step: its default command is layercache-harness, so a plain `docker run` is the step.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildJobImage } from '../../../../test-support/job-image.js';

export const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The step image is the job image. */
export function buildStepImage(registry: string): Promise<string> {
  return buildJobImage(registry);
}

export interface StepRun {
  exitCode: number;
  log: string;
}

/** `docker run` of the step like a Harness Plugin step: settings as env, daemon socket, host network. */
export async function runStep(
  image: string,
  opts: { env: Record<string, string>; workspace: string; outputDir: string }
): Promise<StepRun> {
  const socket = (process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock').replace(/^unix:\/\//, '');
  const args = [
    'run',
    '--rm',
    '--network',
    'host',
    '-v',
    `${socket}:/var/run/docker.sock`,
    '-v',
    `${opts.workspace}:/harness`,
    '-v',
    `${opts.outputDir}:/harness-output`,
    '-w',
    '/harness',
  ];
  // `-e NAME` copies the value from this process's environment, so secrets stay out of argv here too.
  for (const k of Object.keys(opts.env)) args.push('-e', k);
  args.push(image);
  return new Promise((resolve, reject) => {
    const child = spawn('docker', args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code ?? -1, log }));
  });
}
