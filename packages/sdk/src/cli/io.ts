// What the CLI gets from its process: passed in, so main() never reads globals and tests can capture output.
export interface CliIo {
  env: Record<string, string | undefined>;
  cwd: string;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}
