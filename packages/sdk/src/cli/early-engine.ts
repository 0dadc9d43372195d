// `layercache build` asks the engine's GET /info before it loads the build's code (engine/early-info.ts),
// unless it will not reach the engine at all (--dry-run, --help). The --context flag is read from argv
// as parseArgs would; a config file's dockerContext is not known yet, and preflight then asks anew.
import type { EarlyEngineInfo } from '../engine/early-info.js';
import type { CliIo } from './io.js';

export async function askEngineForBuild(argv: string[], io: Pick<CliIo, 'env'>): Promise<EarlyEngineInfo | undefined> {
  const flags = argv.slice(0, argv.includes('--') ? argv.indexOf('--') : argv.length);
  if (flags.some((a) => a === '--dry-run' || a === '--help' || a === '-h')) return undefined;
  const { askEngineEarly } = await import('../engine/early-info.js');
  return askEngineEarly(io.env, contextFlag(flags));
}

/** The value of the last --context flag (`--context NAME` or `--context=NAME`), as parseArgs keeps it. */
export function contextFlag(flags: string[]): string | undefined {
  let context: string | undefined;
  flags.forEach((flag, i) => {
    if (flag === '--context') context = flags[i + 1];
    else if (flag.startsWith('--context=')) context = flag.slice('--context='.length);
  });
  return context;
}
