// When a build last wrote a cache, as its build record says: the `org.opencontainers.image.created`
// annotation of the record's manifest (registry), or the record's createdAt (local files, and registry
// records written before the time moved out of the blob).

/** The record's createdAt, or undefined when the text is no record or has no valid time. */
export function recordTime(text: string): Date | undefined {
  try {
    return timeOf((JSON.parse(text) as { createdAt?: unknown }).createdAt);
  } catch {
    return undefined;
  }
}

/** An ISO time as a Date, or undefined when it is none. */
export function timeOf(value: unknown): Date | undefined {
  const time = typeof value === 'string' ? new Date(value) : undefined;
  return time && !Number.isNaN(time.getTime()) ? time : undefined;
}
