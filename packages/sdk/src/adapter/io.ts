// What an adapter's entry point is handed: the job's environment, its directory and two streams.
// Nothing reads globals, so tests pass their own; the bin passes process.env and the real streams.
import type { Logger } from '../build.js';
import type { Env } from './env-reader.js';

export interface Writer {
  write(chunk: string): unknown;
}

export interface AdapterIo {
  env: Env;
  cwd: string;
  stdout: Writer;
  stderr: Writer;
}

/** The SDK's logger plus what an adapter prints: errors that end the job, and the summary for people. */
export interface AdapterLog extends Logger {
  error(line: string): void;
  summary(text: string): void;
  /** A platform's log section starts (GitLab's collapsible sections); optional. */
  section?(name: 'setup' | 'build' | 'bake' | 'report'): void;
  /** Closes whatever section is open, at the end of the run. */
  close?(): void;
}

/** The usual split: progress, warnings and errors on stderr, the summary on stdout. */
export function streamLog(io: Pick<AdapterIo, 'stdout' | 'stderr'>): AdapterLog {
  return {
    info: (line) => io.stderr.write(`${line}\n`),
    warn: (line) => io.stderr.write(`warning: ${line}\n`),
    error: (line) => io.stderr.write(`error: ${line}\n`),
    summary: (text) => io.stdout.write(`${text}\n`),
  };
}
