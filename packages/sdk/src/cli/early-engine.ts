// `layercache build` asks the engine's GET /info before it loads the build's code (engine/early-info.ts),
// unless it will not reach the engine at all (--dry-run, --help) or its argv is bad (the build command
// reports that). argv is read by the build's own parser; a config file's dockerContext is not known yet,
// and preflight then asks anew.
import type { EarlyEngineInfo } from '../engine/early-info.js';
import type { CliIo } from './io.js';

export async function askEngineForBuild(
  argv: string[],
  io: Pick<CliIo, 'env'>,
): Promise<EarlyEngineInfo | undefined> {
  const { parseBuildArgs } = await import('./build-args.js'); // the build command loads it anyway
  let command;
  try {
    command = parseBuildArgs(argv);
  } catch {
    return undefined;
  }
  if (command.dryRun || command.help) return undefined;
  const { askEngineEarly } = await import('../engine/early-info.js');
  return askEngineEarly(io.env, command.options.dockerContext);
}
