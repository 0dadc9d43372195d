// The one process seam: every child process the SDK starts goes through runProcess, with an
// argv array (never a shell string). Tests spy on it by passing their own ProcessRunner.
import { spawn } from 'node:child_process';

export interface ProcessOptions {
  cwd?: string;
  /** Full environment of the child. */
  env?: Record<string, string | undefined>;
  onStdout?: (chunk: string) => void;
  onStderr?: (chunk: string) => void;
  signal?: AbortSignal;
}

export interface ProcessResult {
  exitCode: number | null;
  stdout: string;
  /** Last lines of stderr, for error messages. */
  stderrTail: string;
}

export type ProcessRunner = (command: string, args: string[], options?: ProcessOptions) => Promise<ProcessResult>;

const TAIL_BYTES = 4096;
const STDOUT_LIMIT = 8 * 1024 * 1024;

export const runProcess: ProcessRunner = (command, args, options = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env as NodeJS.ProcessEnv | undefined,
      stdio: ['ignore', 'pipe', 'pipe'],
      signal: options.signal,
    });
    let stdout = '';
    let stderrTail = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (stdout.length < STDOUT_LIMIT) stdout += chunk;
      options.onStdout?.(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderrTail = (stderrTail + chunk).slice(-TAIL_BYTES);
      options.onStderr?.(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code, stdout, stderrTail }));
  });

/** Last `lines` non-empty lines of a text. */
export function tailLines(text: string, lines = 15): string {
  return text.split('\n').filter((l) => l.trim() !== '').slice(-lines).join('\n');
}
