// Formats one --cache-from/--cache-to value. buildx reads these as a CSV record, so a field
// holding a comma or a quote is quoted the CSV way.

export type CacheAttrs = Record<string, string | boolean | undefined>;

export function cacheEntry(attrs: CacheAttrs): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => csvField(`${k}=${String(v)}`))
    .join(',');
}

function csvField(field: string): string {
  return /[",]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** Repository and tag a backend reads/writes: a ref with its own tag is used as is (pinned). */
export function refFor(ref: string, slug: string): string {
  const lastSlash = ref.lastIndexOf('/');
  const hasTag = ref.lastIndexOf(':') > lastSlash;
  return hasTag ? ref : `${ref}:${slug}`;
}

export function isPinned(ref: string): boolean {
  return ref.lastIndexOf(':') > ref.lastIndexOf('/');
}
