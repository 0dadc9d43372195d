// Name heuristics for build args: values that change every build (commit sha, date, build
// number, cache-bust counters) and values that are secrets. Names are split into segments on
// `_`, `-` and `.` so `GIT_SHA` matches but `NODE_SHA256` or `TIMEOUT` do not.

const VOLATILE_SEGMENTS = new Set([
  'sha', 'commit', 'revision', 'rev', 'date', 'timestamp', 'time', 'cachebust', 'bust', 'nonce', 'now',
]);
const COUNTER_OWNERS = new Set(['build', 'run', 'pipeline', 'job', 'workflow']);
const COUNTER_KINDS = new Set(['number', 'num', 'id', 'iid', 'attempt']);
const VCS = new Set(['vcs', 'git', 'source', 'scm']);

const SECRET_SEGMENTS = new Set([
  'password', 'passwd', 'pwd', 'token', 'secret', 'key', 'apikey', 'credential', 'credentials', 'privatekey',
]);
/** Public key material and references to where a secret lives are not secrets themselves. */
const NOT_SECRET_SEGMENTS = new Set(['public', 'pub', 'gpg', 'pgp', 'fingerprint', 'cache']);
const REFERENCE_SUFFIXES = new Set(['id', 'file', 'path', 'name', 'url']);

function segments(name: string): string[] {
  return name.toLowerCase().split(/[_.-]+/).filter(Boolean);
}

/** True for names whose value is expected to differ on every build, e.g. `GIT_SHA`, `BUILD_NUMBER`, `CACHEBUST`. */
export function isVolatileName(name: string): boolean {
  const parts = segments(name);
  return parts.some(
    (part, i) =>
      VOLATILE_SEGMENTS.has(part) ||
      (COUNTER_OWNERS.has(part) && COUNTER_KINDS.has(parts[i + 1] ?? '')) ||
      (VCS.has(part) && parts[i + 1] === 'ref'),
  );
}

/** True for names that look like they carry a secret, e.g. `NPM_TOKEN`, `DB_PASSWORD`, `AWS_SECRET_ACCESS_KEY`. */
export function isSecretName(name: string): boolean {
  const parts = segments(name);
  if (parts.some((p) => NOT_SECRET_SEGMENTS.has(p))) return false;
  if (REFERENCE_SUFFIXES.has(parts[parts.length - 1] ?? '')) return false;
  return parts.some((p) => SECRET_SEGMENTS.has(p));
}
