// Which registry tags belong to a branch's cache: `<slug>` (the cache, or the inline image),
// `<slug>.prev` (its previous generation), `<slug>.record`/`<slug>.prev.record` (build
// records) and `<slug>.mounts` (its cache mounts' archives, backends/registry/mount-store.ts).
// Slugs never contain ".", so a release tag like `1.4.0` is never taken for one.

export type CacheTagKind = 'cache' | 'prev' | 'record' | 'prev-record' | 'mounts';

const SUFFIX_KINDS: Record<string, CacheTagKind> = {
  '': 'cache',
  '.prev': 'prev',
  '.record': 'record',
  '.prev.record': 'prev-record',
  '.mounts': 'mounts',
};
/** What slugify() can produce: [a-z0-9-], at most 63, no leading or trailing "-". */
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export function parseCacheTag(tag: string): { slug: string; kind: CacheTagKind } | undefined {
  const dot = tag.indexOf('.');
  const slug = dot < 0 ? tag : tag.slice(0, dot);
  const kind = SUFFIX_KINDS[dot < 0 ? '' : tag.slice(dot)];
  return kind !== undefined && SLUG.test(slug) ? { slug, kind } : undefined;
}

/** Cache tags grouped by slug, in tag order; tags that are not cache tags are left out. */
export function groupCacheTags(tags: string[]): Map<string, Map<CacheTagKind, string>> {
  const groups = new Map<string, Map<CacheTagKind, string>>();
  for (const tag of tags) {
    const parsed = parseCacheTag(tag);
    if (!parsed) continue;
    const group = groups.get(parsed.slug) ?? new Map<CacheTagKind, string>();
    group.set(parsed.kind, tag);
    groups.set(parsed.slug, group);
  }
  return groups;
}
