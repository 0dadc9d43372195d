// What the engine's build cache held, from `docker buildx du --verbose`. Read before and after a
// build, it tells whether layers were imported during the build: BuildKit records every layer it
// takes from an imported cache (or pulls) as a new record described "imported sha256:…", while a
// step it serves from its own records adds none. Pure parser; main.ts runs the command.

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
  return {
    layersBefore: before.filter(isLayer).length,
    importedDuringBuild: after.filter((r) => !seen.has(r.id) && isLayer(r) && r.description.startsWith('imported ')).length,
  };
}
