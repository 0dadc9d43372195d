// The CLI's one rule for a thrown error, shared by main() and the bake command: its message on
// stderr and its exit code (a LayercacheError's own; anything else is unexpected, exit 1).
import { LayercacheError } from '../errors.js';
import type { CliIo } from './io.js';

export function reportFailure(error: unknown, stderr: CliIo['stderr']): number {
  if (error instanceof LayercacheError) {
    stderr.write(`error: ${error.message}\n`);
    return error.exitCode;
  }
  stderr.write(`error: [layercache] unexpected failure: ${(error as Error).stack ?? String(error)}\n`);
  return 1;
}
