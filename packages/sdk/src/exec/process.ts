// The one process seam: every child process the SDK starts goes through runProcess, with an
// argv array (never a shell string). Tests spy on it by passing their own ProcessRunner.
import { spawn } from 'node:child_process';
import { directBuildx } from '../engine/buildx-plugin.js';
import { InterruptedError } from '../errors.js';

export interface ProcessOptions {
  cwd?: string;
  /** Full environment of the child. */
  env?: Record<string, string | undefined>;
  /** Written to the child's stdin, which is then closed (credential helpers read their request there). */
  input?: string;
  onStdout?: (chunk: string) => void;
  onStderr?: (chunk: string) => void;
  /** Aborting stops the child (SIGTERM, then SIGKILL after KILL_AFTER_MS) and rejects with InterruptedError once it is gone. */
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
/** How long a stopped child may take to exit on SIGTERM (buildx cancels its build) before SIGKILL. */
export const KILL_AFTER_MS = 5_000;

export const runProcess: ProcessRunner = (command, args, options = {}) =>
  new Promise((resolve, reject) => {
    const { signal } = options;
    if (signal?.aborted) return reject(interrupted(signal));
    // `docker buildx …` runs the plugin binary directly (engine/buildx-plugin.ts): same argv, less start-up.
    const direct = options.env ? directBuildx(command, args, options.env) : undefined;
    const child = spawn(direct?.command ?? command, direct?.args ?? args, {
      cwd: options.cwd,
      env: (direct?.env ?? options.env) as NodeJS.ProcessEnv | undefined,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    if (options.input !== undefined) {
      child.stdin?.on('error', () => undefined); // a child that exits without reading: its exit code tells
      child.stdin?.end(options.input);
    }
    let stdout = '';
    let stderrTail = '';
    let killTimer: NodeJS.Timeout | undefined;
    // Wait for the child to be gone before rejecting: the caller cleans up right after.
    const stop = () => {
      child.kill('SIGTERM');
      killTimer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
    };
    signal?.addEventListener('abort', stop, { once: true });
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      if (stdout.length < STDOUT_LIMIT) stdout += chunk;
      options.onStdout?.(chunk);
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderrTail = (stderrTail + chunk).slice(-TAIL_BYTES);
      options.onStderr?.(chunk);
    });
    child.on('error', (error) => {
      signal?.removeEventListener('abort', stop);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(killTimer);
      signal?.removeEventListener('abort', stop);
      if (signal?.aborted) reject(interrupted(signal));
      else resolve({ exitCode: code, stdout, stderrTail });
    });
  });

function interrupted(signal: AbortSignal): InterruptedError {
  return signal.reason instanceof InterruptedError ? signal.reason : new InterruptedError('SIGTERM');
}

/** Last `lines` non-empty lines of a text. */
export function tailLines(text: string, lines = 15): string {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(-lines)
    .join('\n');
}
