// `layercache doctor`: the same flags as build (they say which cache to check), plus --json.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { renderChecks } from '../../doctor/checks.js';
import { runDoctor } from '../../doctor/run.js';
import { parseOptions } from '../../options/parse.js';
import { mergeOptions, parseBuildArgs } from '../build-args.js';
import type { CliIo } from '../io.js';

export const DOCTOR_HELP = `Usage: layercache doctor [CONTEXT] [build flags] [--json]

Checks what a cached build needs, each item PASS, WARN or FAIL with a one-line fix:
the Docker daemon, buildx and BuildKit (versions and features), the builder driver and
containerd image store (which cache exporters work), the registry (reachable, credentials
accepted) and each cache ref (exists, or absent = a cold start), the local cache directory
(size, index.json readable), each branch's cache size (blobs shared between branches
counted once, shown as shared), and the CI platform and the keys it resolves to.
Takes the same flags as "layercache build" (--backend, --cache-ref, --cache-dir, --branch …).
Exit code: 1 if any item FAILs, 0 otherwise, 2 for bad input.
`;

export async function doctorCommand(argv: string[], io: CliIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(DOCTOR_HELP);
    return 0;
  }
  const command = parseBuildArgs(argv);
  const fromFile = command.configFile ? (JSON.parse(await readFile(path.resolve(io.cwd, command.configFile), 'utf8')) as Record<string, unknown>) : {};
  const options = parseOptions(mergeOptions(fromFile, command.options));
  const items = await runDoctor({ options, env: io.env, cwd: io.cwd });
  io.stdout.write(command.json ? `${JSON.stringify({ items }, null, 2)}\n` : `${renderChecks(items)}\n`);
  return items.some((i) => i.status === 'fail') ? 1 : 0;
}
