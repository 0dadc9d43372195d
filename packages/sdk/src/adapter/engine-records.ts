// What the engine's build cache held, from `docker buildx du --verbose`, read before and after a
// build: BuildKit records every layer it takes from an imported cache (or pulls) as a new record
// described "imported sha256:…", while a step it serves from its own records adds none. So the
// delta tells an engine that kept its cache from earlier jobs from one that imported it. A read
// that fails, or takes over a minute, gives no delta, never an error: the build is what counts.
import { runProcess, type ProcessRunner } from '../exec/process.js';
import type { Env } from './env-reader.js';

const READ_TIMEOUT_MS = 60_000;
const MAX_OUTPUT_CHARS = 64 * 1024 * 1024;

export interface CacheRecord {
  id: string;
  type: string;
  description: string;
}

/** Parses `docker buildx du --verbose`: blocks of "Key:\tvalue" lines separated by blank lines. */
export function parseDiskUsage(text: string): CacheRecord[] {
  const records: CacheRecord[] = [];
  let current: Partial<CacheRecord> | undefined;
  const flush = () => {
    if (current?.id) records.push({ id: current.id, type: current.type ?? '', description: current.description ?? '' });
    current = undefined;
  };
  for (const line of text.split('\n')) {
    const m = /^([A-Za-z ]+):\s*(.*)$/.exec(line.trimEnd());
    if (!m) {
      if (line.trim() === '') flush();
      continue;
    }
    const [, key, value] = m as unknown as [string, string, string];
    if (key === 'ID') {
      flush();
      current = { id: value.trim() };
    } else if (current && key === 'Type') current.type = value.trim();
    else if (current && key === 'Description') current.description = value.trim();
  }
  flush();
  return records;
}

export interface EngineDelta {
  /** Layer records (not build-context uploads) the engine held before the build. */
  layersBefore: number;
  /** Records described "imported sha256:…" that appeared during the build. */
  importedDuringBuild: number;
}

/** Compares the records before and after one build. */
export function engineDelta(before: CacheRecord[], after: CacheRecord[]): EngineDelta {
  const isLayer = (r: CacheRecord) => !r.type.startsWith('source.');
  const seen = new Set(before.map((r) => r.id));
  const imported = (r: CacheRecord) => isLayer(r) && !seen.has(r.id) && r.description.startsWith('imported ');
  return { layersBefore: before.filter(isLayer).length, importedDuringBuild: after.filter(imported).length };
}

/** The engine's records, or undefined when `docker buildx du --verbose` fails or runs over its minute. */
export async function readEngineRecords(
  { env, cwd }: { env: Env; cwd: string },
  builder: string | undefined,
  run: ProcessRunner = runProcess,
): Promise<CacheRecord[] | undefined> {
  const args = ['buildx', 'du', '--verbose', ...(builder ? ['--builder', builder] : [])];
  // Read whole (the runner keeps only the first 8 MiB); an engine listed in more than 64 MiB gives no answer.
  let text = '';
  const onStdout = (chunk: string) => {
    if (text.length <= MAX_OUTPUT_CHARS) text += chunk;
  };
  try {
    const signal = AbortSignal.timeout(READ_TIMEOUT_MS);
    const { exitCode } = await run('docker', args, { env, cwd, onStdout, signal });
    return exitCode === 0 && text.length <= MAX_OUTPUT_CHARS ? parseDiskUsage(text) : undefined;
  } catch {
    return undefined;
  }
}

/** Runs `step` between two reads of the engine's records; no delta when either read failed. */
export async function withEngineDelta<T>(
  ctx: { env: Env; cwd: string },
  builder: string | undefined,
  step: () => Promise<T>,
  run: ProcessRunner = runProcess,
): Promise<{ result: T; delta: EngineDelta | undefined }> {
  const before = await readEngineRecords(ctx, builder, run);
  const result = await step();
  const after = await readEngineRecords(ctx, builder, run);
  return { result, delta: before && after ? engineDelta(before, after) : undefined };
}
