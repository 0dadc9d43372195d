// Cache-key slugs, the way GitLab computes CI_COMMIT_REF_SLUG: lower case, every character
// outside [a-z0-9] replaced by "-", at most 63 characters, no leading or trailing "-".
// A result that would be empty (a ref made only of symbols) becomes "ref-<hash>", so every
// slug is a valid, non-empty image tag. Pure and idempotent.

const MAX_SLUG_LENGTH = 63;

export function slugify(ref: string): string {
  const slug = ref
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
  return slug.length > 0 ? slug : `ref-${fnv1a(ref)}`;
}

/** 32-bit FNV-1a as 8 hex digits: stable across runs and platforms. */
function fnv1a(input: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(input)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
