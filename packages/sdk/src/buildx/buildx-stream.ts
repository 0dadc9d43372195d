// One buildx run (build or bake) with its --progress=rawjson stream turned into progress lines and
// per-step state; a bake hands a status transform that routes each vertex to its target.
import { progressLines } from '../report/human-progress.js';
import { JsonObjectSplitter } from '../report/json-stream.js';
import { ProgressTracker, type SolveStatus } from '../report/progress.js';
import type { ChildEnv, Logger } from '../workspace/build-environment.js';
import { CacheDeadline, type Overrun } from './cache-deadline.js';
import type { ProcessRunner } from '../exec/process.js';
import type { Redactor } from '../workspace/redact.js';

export interface BuildxAttempt {
  exitCode: number | null;
  /** The plain-text end of stderr (buildx's own error lines), redacted. */
  stderrTail: string;
  tracker: ProgressTracker;
  /**
   * The cache import or export that ran past cache.timeout: buildx was stopped there (an export
   * only after the image export finished). Its vertex carries the error that says so.
   */
  abandoned?: Overrun;
}

export interface BuildxRun {
  command: string;
  args: string[];
  cwd: string;
  env: ChildEnv;
  run: ProcessRunner;
  log: Logger;
  redact: Redactor;
  /** Applied to every status before it is tracked (bake: routes vertices to targets). */
  transformStatus?: (status: SolveStatus) => SolveStatus;
  /** cache.timeout in seconds (0: none): how long a cache import or export may run. */
  cacheTimeoutSeconds?: number;
  /** Aborting stops buildx (see runProcess). */
  signal?: AbortSignal;
}

/** How often a stalled run (no progress events at all) is checked against the cache deadline. */
const DEADLINE_CHECK_MS = 1000;

/** The cache deadline's signal and the caller's (an interrupted run), as one: either stops buildx. */
function combinedSignal(...signals: Array<AbortSignal | undefined>): AbortSignal | undefined {
  const present = signals.filter((s): s is AbortSignal => s !== undefined);
  if (present.length <= 1) return present[0];
  const either = new AbortController();
  for (const s of present) s.addEventListener('abort', () => either.abort(s.reason), { once: true });
  return either.signal;
}

export async function runBuildx(r: BuildxRun): Promise<BuildxAttempt> {
  r.log.info(`layercache: ${r.command} ${r.args.join(' ')}`);
  const tracker = new ProgressTracker();
  const splitter = new JsonObjectSplitter();
  const announced = new Set<string>();
  const transform = r.transformStatus ?? ((s: SolveStatus) => s);
  let plainText = '';
  const limitSeconds = r.cacheTimeoutSeconds ?? 0;
  const deadline = new CacheDeadline(limitSeconds * 1000);
  const stop = new AbortController();
  let abandoned: Overrun | undefined;
  const check = () => {
    if (abandoned) return;
    abandoned = deadline.overrun(tracker.vertices(), Date.now());
    if (!abandoned) return;
    abandoned.vertex.error = `did not finish within ${limitSeconds} s (cache.timeout); abandoned`;
    r.log.warn(`layercache: ${abandoned.vertex.name} did not finish within ${limitSeconds} s (cache.timeout); stopping it`);
    stop.abort();
  };
  const timer = limitSeconds > 0 ? setInterval(check, DEADLINE_CHECK_MS) : undefined;
  timer?.unref();
  const result = await r.run(r.command, r.args, {
    cwd: r.cwd,
    env: r.env,
    signal: combinedSignal(limitSeconds > 0 ? stop.signal : undefined, r.signal),
    onStderr: (chunk) => {
      const { objects, text } = splitter.push(chunk);
      plainText = (plainText + text).slice(-4096);
      for (const json of objects) {
        let status: SolveStatus;
        try {
          status = JSON.parse(json) as SolveStatus;
        } catch {
          continue;
        }
        const routed = transform(status);
        for (const line of progressLines(tracker, routed, announced)) r.log.info(line);
        if (limitSeconds > 0) deadline.observe((routed.vertexes ?? []).flatMap((v) => tracker.vertex(v.digest) ?? []), Date.now());
      }
      for (const line of text.split('\n')) if (line.trim() !== '') r.log.info(line);
    },
  }).catch((error: Error) => {
    // The process seam rejects once a signal stopped buildx. Stopped by the cache deadline, that is
    // the verdict above; stopped by an interrupt of the whole run (r.signal), it propagates.
    if (abandoned && !r.signal?.aborted) return { exitCode: null, stdout: '', stderrTail: '' };
    throw error;
  }).finally(() => clearInterval(timer));
  // Whatever buildx said on its way out (context canceled), the report names the deadline.
  if (abandoned) abandoned.vertex.error = `did not finish within ${limitSeconds} s (cache.timeout); abandoned`;
  return { exitCode: result.exitCode, stderrTail: r.redact(plainText || result.stderrTail), tracker, ...(abandoned ? { abandoned } : {}) };
}
