// One buildx run (build or bake) with its --progress=rawjson stream turned into progress lines and
// per-step state; a bake hands a status transform that routes each vertex to its target.
import { progressLines } from '../report/human-progress.js';
import { JsonObjectSplitter } from '../report/json-stream.js';
import { ProgressTracker, type SolveStatus } from '../report/progress.js';
import type { ChildEnv, Logger } from './build-environment.js';
import type { ProcessRunner } from './process.js';
import type { Redactor } from './redact.js';

export interface BuildxAttempt {
  exitCode: number | null;
  /** The plain-text end of stderr (buildx's own error lines), redacted. */
  stderrTail: string;
  tracker: ProgressTracker;
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
  /** Aborting stops buildx (see runProcess). */
  signal?: AbortSignal;
}

export async function runBuildx(r: BuildxRun): Promise<BuildxAttempt> {
  r.log.info(`layercache: ${r.command} ${r.args.join(' ')}`);
  const tracker = new ProgressTracker();
  const splitter = new JsonObjectSplitter();
  const announced = new Set<string>();
  const transform = r.transformStatus ?? ((s: SolveStatus) => s);
  let plainText = '';
  const result = await r.run(r.command, r.args, {
    cwd: r.cwd,
    env: r.env,
    ...(r.signal ? { signal: r.signal } : {}),
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
        for (const line of progressLines(tracker, transform(status), announced)) r.log.info(line);
      }
      for (const line of text.split('\n')) if (line.trim() !== '') r.log.info(line);
    },
  });
  return { exitCode: result.exitCode, stderrTail: r.redact(plainText || result.stderrTail), tracker };
}
