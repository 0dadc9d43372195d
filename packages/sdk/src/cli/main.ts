// CLI entry: dispatches the subcommand and maps errors to exit codes (0 ok, 1 failed, 2 bad input).
// bin/layercache.js hands over the process's env and streams; nothing below reads globals.
import { createRequire } from 'node:module';
import { runBakeCommand } from '../bake/index.js';
import { runLintCommand } from '../lint/command.js';
import { buildCommand } from './build-command.js';
import { doctorCommand } from './doctor-command.js';
import { reportFailure } from './failure.js';
import { MAIN_HELP } from './help.js';
import type { CliIo } from './io.js';

export type { CliIo } from './io.js';

export async function main(argv: string[], io: Partial<CliIo> & Pick<CliIo, 'env' | 'stdout' | 'stderr'>): Promise<number> {
  const full: CliIo = { cwd: io.cwd ?? process.cwd(), ...io };
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'build':
        return await buildCommand(rest, full);
      case 'bake':
        return await runBakeCommand(rest, full);
      case 'doctor':
        return await doctorCommand(rest, full);
      case 'lint':
        return await runLintCommand(rest, { cwd: full.cwd, stdout: full.stdout, stderr: full.stderr });
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        full.stdout.write(MAIN_HELP);
        return command === undefined ? 2 : 0;
      case '--version':
        full.stdout.write(`${createRequire(import.meta.url)('../../package.json').version}\n`);
        return 0;
      default:
        full.stderr.write(`error: unknown command "${command}"\n\n${MAIN_HELP}`);
        return 2;
    }
  } catch (error) {
    return reportFailure(error, full.stderr);
  }
}
