// A registry that answers 401 or 403 for the cache ref: say which permission is missing on which
// ref, instead of BuildKit's raw "unexpected status from HEAD request to …/blobs/sha256:…".
// Pure; used by build-report for the import and export warnings.

export type Access = 'pull' | 'push';

const UNAUTHORIZED = /\b401\b|unauthori[sz]ed|authentication required|no basic auth credentials/i;
const FORBIDDEN = /\b403\b|forbidden|denied|insufficient[_ ]scope/i;

/** The HTTP status class of an access refusal in a BuildKit error, or undefined for other errors. */
export function deniedStatus(error: string): '401 Unauthorized' | '403 Forbidden' | undefined {
  if (UNAUTHORIZED.test(error)) return '401 Unauthorized';
  if (FORBIDDEN.test(error)) return '403 Forbidden';
  return undefined;
}

/** One sentence naming the ref, the missing permission and the fix; undefined when not a refusal. */
export function describeDenied(error: string, ref: string, access: Access): string | undefined {
  const status = deniedStatus(error);
  if (!status) return undefined;
  const verb = access === 'pull' ? 'pull (read)' : 'push (write)';
  return status === '401 Unauthorized'
    ? `the registry requires a login with ${verb} permission on ${ref} (${status}); fix: give registryAuth ` +
      `credentials for its registry that may ${access} this repository`
    : `the registry login lacks ${verb} permission on ${ref} (${status}); fix: grant it ${access} access to this ` +
      `repository, or use a cache ref it may ${access}`;
}
