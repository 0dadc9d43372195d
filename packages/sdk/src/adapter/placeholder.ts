// Values that are obviously not a credential: template leftovers, unresolved CI expressions and
// filler words. An adapter refuses them before a build, so a pipeline that forgot to reference its
// secret fails with the variable named instead of an S3 or registry 403 mid-build. Pure.

const FILLER_WORDS = new Set(
  ('null undefined none changeme change-me change_me placeholder todo tbd replace-me replace_me replaceme ' +
    'secret password dummy example your-access-key your-secret-key access-key secret-key access_key secret_key')
    .split(' '),
);

export function looksLikePlaceholder(value: string): boolean {
  const v = value.trim();
  if (v.length === 0) return true;
  if (/^<\+.*>$/.test(v) || /^<[^<>]*>$/.test(v)) return true; // <+secrets.getValue("x")> left unresolved, <KEY>
  if (/^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(v) || /^\{\{.*\}\}$/.test(v)) return true; // $VAR, ${VAR}, {{ var }}
  if (/^([x*.?-])\1*$/i.test(v)) return true; // xxxx, ****, ----
  return FILLER_WORDS.has(v.toLowerCase());
}
