// CLI entry: dispatches the subcommand and maps errors to exit codes (0 ok, 1 failed, 2 bad input).
// bin/layercache.js hands over the process's env and streams; nothing below reads globals.
import { createRequire } from 'node:module';
import { askEngineForBuild } from './early-engine.js';
import { reportFailure } from './failure.js';
import { MAIN_HELP } from './help.js';
import type { CliIo } from './io.js';

export type { CliIo } from './io.js';
export { handleInterrupts } from '../workspace/interrupt.js';

export async function main(argv: string[], io: Partial<CliIo> & Pick<CliIo, 'env' | 'stdout' | 'stderr'>): Promise<number> {
  const full: CliIo = { cwd: io.cwd ?? process.cwd(), ...io };
  const [command, ...rest] = argv;
  try {
    // Each command is loaded only when run: a `build --dry-run` should not pay for the lint,
    // compose and doctor code (start-up time is part of every CI step).
    switch (command) {
      case 'build': {
        const early = await askEngineForBuild(rest, full); // travels while the build's code loads
        try {
          return await (await import('./commands/build.js')).buildCommand(rest, full, { daemonInfo: early?.source });
        } finally {
          early?.dispose();
        }
      }
      case 'bake':
        return await (await import('./commands/bake.js')).runBakeCommand(rest, full);
      case 'doctor':
        return await (await import('./commands/doctor.js')).doctorCommand(rest, full);
      case 'prune':
        return await (await import('./commands/prune.js')).pruneCommand(rest, full);
      case 'lint':
        return await (await import('./commands/lint.js')).runLintCommand(rest, { cwd: full.cwd, stdout: full.stdout, stderr: full.stderr });
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
