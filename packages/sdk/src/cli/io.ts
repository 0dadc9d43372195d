// What the CLI gets from its process: passed in, so main() never reads globals and tests can capture output.
import type { Logger } from '../workspace/build-environment.js';

export interface CliIo {
  env: Record<string, string | undefined>;
  cwd: string;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

/** Build progress on stderr (none with --quiet); warnings always. */
export function cliLogger(io: CliIo, quiet: boolean): Logger {
  return {
    info: (line) => {
      if (!quiet) io.stderr.write(`${line}\n`);
    },
    warn: (line) => io.stderr.write(`warning: ${line}\n`),
  };
}
