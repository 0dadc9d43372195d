// The engine's GET /info, asked as soon as a command knows it will reach the engine: the request
// travels while the build's code loads and its inputs are checked (30-50 ms on a 2-core runner), not
// after them. The endpoint is a guess from the env and the --context flag; preflight takes the answer
// only for the very endpoint it resolved itself, and only once. Anything else asks the engine anew.
import { daemonInfo, type DaemonInfo, type DaemonInfoSource } from './daemon-info.js';
import { resolveEndpoint, type DockerEndpoint, type Env } from './endpoint.js';

export interface EarlyEngineInfo {
  /** A DaemonInfoSource that answers with the early request for its endpoint (once), else asks. */
  source: DaemonInfoSource;
  /** Aborts the early request when nobody took it (bad input ends a run before preflight). */
  dispose(): void;
}

/** Starts GET /info for the endpoint `env` and `context` name; undefined when that endpoint is bad input. */
export function askEngineEarly(
  env: Env,
  context: string | undefined,
  ask: DaemonInfoSource = daemonInfo
): EarlyEngineInfo | undefined {
  let endpoint: DockerEndpoint;
  try {
    endpoint = resolveEndpoint({ env, context });
  } catch {
    return undefined; // the run resolves it again and reports what is wrong
  }
  const cut = new AbortController();
  let early: Promise<DaemonInfo | undefined> | undefined = ask(endpoint, cut.signal);
  early.catch(() => undefined); // taken below, or dropped
  return {
    source: (asked, signal) => {
      const answer = early !== undefined && sameEndpoint(asked, endpoint) ? early : undefined;
      early = undefined;
      if (answer === undefined) return ask(asked, signal);
      // The caller's time limit still holds, and stops the early request too.
      signal.addEventListener('abort', () => cut.abort(signal.reason), { once: true });
      return untilAborted(answer, signal);
    },
    dispose: () => cut.abort(),
  };
}

/** Dialled alike: same address, TLS on or off with the same files and verification. */
export function sameEndpoint(a: DockerEndpoint, b: DockerEndpoint): boolean {
  return (
    a.host.trim() === b.host.trim() &&
    a.tls?.certDir === b.tls?.certDir &&
    a.tls?.verify === b.tls?.verify &&
    (a.tls === undefined) === (b.tls === undefined)
  );
}

function untilAborted<T>(answer: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    answer.then(resolve, reject);
  });
}
