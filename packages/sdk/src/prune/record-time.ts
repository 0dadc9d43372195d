// When a build last wrote a cache, as its build record says (record/types.ts `createdAt`).

/** The record's createdAt, or undefined when the text is no record or has no valid time. */
export function recordTime(text: string): Date | undefined {
  try {
    const createdAt = (JSON.parse(text) as { createdAt?: unknown }).createdAt;
    const time = typeof createdAt === 'string' ? new Date(createdAt) : undefined;
    return time && !Number.isNaN(time.getTime()) ? time : undefined;
  } catch {
    return undefined;
  }
}
