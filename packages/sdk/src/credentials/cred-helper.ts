// The docker credential helper protocol's `get` (docker/docker-credential-helpers):
// `docker-credential-<name> get`, the server URL on stdin, `{"ServerURL","Username","Secret"}` on
// stdout; a non-zero exit (e.g. "credentials not found in native keychain") means none.
import type { ProcessRunner } from '../exec/process.js';
import type { RegistryCredentials } from '../registry/client.js';

/** Helper names docker accepts as a program suffix: no path separators, nothing a shell would read. */
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export interface HelperCall {
  run: ProcessRunner;
  env: Record<string, string | undefined> | undefined;
}

/** What helper `name` holds for `serverUrl`; undefined when it has nothing or cannot be run. Never throws. */
export async function helperGet(
  name: string,
  serverUrl: string,
  call: HelperCall
): Promise<RegistryCredentials | undefined> {
  if (!HELPER_NAME.test(name)) return undefined;
  const result = await call
    .run(`docker-credential-${name}`, ['get'], { env: call.env, input: serverUrl })
    .catch(() => undefined);
  if (!result || result.exitCode !== 0) return undefined;
  return parseHelperAnswer(result.stdout);
}

/** The helper's JSON answer; undefined unless it has a Username and a Secret. */
export function parseHelperAnswer(stdout: string): RegistryCredentials | undefined {
  try {
    const answer = JSON.parse(stdout) as { Username?: unknown; Secret?: unknown };
    if (typeof answer.Username === 'string' && typeof answer.Secret === 'string' && answer.Secret !== '')
      return { username: answer.Username, password: answer.Secret };
  } catch {
    // not JSON: treated as no credentials (the text is never repeated: it may hold a secret)
  }
  return undefined;
}
